package org.guildhall.web;

import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.core.annotation.Order;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.http.HttpStatus;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * Turns the failures a user can cause into friendly pages. The pages never show exception
 * text: what went wrong is logged, what to do next is shown.
 */
@ControllerAdvice
@Order(0)
class ErrorPageAdvice {

	private static final Logger log = LoggerFactory.getLogger(ErrorPageAdvice.class);

	private static final List<String> NOT_WORTH_SHOWING = List.of("_csrf", "id", "version");

	/** One value the user typed in a form that could not be saved. */
	record SubmittedValue(String field, String value) {
	}

	@ExceptionHandler({ NotFoundException.class, NoResourceFoundException.class })
	@ResponseStatus(HttpStatus.NOT_FOUND)
	String notFound() {
		return "error/404";
	}

	/**
	 * A path such as /members/abc names nothing that can exist; a parameter that cannot
	 * be read (text with control characters) is a request Guildhall cannot take.
	 */
	@ExceptionHandler(MethodArgumentTypeMismatchException.class)
	String malformedArgument(MethodArgumentTypeMismatchException ex, HttpServletResponse response) {
		log.debug("Malformed value for {}", ex.getName());
		if (ex.getParameter().hasParameterAnnotation(PathVariable.class)) {
			response.setStatus(HttpStatus.NOT_FOUND.value());
			return "error/404";
		}
		response.setStatus(HttpStatus.BAD_REQUEST.value());
		return "error/400";
	}

	/**
	 * Someone else saved first. The page lists what this user typed so nothing is lost,
	 * and links back to the form, which then shows the current version.
	 */
	@ExceptionHandler(OptimisticLockingFailureException.class)
	@ResponseStatus(HttpStatus.CONFLICT)
	String staleEdit(HttpServletRequest request, Model model) {
		List<SubmittedValue> submitted = request.getParameterMap()
			.entrySet()
			.stream()
			.filter((entry) -> isWorthShowing(entry.getKey()))
			.map((entry) -> new SubmittedValue(humanize(entry.getKey()), String.join(", ", entry.getValue())))
			.filter((value) -> !value.value().isBlank())
			.toList();
		model.addAllAttributes(Map.of("submitted", submitted, "retryUrl", request.getRequestURI()));
		return "error/409";
	}

	private static boolean isWorthShowing(String parameter) {
		return !NOT_WORTH_SHOWING.contains(parameter) && !parameter.startsWith("_")
				&& !parameter.toLowerCase(Locale.ROOT).contains("password");
	}

	/** {@code businessUnit} reads as "Business unit". */
	static String humanize(String parameter) {
		String words = parameter.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT);
		return Character.toUpperCase(words.charAt(0)) + words.substring(1);
	}

}
