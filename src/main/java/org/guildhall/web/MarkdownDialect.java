package org.guildhall.web;

import java.util.Set;

import org.thymeleaf.context.ITemplateContext;
import org.thymeleaf.dialect.AbstractProcessorDialect;
import org.thymeleaf.engine.AttributeName;
import org.thymeleaf.model.IProcessableElementTag;
import org.thymeleaf.processor.IProcessor;
import org.thymeleaf.processor.element.AbstractAttributeTagProcessor;
import org.thymeleaf.processor.element.IElementTagStructureHandler;
import org.thymeleaf.standard.expression.IStandardExpression;
import org.thymeleaf.standard.expression.StandardExpressions;
import org.thymeleaf.templatemode.TemplateMode;

import org.springframework.stereotype.Component;

/**
 * {@code gh:markdown="${text}"} renders what a member wrote in Markdown as the element's
 * body, through {@link Markdown}'s sanitiser: templates never put a member's text out
 * unescaped by themselves.
 */
@Component
class MarkdownDialect extends AbstractProcessorDialect {

	private final Markdown markdown;

	MarkdownDialect(Markdown markdown) {
		super("Guildhall", "gh", 1000);
		this.markdown = markdown;
	}

	@Override
	public Set<IProcessor> getProcessors(String dialectPrefix) {
		return Set.of(new MarkdownProcessor(dialectPrefix, this.markdown));
	}

	private static final class MarkdownProcessor extends AbstractAttributeTagProcessor {

		private final Markdown markdown;

		MarkdownProcessor(String dialectPrefix, Markdown markdown) {
			super(TemplateMode.HTML, dialectPrefix, null, false, "markdown", true, 1000, true);
			this.markdown = markdown;
		}

		@Override
		protected void doProcess(ITemplateContext context, IProcessableElementTag tag, AttributeName attributeName,
				String attributeValue, IElementTagStructureHandler structureHandler) {
			IStandardExpression expression = StandardExpressions.getExpressionParser(context.getConfiguration())
				.parseExpression(context, attributeValue);
			Object text = expression.execute(context);
			structureHandler.setBody(this.markdown.html((text != null) ? text.toString() : null), false);
		}

	}

}
