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

/**
 * Talks to a running Guildhall over HTTP like a browser without JavaScript: keeps
 * cookies, asks for HTML, does not follow redirects, and posts forms with the CSRF token
 * of the page that shows them.
 */
public final class FormClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final String base;

	private final HttpClient http = HttpClient.newBuilder()
		.cookieHandler(new CookieManager())
		.followRedirects(HttpClient.Redirect.NEVER)
		.build();

	public FormClient(int port) {
		this.base = "http://localhost:" + port;
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return this.http.send(
				HttpRequest.newBuilder(URI.create(this.base + path)).header("Accept", accept).GET().build(),
				HttpResponse.BodyHandlers.ofString());
	}

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
		return this.http.send(HttpRequest.newBuilder(URI.create(this.base + action))
			.header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofString());
	}

	public FormClient signIn(String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> response = submit("/login", "/login", Map.of("username", email, "password", password));
		if (response.headers().firstValue("Location").orElse("").contains("error")) {
			throw new IllegalStateException("Could not sign in as " + email);
		}
		return this;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
