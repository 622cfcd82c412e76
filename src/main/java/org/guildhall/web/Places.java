package org.guildhall.web;

import java.time.ZoneId;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.stereotype.Component;

/**
 * Countries (ISO 3166 codes) and time zones (IANA ids) that forms offer and templates
 * name, as {@code @places}.
 */
@Component("places")
public class Places {

	/** A choice in a select: the stored value and what people read. */
	public record Choice(String value, String label) {
	}

	private static final Set<String> COUNTRY_CODES = Set.of(Locale.getISOCountries());

	private static final List<Choice> COUNTRIES = COUNTRY_CODES.stream()
		.map((code) -> new Choice(code, countryLabel(code)))
		.sorted(Comparator.comparing(Choice::label))
		.toList();

	private static final Set<String> ZONE_IDS = ZoneId.getAvailableZoneIds()
		.stream()
		.filter((id) -> id.equals("UTC") || (id.contains("/") && !id.startsWith("Etc/") && !id.startsWith("SystemV/")))
		.collect(Collectors.toUnmodifiableSet());

	private static final List<Choice> TIME_ZONES = ZONE_IDS.stream()
		.sorted()
		.map((id) -> new Choice(id, id.replace('_', ' ')))
		.toList();

	public static boolean isCountry(String code) {
		return code != null && COUNTRY_CODES.contains(code);
	}

	public static boolean isTimeZone(String zoneId) {
		return zoneId != null && ZONE_IDS.contains(zoneId);
	}

	public List<Choice> countries() {
		return COUNTRIES;
	}

	public List<Choice> timeZones() {
		return TIME_ZONES;
	}

	public List<Choice> countriesAmong(List<String> codes) {
		return codes.stream()
			.filter(Places::isCountry)
			.map((code) -> new Choice(code, countryLabel(code)))
			.sorted(Comparator.comparing(Choice::label))
			.toList();
	}

	public String countryName(String code) {
		return isCountry(code) ? countryLabel(code) : "";
	}

	private static String countryLabel(String code) {
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(Locale.ENGLISH);
	}

}
