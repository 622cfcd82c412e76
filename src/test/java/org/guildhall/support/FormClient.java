package org.guildhall.support;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Talks to a running Guildhall over HTTP like a browser without JavaScript: keeps
 * cookies, asks for HTML, does not follow redirects, and posts forms with the CSRF token
 * of the page that shows them. Cookies are kept by name whatever their attributes, as a
 * browser behind a TLS-terminating proxy would (so a {@code Secure} cookie is sent back
 * over plain HTTP in tests), and are shared by clients of other instances made with
 * {@link #at(int)}.
 */
public final class FormClient {

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\" value=\"([^\"]+)\"");

	private final int port;

	private final Map<String, String> cookies;

	private final Map<String, String> headers;

	private final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER).build();

	public FormClient(int port) {
		this(port, new ConcurrentHashMap<>(), Map.of());
	}

	private FormClient(int port, Map<String, String> cookies, Map<String, String> headers) {
		this.port = port;
		this.cookies = cookies;
		this.headers = headers;
	}

	/** A client of another instance on this port, with the same cookies. */
	public FormClient at(int port) {
		return new FormClient(port, this.cookies, this.headers);
	}

	/** The same client, sending this header with every request too. */
	public FormClient withHeader(String name, String value) {
		Map<String, String> more = new LinkedHashMap<>(this.headers);
		more.put(name, value);
		return new FormClient(this.port, this.cookies, more);
	}

	public HttpResponse<String> get(String path) throws IOException, InterruptedException {
		return get(path, "text/html");
	}

	public HttpResponse<String> get(String path, String accept) throws IOException, InterruptedException {
		return send(request(path).header("Accept", accept).GET());
	}

	public HttpResponse<String> submit(String formPage, String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		Map<String, String> withToken = new LinkedHashMap<>(fields);
		withToken.put("_csrf", csrfToken(formPage));
		return post(action, withToken);
	}

	/** The CSRF token of the form a page shows. */
	public String csrfToken(String formPage) throws IOException, InterruptedException {
		Matcher token = CSRF.matcher(get(formPage).body());
		if (!token.find()) {
			throw new IllegalStateException(formPage + " shows no form with a CSRF token");
		}
		return token.group(1);
	}

	/** Posts these fields as they are, with no CSRF token unless they carry one. */
	public HttpResponse<String> post(String action, Map<String, String> fields)
			throws IOException, InterruptedException {
		String body = fields.entrySet()
			.stream()
			.map((field) -> encode(field.getKey()) + "=" + encode(field.getValue()))
			.collect(Collectors.joining("&"));
		return send(request(action).header("Accept", "text/html")
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(body)));
	}

	public FormClient signIn(String email, String password) throws IOException, InterruptedException {
		HttpResponse<String> response = submit("/login", "/login", Map.of("username", email, "password", password));
		if (response.headers().firstValue("Location").orElse("").contains("/login?")) {
			throw new IllegalStateException("Could not sign in as " + email);
		}
		return this;
	}

	/** The value of a cookie this client holds, if any. */
	public String cookie(String name) {
		return this.cookies.get(name);
	}

	private HttpRequest.Builder request(String path) {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		this.headers.forEach(request::header);
		if (!this.cookies.isEmpty()) {
			request.header("Cookie",
					this.cookies.entrySet()
						.stream()
						.map((cookie) -> cookie.getKey() + "=" + cookie.getValue())
						.collect(Collectors.joining("; ")));
		}
		return request;
	}

	private HttpResponse<String> send(HttpRequest.Builder request) throws IOException, InterruptedException {
		HttpResponse<String> response = this.http.send(request.build(), HttpResponse.BodyHandlers.ofString());
		for (String setCookie : response.headers().allValues("Set-Cookie")) {
			String pair = setCookie.split(";", 2)[0];
			int equals = pair.indexOf('=');
			String name = pair.substring(0, equals).strip();
			String value = pair.substring(equals + 1).strip();
			if (value.isEmpty() || setCookie.toLowerCase(Locale.ROOT).contains("max-age=0")) {
				this.cookies.remove(name);
			}
			else {
				this.cookies.put(name, value);
			}
		}
		return response;
	}

	private static String encode(String value) {
		return URLEncoder.encode(value, StandardCharsets.UTF_8);
	}

}
