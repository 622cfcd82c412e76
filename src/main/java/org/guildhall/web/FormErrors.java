package org.guildhall.web;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Component;
import org.springframework.validation.BindingResult;
import org.springframework.web.servlet.HandlerInterceptor;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Tells a page's forms whether anything they show failed validation, as
 * {@code formErrors}: each field then asks for its own errors only when some exist.
 * Asking builds a binding status per field, which was a quarter of a clean form's
 * rendering (a new objective has thirty fields).
 */
@Component
class FormErrors implements HandlerInterceptor, WebMvcConfigurer {

	static final String ATTRIBUTE = "formErrors";

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		registry.addInterceptor(this);
	}

	@Override
	public void postHandle(HttpServletRequest request, HttpServletResponse response, Object handler,
			ModelAndView page) {
		if (page != null && page.hasView() && !isRedirect(page) && !page.getModel().containsKey(ATTRIBUTE)) {
			page.addObject(ATTRIBUTE,
					page.getModel()
						.values()
						.stream()
						.anyMatch((value) -> value instanceof BindingResult result && result.hasErrors()));
		}
	}

	/** A redirect would carry the flag in its query string. */
	private static boolean isRedirect(ModelAndView page) {
		return (page.getViewName() != null) ? page.getViewName().startsWith("redirect:")
				: page.getView() instanceof RedirectView;
	}

}
