package org.guildhall.metrics;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.media.Content;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.security.SecurityRequirement;
import io.swagger.v3.oas.annotations.tags.Tag;
import jakarta.servlet.http.HttpServletRequest;
import org.guildhall.security.ApiClient;
import org.guildhall.web.ApiProblems;
import org.guildhall.web.ApiProblems.FieldProblem;
import org.guildhall.web.QueryParameters;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.security.core.annotation.AuthenticationPrincipal;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The API other systems use: push outcome measures, read the metrics. Tokens, scopes and
 * rate limits are checked before a request gets here (see the security module).
 */
@RestController
@RequestMapping(path = "/api/v1", produces = MediaType.APPLICATION_JSON_VALUE)
@Tag(name = "Guildhall metrics")
@SecurityRequirement(name = "token")
class MetricsApi {

	/** An outcome measure is a few hundred bytes; anything bigger is refused unread. */
	static final int MAX_BODY_BYTES = 16 * 1024;

	private static final long LONGEST_RANGE_DAYS = 3 * 366;

	private final OutcomeService outcomes;

	private final MetricsService metrics;

	private final ApiProblems problems;

	private final JsonMapper json;

	private final MessageSource messages;

	MetricsApi(OutcomeService outcomes, MetricsService metrics, ApiProblems problems, JsonMapper json,
			MessageSource messages) {
		this.outcomes = outcomes;
		this.metrics = metrics;
		this.problems = problems;
		this.json = json;
		this.messages = messages;
	}

	@Operation(summary = "Record an outcome measure", description = "Needs a token that may write outcome measures.",
			requestBody = @io.swagger.v3.oas.annotations.parameters.RequestBody(required = true,
					content = @Content(mediaType = MediaType.APPLICATION_JSON_VALUE,
							schema = @Schema(implementation = OutcomeRequest.class))))
	@ApiResponse(responseCode = "201", description = "Recorded")
	@ApiResponse(responseCode = "400", description = "The body is not JSON",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "401", description = "No token, or an unknown, expired or revoked one",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "403", description = "The token may not write outcome measures",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "413", description = "The body is over 16 KB",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "422", description = "A field is wrong; errors lists them",
			content = @Content(mediaType = "application/problem+json"))
	@ApiResponse(responseCode = "429", description = "Too many requests; Retry-After says when to try again",
			content = @Content(mediaType = "application/problem+json"))
	@PostMapping(path = "/outcomes", consumes = MediaType.APPLICATION_JSON_VALUE)
	ResponseEntity<?> recordOutcome(HttpServletRequest request, @AuthenticationPrincipal ApiClient client)
			throws IOException {
		byte[] body;
		try (InputStream in = request.getInputStream()) {
			body = in.readNBytes(MAX_BODY_BYTES + 1);
		}
		if (body.length > MAX_BODY_BYTES) {
			return this.problems.entity(HttpStatus.CONTENT_TOO_LARGE,
					"Send one outcome measure per request, in at most 16 KB.", List.of());
		}
		OutcomeRequest sent;
		try {
			sent = this.json.readValue(body, OutcomeRequest.class);
		}
		catch (JacksonException ex) {
			sent = null;
		}
		if (sent == null) {
			return this.problems.entity(HttpStatus.BAD_REQUEST,
					"The body must be a JSON object such as {\"measure\": \"AVAILABILITY\", \"businessUnit\": \"Payments\", "
							+ "\"periodStart\": \"2026-10-01\", \"periodEnd\": \"2026-10-31\", \"value\": 99.95}.",
					List.of());
		}
		Map<String, String> unreadable = new LinkedHashMap<>();
		OutcomeMeasure measure = measure(sent.measure(), unreadable);
		OutcomeRecord outcome = new OutcomeRecord(measure, sent.businessUnit(), sent.service(),
				date(sent.periodStart(), "periodStart", unreadable), date(sent.periodEnd(), "periodEnd", unreadable),
				sent.value());
		List<FieldProblem> errors = new ArrayList<>();
		unreadable.forEach((field, message) -> errors.add(new FieldProblem(field, message)));
		outcome.problems().forEach((field, code) -> {
			if (!unreadable.containsKey(field)) {
				errors.add(new FieldProblem(field, this.messages.getMessage(code, null, Locale.ENGLISH)));
			}
		});
		if (!errors.isEmpty()) {
			return this.problems.entity(HttpStatus.UNPROCESSABLE_CONTENT,
					"Some fields are wrong: nothing was recorded.", errors);
		}
		long id = this.outcomes.record(outcome, OutcomeOrigin.API, null, client.tokenId());
		Map<String, Object> recorded = new LinkedHashMap<>();
		recorded.put("id", id);
		recorded.put("measure", outcome.measure().name());
		recorded.put("businessUnit", outcome.businessUnit());
		recorded.put("service", outcome.service());
		recorded.put("periodStart", outcome.periodStart().toString());
		recorded.put("periodEnd", outcome.periodEnd().toString());
		recorded.put("value", outcome.value());
		return ResponseEntity.status(HttpStatus.CREATED).body(recorded);
	}

	@Operation(summary = "The metrics catalogue", description = "Needs a token that may read metrics.")
	@GetMapping("/metrics")
	List<Map<String, Object>> listMetrics() {
		return this.metrics.catalogue().stream().map(MetricsApi::describe).toList();
	}

	@Operation(summary = "One metric's daily values",
			description = "For the whole community, or one business unit; from and to default to the last 90 days.")
	@ApiResponse(responseCode = "404", description = "No metric has this key",
			content = @Content(mediaType = "application/problem+json"))
	@GetMapping("/metrics/{key}")
	ResponseEntity<?> showMetric(@PathVariable String key, @RequestParam(required = false) String businessUnit,
			@RequestParam(required = false) String from, @RequestParam(required = false) String to) {
		Optional<Metric> metric = this.metrics.find(key);
		if (metric.isEmpty()) {
			return this.problems.entity(HttpStatus.NOT_FOUND, "No metric has this key: GET /api/v1/metrics lists them.",
					List.of());
		}
		LocalDate last = Optional.ofNullable(QueryParameters.date(to))
			.orElseGet(() -> this.metrics.lastDayRolledUp().orElse(this.metrics.today()));
		LocalDate first = Optional.ofNullable(QueryParameters.date(from))
			.filter((day) -> !day.isAfter(last) && ChronoUnit.DAYS.between(day, last) < LONGEST_RANGE_DAYS)
			.orElse(last.minusDays(89));
		String unit = QueryParameters.text(businessUnit, 80);
		Series series = this.metrics.daily(List.of(metric.get()), unit, first, last).get(metric.get());
		Map<String, Object> body = describe(metric.get());
		body.put("businessUnit", unit);
		body.put("from", first.toString());
		body.put("to", last.toString());
		List<Map<String, Object>> days = new ArrayList<>();
		for (Series.Point point : series.days()) {
			Map<String, Object> day = new LinkedHashMap<>();
			day.put("day", point.day().toString());
			day.put("value", point.value());
			days.add(day);
		}
		body.put("days", days);
		return ResponseEntity.ok(body);
	}

	private static Map<String, Object> describe(Metric metric) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("key", metric.key());
		body.put("name", metric.name());
		body.put("family", metric.family().name());
		body.put("unit", metric.unit().name());
		body.put("kind", metric.kind().name());
		body.put("definition", metric.definition());
		return body;
	}

	private static OutcomeMeasure measure(String value, Map<String, String> unreadable) {
		if (value == null) {
			return null;
		}
		try {
			return OutcomeMeasure.valueOf(value.strip().toUpperCase(Locale.ROOT));
		}
		catch (IllegalArgumentException ex) {
			unreadable.put("measure",
					"Use one of AVAILABILITY, INCIDENTS, TIME_TO_RESTORE, TURNOVER, DEVEX_NPS, COST_SAVINGS.");
			return null;
		}
	}

	private static LocalDate date(String value, String field, Map<String, String> unreadable) {
		try {
			return (value != null) ? LocalDate.parse(value.strip()) : null;
		}
		catch (DateTimeParseException ex) {
			unreadable.put(field, "Use a date like 2026-10-31.");
			return null;
		}
	}

}
