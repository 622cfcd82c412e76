package org.guildhall.web;

import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletResponse;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Component;

/**
 * The API's error answers, as RFC 9457 problem details: a status, a title, a sentence
 * saying what to do, and for invalid input the fields at fault. Never an exception's
 * text.
 */
@Component
public class ApiProblems {

	public static final MediaType PROBLEM_JSON = MediaType.APPLICATION_PROBLEM_JSON;

	private final JsonMapper json;

	ApiProblems(JsonMapper json) {
		this.json = json;
	}

	public ResponseEntity<Map<String, Object>> entity(HttpStatus status, String detail, List<FieldProblem> errors) {
		return ResponseEntity.status(status).contentType(PROBLEM_JSON).body(body(status, detail, errors));
	}

	/** For filters, which answer before any controller runs. */
	public void write(HttpServletResponse response, HttpStatus status, String detail) throws IOException {
		response.setStatus(status.value());
		response.setContentType(PROBLEM_JSON.toString());
		response.setCharacterEncoding("UTF-8");
		this.json.writeValue(response.getOutputStream(), body(status, detail, List.of()));
	}

	private static Map<String, Object> body(HttpStatus status, String detail, List<FieldProblem> errors) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("type", "about:blank");
		body.put("title", status.getReasonPhrase());
		body.put("status", status.value());
		body.put("detail", detail);
		if (!errors.isEmpty()) {
			body.put("errors", errors);
		}
		return body;
	}

	/** One field of the request at fault and why. */
	public record FieldProblem(String field, String message) {
	}

}
