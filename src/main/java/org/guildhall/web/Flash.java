package org.guildhall.web;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line message shown on the page a form redirects to, as a message code with its
 * arguments.
 */
public record Flash(Kind kind, String code, Object... args) {

	/** Success is green, a refusal amber. */
	public enum Kind {

		SUCCESS, WARNING

	}

	public static void success(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(Kind.SUCCESS, code, args));
	}

	public static void warning(RedirectAttributes redirect, String code, Object... args) {
		redirect.addFlashAttribute("flash", new Flash(Kind.WARNING, code, args));
	}

}
