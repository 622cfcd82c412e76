package org.guildhall.web;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.data.domain.Page;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.UriUtils;

/**
 * Links for a page of results: previous, next, first, last and a small window around the
 * current page, so that a list of ten thousand rows renders a handful of links, not one
 * per page. Every link keeps the request's other query parameters (search, filters,
 * sort).
 */
public record PageLinks(long totalElements, int number, int totalPages, Link previous, Link next, List<Link> window,
		int countLimit) {

	/**
	 * Counting stops beyond this many rows (a count reads every row it counts): a list
	 * then says "more than" this and pages up to it.
	 */
	public static final int COUNT_LIMIT = 1_000;

	private static final int WINDOW = 2;

	public record Link(String label, String url, boolean current, boolean gap) {

		static Link ellipsis() {
			return new Link("…", null, false, true);
		}

	}

	/** Whether the count stopped early, so that the total is a lower bound. */
	public boolean countStopped() {
		return this.totalElements > this.countLimit;
	}

	public static PageLinks of(Page<?> page) {
		return of(page, COUNT_LIMIT);
	}

	/**
	 * Links for a page whose count stops beyond this many (its total is then one more
	 * than the limit).
	 */
	public static PageLinks of(Page<?> page, int countLimit) {
		var request = ((ServletRequestAttributes) RequestContextHolder.currentRequestAttributes()).getRequest();
		UriComponentsBuilder base = UriComponentsBuilder.fromPath(request.getRequestURI());
		request.getParameterMap()
			.forEach((name, values) -> base.queryParam(encoded(name),
					Arrays.stream(values).map(PageLinks::encoded).toArray()));
		int current = page.getNumber();
		int last = Math.max(page.getTotalPages() - 1, 0);
		List<Link> window = new ArrayList<>();
		if (page.getTotalPages() > 1) {
			int from = Math.max(0, current - WINDOW);
			int to = Math.min(last, current + WINDOW);
			if (from > 0) {
				window.add(link(base, 0, current));
				if (from > 1) {
					window.add(Link.ellipsis());
				}
			}
			for (int number = from; number <= to; number++) {
				window.add(link(base, number, current));
			}
			if (to < last) {
				if (to < last - 1 || page.getTotalElements() > countLimit) {
					window.add(Link.ellipsis());
				}
				if (page.getTotalElements() <= countLimit) {
					window.add(link(base, last, current));
				}
			}
		}
		Link previous = page.hasPrevious() ? link(base, current - 1, current) : null;
		Link next = page.hasNext() ? link(base, current + 1, current) : null;
		return new PageLinks(page.getTotalElements(), current, page.getTotalPages(), previous, next, window,
				countLimit);
	}

	private static String encoded(String text) {
		return UriUtils.encodeQueryParam(text, StandardCharsets.UTF_8);
	}

	private static Link link(UriComponentsBuilder base, int number, int current) {
		String url = base.cloneBuilder().replaceQueryParam("page", number + 1).build(true).toUriString();
		return new Link(String.valueOf(number + 1), url, number == current, false);
	}

}
