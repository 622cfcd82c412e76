package org.guildhall.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Attribute;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class MarkdownTests {

	private final Markdown markdown = new Markdown();

	@Test
	void rendersWhatMembersWrite() {
		String html = this.markdown.html("""
				## What happened

				We **killed** one pod of `payments-api`:

				- latency stayed under 300 ms
				- [the runbook](https://runbooks.example.com/payments) worked

				| Probe | Result |
				|---|---|
				| p99 | 240 ms |
				""");

		assertThat(html).contains("<h2>What happened</h2>")
			.contains("<strong>killed</strong>")
			.contains("<code>payments-api</code>")
			.contains("<li>latency stayed under 300 ms</li>")
			.contains("<a href=\"https://runbooks.example.com/payments\" rel=\"nofollow noopener noreferrer\">")
			.contains("<td>240 ms</td>");
	}

	@ParameterizedTest
	@ValueSource(strings = { "<script>alert('x')</script>", "<img src=x onerror=alert('x')>",
			"[click](javascript:alert('x'))", "<a href=\"javascript:alert('x')\">click</a>",
			"<iframe src=\"https://evil.example\"></iframe>", "<svg onload=alert('x')>",
			"[x](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)", "![x](javascript:alert('x'))",
			"<div style=\"background:url(javascript:alert('x'))\">hi</div>", "<style>body{display:none}</style>",
			"<a href=\"https://ok.example\" onclick=\"alert('x')\">ok</a>", "<object data=\"evil.swf\"></object>" })
	void nothingAMemberWritesCanRun(String payload) {
		Document rendered = Jsoup.parseBodyFragment(this.markdown.html(payload));

		assertThat(rendered.select("script, img, iframe, svg, style, object, embed, form")).isEmpty();
		assertThat(rendered.body().getAllElements()).allSatisfy((element) -> {
			for (Attribute attribute : element.attributes()) {
				assertThat(attribute.getKey()).doesNotStartWith("on").isNotEqualTo("style");
				assertThat(attribute.getValue().toLowerCase().strip()).doesNotStartWith("javascript:")
					.doesNotStartWith("data:");
			}
		});
	}

	@Test
	void nothingIsRenderedForNothing() {
		assertThat(this.markdown.html(null)).isEmpty();
		assertThat(this.markdown.html("   ")).isEmpty();
	}

}
