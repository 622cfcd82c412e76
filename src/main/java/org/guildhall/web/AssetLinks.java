package org.guildhall.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpServletResponseWrapper;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.resource.ResourceUrlEncodingFilter;
import org.springframework.web.servlet.resource.ResourceUrlProvider;

/**
 * Rewrites links to static files and WebJars into their content-hashed URLs and leaves
 * every other link as it is. It takes the place of Spring's filter, which matches every
 * link of a page against the resource patterns: on a list page that cost more than its
 * rows.
 */
@Component
class AssetLinks extends ResourceUrlEncodingFilter {

	private final ObjectProvider<ResourceUrlProvider> resourceUrls;

	AssetLinks(ObjectProvider<ResourceUrlProvider> resourceUrls) {
		this.resourceUrls = resourceUrls;
	}

	@Override
	public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
			throws IOException, ServletException {
		if (request instanceof HttpServletRequest httpRequest && response instanceof HttpServletResponse httpResponse) {
			chain.doFilter(request, new AssetUrlResponse(httpRequest, httpResponse));
		}
		else {
			chain.doFilter(request, response);
		}
	}

	static boolean isAsset(String path) {
		return path.startsWith("/assets/") || path.startsWith("/webjars/");
	}

	private final class AssetUrlResponse extends HttpServletResponseWrapper {

		private final HttpServletRequest request;

		AssetUrlResponse(HttpServletRequest request, HttpServletResponse response) {
			super(response);
			this.request = request;
		}

		@Override
		public String encodeURL(String url) {
			String context = this.request.getContextPath();
			if (url.startsWith(context) && isAsset(url.substring(context.length()))) {
				ResourceUrlProvider provider = AssetLinks.this.resourceUrls.getIfAvailable();
				String hashed = (provider != null) ? provider.getForRequestUrl(this.request, url) : null;
				return super.encodeURL((hashed != null) ? hashed : url);
			}
			return super.encodeURL(url);
		}

	}

}
