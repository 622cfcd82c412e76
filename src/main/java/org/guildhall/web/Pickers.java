package org.guildhall.web;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.stereotype.Component;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The type-ahead pickers of forms and filters, as {@code @pickers} in templates: what is
 * chosen, with its label, and what matches what was typed. With JavaScript the matches
 * come as the person types ({@link PickController}); without it, the picker's Find button
 * submits the form as a search step, which shows the form again with everything typed
 * kept and the matches listed. A page never lists every member, key result or backlog
 * item, however many there are.
 */
@Component("pickers")
public class Pickers {

	/** The most matches a picker shows. */
	public static final int MOST_MATCHES = 20;

	/** The button that asks for a search step, naming its picker. */
	static final String FIND = "find";

	/** The prefix of a picker's search box, before its field's name. */
	static final String SEARCH = "search:";

	private final Map<PickKind, PickSource> sources = new EnumMap<>(PickKind.class);

	Pickers(List<PickSource> sources) {
		sources.forEach((source) -> this.sources.put(source.kind(), source));
	}

	/**
	 * Whether this request is a picker's search step rather than a save. If so, the form
	 * is to be shown again: what was typed stays, and the errors a save would report are
	 * left out.
	 */
	public static boolean searchStep(Model model, String formName, Object form) {
		HttpServletRequest request = currentRequest();
		if (request == null || request.getParameter(FIND) == null) {
			return false;
		}
		model.addAttribute(BindingResult.MODEL_KEY_PREFIX + formName, new BeanPropertyBindingResult(form, formName));
		return true;
	}

	/**
	 * The chosen ones (an id, ids, or nothing), with their labels, in the order given.
	 */
	public List<Pick> chosen(String kind, Object ids) {
		Set<Long> wanted = ids(ids);
		if (wanted.isEmpty()) {
			return List.of();
		}
		Map<Long, Pick> found = source(kind).picksOf(wanted);
		return wanted.stream().filter(found::containsKey).map(found::get).toList();
	}

	/**
	 * The matches of a search step without JavaScript: what was typed in this picker's
	 * box when its Find button was pressed, the chosen ones left out.
	 */
	public List<Pick> matches(String kind, String field, Object chosen) {
		return searched(field) ? search(PickKind.valueOf(kind), typed(field), ids(chosen)) : List.of();
	}

	/** What was typed in this picker's search box, kept across the search step. */
	public String typed(String field) {
		HttpServletRequest request = currentRequest();
		return (request != null) ? QueryParameters.text(request.getParameter(SEARCH + field), 100) : null;
	}

	/** What a picker of this kind says in its empty search box. */
	public String prompt(String kind) {
		return PickKind.valueOf(kind).prompt();
	}

	/** How the URL of this kind's search names it. */
	public String slug(String kind) {
		return PickKind.valueOf(kind).slug();
	}

	public int mostMatches() {
		return MOST_MATCHES;
	}

	/** Whether this picker's Find button made the current request. */
	public boolean searched(String field) {
		HttpServletRequest request = currentRequest();
		return request != null && field.equals(request.getParameter(FIND));
	}

	List<Pick> search(PickKind kind, String typed, Set<Long> leaveOut) {
		if (typed == null) {
			return List.of();
		}
		return this.sources.get(kind)
			.search(typed, MOST_MATCHES + leaveOut.size())
			.stream()
			.filter((pick) -> !leaveOut.contains(pick.id()))
			.limit(MOST_MATCHES)
			.toList();
	}

	private PickSource source(String kind) {
		return this.sources.get(PickKind.valueOf(kind));
	}

	/**
	 * Ids as a form holds them: one, several, as numbers or text; anything else is none.
	 */
	static Set<Long> ids(Object value) {
		Set<Long> ids = new LinkedHashSet<>();
		Collection<?> values = (value instanceof Collection<?> many) ? many
				: (value instanceof Object[] array) ? List.of(array) : (value != null) ? List.of(value) : List.of();
		for (Object one : new ArrayList<>(values)) {
			Long id = (one instanceof Number number) ? Long.valueOf(number.longValue())
					: (one != null) ? QueryParameters.id(one.toString()) : null;
			if (id != null && id > 0) {
				ids.add(id);
			}
		}
		return ids;
	}

	private static HttpServletRequest currentRequest() {
		return (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes)
				? attributes.getRequest() : null;
	}

}
