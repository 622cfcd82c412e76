package org.guildhall.security;

import java.util.List;
import java.util.Map;

/**
 * Names a browser from its User-Agent header the way a person recognises it ("Firefox on
 * Windows"). Only the common families are told apart; anything else is "a browser".
 */
final class Browsers {

	/** Checked in order: Edge and Opera also say Chrome, Chrome also says Safari. */
	private static final List<Map.Entry<String, String>> BROWSERS = List.of(Map.entry("Edg/", "Edge"),
			Map.entry("OPR/", "Opera"), Map.entry("Firefox/", "Firefox"), Map.entry("Chrome/", "Chrome"),
			Map.entry("Chromium/", "Chromium"), Map.entry("Safari/", "Safari"));

	private static final List<Map.Entry<String, String>> SYSTEMS = List.of(Map.entry("iPhone", "iPhone"),
			Map.entry("iPad", "iPad"), Map.entry("Android", "Android"), Map.entry("Windows", "Windows"),
			Map.entry("Mac OS X", "macOS"), Map.entry("CrOS", "ChromeOS"), Map.entry("Linux", "Linux"));

	private Browsers() {
	}

	static String describe(String userAgent) {
		if (userAgent == null || userAgent.isBlank()) {
			return "An unknown browser";
		}
		String browser = first(BROWSERS, userAgent, "A browser");
		String system = first(SYSTEMS, userAgent, null);
		return (system != null) ? browser + " on " + system : browser;
	}

	private static String first(List<Map.Entry<String, String>> names, String userAgent, String otherwise) {
		return names.stream()
			.filter((name) -> userAgent.contains(name.getKey()))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(otherwise);
	}

}
