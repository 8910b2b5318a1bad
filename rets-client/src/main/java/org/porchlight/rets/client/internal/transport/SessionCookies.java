package org.porchlight.rets.client.internal.transport;

import java.util.ArrayList;
import java.util.Date;
import java.util.List;

import org.apache.hc.client5.http.RouteInfo;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.cookie.CookieOrigin;
import org.apache.hc.client5.http.cookie.CookieSpec;
import org.apache.hc.client5.http.cookie.CookieStore;
import org.apache.hc.client5.http.cookie.MalformedCookieException;
import org.apache.hc.client5.http.impl.cookie.RFC6265CookieSpecFactory;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.EntityDetails;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpRequest;
import org.apache.hc.core5.http.HttpRequestInterceptor;
import org.apache.hc.core5.http.HttpResponse;
import org.apache.hc.core5.http.HttpResponseInterceptor;
import org.apache.hc.core5.http.protocol.HttpContext;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends and stores the session cookies (such as {@code RETS-Session-ID} and {@code JSESSIONID}) with HttpClient's
 * cookie store and its relaxed RFC 6265 cookie rules. It replaces HttpClient's own cookie interceptors, which log
 * every cookie value at DEBUG; this class logs cookie names only.
 */
final class SessionCookies implements HttpRequestInterceptor, HttpResponseInterceptor {

	private static final Logger logger = LoggerFactory.getLogger(SessionCookies.class);

	private static final String ORIGIN_ATTRIBUTE = "org.porchlight.rets.cookie-origin";

	private final CookieStore store;

	private final CookieSpec spec = new RFC6265CookieSpecFactory().create(null);

	SessionCookies(CookieStore store) {
		this.store = store;
	}

	@Override
	public void process(HttpRequest request, EntityDetails entity, HttpContext context) {
		CookieOrigin origin = origin(request, context);
		if (origin == null) {
			return;
		}
		context.setAttribute(ORIGIN_ATTRIBUTE, origin);
		Date now = new Date();
		List<Cookie> matching = new ArrayList<>();
		for (Cookie cookie : this.store.getCookies()) {
			if (!cookie.isExpired(now) && this.spec.match(cookie, origin)) {
				matching.add(cookie);
			}
		}
		if (!matching.isEmpty()) {
			for (Header header : this.spec.formatCookies(matching)) {
				request.addHeader(header);
			}
		}
	}

	@Override
	public void process(HttpResponse response, EntityDetails entity, HttpContext context) {
		CookieOrigin origin = (CookieOrigin) context.getAttribute(ORIGIN_ATTRIBUTE);
		if (origin == null) {
			return;
		}
		for (Header header : response.getHeaders("Set-Cookie")) {
			try {
				for (Cookie cookie : this.spec.parse(header, origin)) {
					this.spec.validate(cookie, origin);
					this.store.addCookie(cookie);
					logger.debug("{} Stored cookie {}", TransactionScope.current(), cookie.getName());
				}
			}
			catch (MalformedCookieException ex) {
				logger.debug("{} Ignored a malformed Set-Cookie header: {}", TransactionScope.current(),
						ex.getMessage());
			}
		}
	}

	private static CookieOrigin origin(HttpRequest request, HttpContext context) {
		RouteInfo route = HttpClientContext.castOrCreate(context).getHttpRoute();
		if (route == null) {
			return null;
		}
		String path = request.getPath();
		int query = (path != null) ? path.indexOf('?') : -1;
		if (query >= 0) {
			path = path.substring(0, query);
		}
		int port = route.getTargetHost().getPort();
		if (port < 0) {
			port = route.isSecure() ? 443 : 80;
		}
		return new CookieOrigin(route.getTargetHost().getHostName(), port,
				(path == null || path.isEmpty()) ? "/" : path, route.isSecure());
	}

}
