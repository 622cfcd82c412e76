package org.guildhall.web;

import java.io.Serializable;

import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * A one-line message shown on the page a form redirects to, as a message code with its
 * arguments. It waits in the session between the two requests, so it is serializable (and
 * so must its arguments be).
 */
public record Flash(Kind kind, String code, Object... args) implements Serializable {

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

	/**
	 * Runs a one-click action (a button with no form to return to) and says how it went:
	 * the success message, or why a rule refused it.
	 */
	public static void attempt(RedirectAttributes redirect, String successCode, Runnable action) {
		try {
			action.run();
			success(redirect, successCode);
		}
		catch (RuleViolationException ex) {
			warning(redirect, ex.code());
		}
	}

}
