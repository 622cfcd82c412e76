package org.guildhall.web;

import java.beans.PropertyEditorSupport;

import org.springframework.web.bind.WebDataBinder;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.InitBinder;

/**
 * The one place where text from a request is refused when it holds control characters:
 * every form field, request parameter and path variable bound to a {@code String} goes
 * through it. In a form the field gets an error next to it and keeps what was typed; a
 * lone parameter is answered with a page that says why. Search boxes read their text
 * through {@link QueryParameters}, which drops such characters instead.
 */
@ControllerAdvice
class TextBindingAdvice {

	@InitBinder
	void refuseControlCharacters(WebDataBinder binder) {
		binder.registerCustomEditor(String.class, new PlainText());
	}

	/** Takes text as it is, unless it holds control characters. */
	static final class PlainText extends PropertyEditorSupport {

		@Override
		public void setAsText(String text) {
			if (Text.hasControlCharacters(text)) {
				throw new IllegalArgumentException("Text holds control characters");
			}
			setValue(text);
		}

		@Override
		public String getAsText() {
			Object value = getValue();
			return (value != null) ? value.toString() : "";
		}

	}

}
