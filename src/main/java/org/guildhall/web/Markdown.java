package org.guildhall.web;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.safety.Safelist;

import org.springframework.stereotype.Component;

/**
 * Renders what members write in Markdown as safe HTML; templates use it through
 * {@code gh:markdown}. CommonMark escapes raw HTML and drops unsafe link targets; jsoup's
 * safelist then keeps only harmless elements and attributes, so nothing a member writes
 * can run in another member's browser.
 */
@Component
class Markdown {

	private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create());

	private final Parser parser = Parser.builder().extensions(EXTENSIONS).build();

	private final HtmlRenderer renderer = HtmlRenderer.builder()
		.extensions(EXTENSIONS)
		.escapeHtml(true)
		.sanitizeUrls(true)
		.build();

	private final Safelist safelist = Safelist.relaxed()
		.removeTags("img")
		.addEnforcedAttribute("a", "rel", "nofollow noopener noreferrer");

	public String html(String markdown) {
		if (markdown == null || markdown.isBlank()) {
			return "";
		}
		return Jsoup.clean(this.renderer.render(this.parser.parse(markdown)), this.safelist);
	}

}
