package org.guildhall.support;

import java.io.IOException;
import java.net.CookieManager;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.guildhall.GuildhallApplication;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * A separate Guildhall started the way an operator starts it, with its own settings, and
 * a client with a cookie jar that talks to it over HTTP like a browser without
 * JavaScript.
 */
public final class RunningGuildhall implements AutoCloseable {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final ConfigurableApplicationContext context;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	private RunningGuildhall(ConfigurableApplicationContext context) {
		this.context = context;
	}

	/** Starts Guildhall with these settings, on a free port; settings given here win. */
	public static RunningGuildhall start(String... settings) {
		String[] arguments = new String[settings.length + 2];
		arguments[0] = "--server.port=0";
		arguments[1] = "--spring.jmx.enabled=false";
		System.arraycopy(settings, 0, arguments, 2, settings.length);
		return new RunningGuildhall(new SpringApplicationBuilder(GuildhallApplication.class).run(arguments));
	}

	public <T> T bean(Class<T> type) {
		return this.context.getBean(type);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri(path)).GET().build(), HttpResponse.BodyHandlers.ofString());
	}

	/**
	 * Posts a form the way a browser does, with the CSRF token of the page that shows it.
	 */
	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException(formPage + " shows no form with a CSRF token");
		}
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", token.group(1));
		String body = withToken.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return this.http.send(HttpRequest.newBuilder(uri(action))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.context.getEnvironment().getProperty("local.server.port") + path);
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

	@Override
	public void close() {
		this.context.close();
	}

}
