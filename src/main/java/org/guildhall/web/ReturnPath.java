package org.guildhall.web;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.web.util.UriComponents;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * Where a one-click action returns to when the page that sent it says so: a path of this
 * site under an allowed prefix, parsed and rebuilt, so that a redirect never leaves
 * Guildhall nor climbs out of the part of it that the action belongs to.
 */
public final class ReturnPath {

	private static final Pattern SAFE_SEGMENT = Pattern.compile("[A-Za-z0-9_-]+");

	private static final Pattern SAFE_QUERY = Pattern.compile("[A-Za-z0-9=&%._+-]*");

	private ReturnPath() {
	}

	/**
	 * The candidate as a same-site path when it lies under the prefix (such as
	 * {@code /backlog}), else the fallback.
	 */
	public static String under(String prefix, String candidate, String fallback) {
		if (candidate == null || candidate.isBlank() || candidate.indexOf('\\') >= 0 || !candidate.startsWith("/")
				|| candidate.startsWith("//") || Text.hasControlCharacters(candidate)) {
			return fallback;
		}
		UriComponents parsed;
		try {
			parsed = UriComponentsBuilder.fromUriString(candidate).build();
		}
		catch (IllegalArgumentException ex) {
			return fallback;
		}
		String path = parsed.getPath();
		if (parsed.getScheme() != null || parsed.getHost() != null || parsed.getFragment() != null || path == null
				|| !(path.equals(prefix) || path.startsWith(prefix + "/"))) {
			return fallback;
		}
		List<String> segments = parsed.getPathSegments();
		if (!segments.stream().allMatch((segment) -> SAFE_SEGMENT.matcher(segment).matches())) {
			return fallback;
		}
		String query = parsed.getQuery();
		if (query != null && !SAFE_QUERY.matcher(query).matches()) {
			return fallback;
		}
		return "/" + String.join("/", segments) + ((query != null && !query.isEmpty()) ? "?" + query : "");
	}

}
