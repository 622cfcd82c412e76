package org.guildhall.web;

import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/**
 * The matches a picker shows as the person types: an htmx request from its search box,
 * answered with the list of at most {@value Pickers#MOST_MATCHES} matches to choose from.
 */
@Controller
class PickController {

	private final Pickers pickers;

	PickController(Pickers pickers) {
		this.pickers = pickers;
	}

	@GetMapping("/picks/{kind}")
	String showMatches(@PathVariable String kind, @RequestParam Map<String, String> parameters,
			HttpServletRequest request, Model model) {
		PickKind picks = PickKind.fromSlug(kind);
		String field = QueryParameters.text(parameters.get("field"), 100);
		if (picks == null || field == null) {
			throw new UnknownPickerException();
		}
		String typed = QueryParameters.text(parameters.get(Pickers.SEARCH + field), 100);
		model.addAttribute("picks", this.pickers.search(picks, typed, Pickers.ids(request.getParameterValues(field))));
		model.addAttribute("field", field);
		model.addAttribute("multiple", Boolean.parseBoolean(parameters.get("multiple")));
		model.addAttribute("typed", typed);
		model.addAttribute("searched", true);
		return "fragments/pickers :: matches";
	}

	/** The URL names no kind of picker, or no field. */
	static class UnknownPickerException extends NotFoundException {

		UnknownPickerException() {
			super("No picker of that kind");
		}

	}

}
