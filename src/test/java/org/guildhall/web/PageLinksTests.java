package org.guildhall.web;

import java.util.List;
import java.util.stream.IntStream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import static org.assertj.core.api.Assertions.assertThat;

class PageLinksTests {

	@AfterEach
	void clearRequest() {
		RequestContextHolder.resetRequestAttributes();
	}

	@Test
	void tenThousandRowsRenderAHandfulOfLinks() {
		request("/members", "q", "ana", "page", "250");

		PageLinks links = PageLinks.of(page(249, 10_000), 10_000);

		assertThat(links.totalPages()).isEqualTo(500);
		assertThat(links.window()).extracting(PageLinks.Link::label)
			.containsExactly("1", "…", "248", "249", "250", "251", "252", "…", "500");
		assertThat(links.window()).filteredOn(PageLinks.Link::current)
			.extracting(PageLinks.Link::label)
			.containsExactly("250");
		assertThat(links.previous().url()).isEqualTo("/members?q=ana&page=249");
		assertThat(links.next().url()).isEqualTo("/members?q=ana&page=251");
	}

	@Test
	void aCountThatStoppedPagesUpToItsLimitWithoutALastPage() {
		request("/backlog", "page", "3");

		PageLinks links = PageLinks.of(page(2, PageLinks.COUNT_LIMIT + 1));

		assertThat(links.countStopped()).isTrue();
		assertThat(links.window()).extracting(PageLinks.Link::label).containsExactly("1", "2", "3", "4", "5", "…");
		assertThat(links.next().url()).isEqualTo("/backlog?page=4");
	}

	@Test
	void keepsFiltersEncoded() {
		request("/members", "businessUnit", "Data & Analytics", "q", "José María");

		PageLinks links = PageLinks.of(page(0, 45));

		assertThat(links.next().url())
			.isEqualTo("/members?businessUnit=Data%20%26%20Analytics&q=Jos%C3%A9%20Mar%C3%ADa&page=2");
		assertThat(links.previous()).isNull();
	}

	@Test
	void onePageNeedsNoLinks() {
		request("/members");

		assertThat(PageLinks.of(page(0, 7)).window()).isEmpty();
	}

	private static PageImpl<Integer> page(int number, int total) {
		List<Integer> rows = IntStream.range(0, Math.min(20, total - number * 20)).boxed().toList();
		return new PageImpl<>(rows, PageRequest.of(number, 20), total);
	}

	private static void request(String path, String... parameters) {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", path);
		for (int i = 0; i < parameters.length; i += 2) {
			request.addParameter(parameters[i], parameters[i + 1]);
		}
		RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
	}

}
