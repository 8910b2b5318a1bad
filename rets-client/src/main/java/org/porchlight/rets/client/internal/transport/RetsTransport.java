package org.porchlight.rets.client.internal.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.net.SocketTimeoutException;
import java.net.URI;
import java.net.URISyntaxException;
import java.time.Duration;
import java.time.Instant;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.apache.hc.client5.http.classic.methods.HttpGet;
import org.apache.hc.client5.http.classic.methods.HttpPost;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.cookie.Cookie;
import org.apache.hc.client5.http.entity.UrlEncodedFormEntity;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.client5.http.protocol.RedirectLocations;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.NameValuePair;
import org.apache.hc.core5.http.message.BasicNameValuePair;
import org.apache.hc.core5.net.URIBuilder;
import org.porchlight.rets.client.RequestMethod;
import org.porchlight.rets.client.RetsAuthenticationException;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.RetsHttpException;
import org.porchlight.rets.client.RetsVersion;
import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends RETS transactions over HTTP: adds the RETS headers, keeps the session cookies, and turns HTTP failures into
 * the client's exceptions. A returned {@link RetsResponse} is always a 2xx response.
 */
public final class RetsTransport implements Closeable {

	private static final Logger logger = LoggerFactory.getLogger(RetsTransport.class);

	private static final int EXCERPT_BYTES = 2048;

	private final RetsClientConfig config;

	private final CloseableHttpClient httpClient;

	private final BasicCookieStore cookieStore = new BasicCookieStore();

	private final HttpClientContext context;

	private final UserAgentAuthorization userAgentAuthorization;

	private final RetryPolicy retryPolicy;

	private final RequestThrottle throttle;

	private RetsVersion version;

	private SessionRenewal sessionRenewal;

	private volatile String announcedVersion;

	public RetsTransport(RetsClientConfig config) {
		this.config = config;
		this.version = config.retsVersion();
		this.retryPolicy = new RetryPolicy(config);
		this.throttle = new RequestThrottle(config);
		this.httpClient = HttpClientFactory.createClient(config, this.cookieStore);
		this.context = HttpClientFactory.createContext(config, this.cookieStore);
		this.userAgentAuthorization = (config.userAgentPassword() != null && !config.userAgentPassword().isEmpty())
				? new UserAgentAuthorization(config.userAgent(), config.userAgentPassword()) : null;
	}

	public RetsClientConfig config() {
		return this.config;
	}

	/** Returns the RETS version sent in the {@code RETS-Version} header. */
	public RetsVersion version() {
		return this.version;
	}

	/** Sets the RETS version sent from now on, such as the one the server announced at login. */
	public void version(RetsVersion version) {
		this.version = version;
	}

	/** Returns the value of the {@code RETS-Session-ID} cookie, or an empty string before login. */
	public String sessionId() {
		for (Cookie cookie : this.cookieStore.getCookies()) {
			if (cookie.getName().equalsIgnoreCase("RETS-Session-ID")) {
				return cookie.getValue();
			}
		}
		return "";
	}

	/** Forgets the session cookies and the authentication state, so that the next login starts a new session. */
	public void clearSession() {
		this.cookieStore.clear();
		// A request refused for an ended session leaves HttpClient's auth state at FAILURE, and in that state it
		// would not respond to the next login's challenge.
		this.context.getAuthExchanges().clear();
	}

	/** Sets how the session is renewed when the server ends it in the middle of work; {@code null} turns it off. */
	public void sessionRenewal(SessionRenewal sessionRenewal) {
		this.sessionRenewal = sessionRenewal;
	}

	/** Returns the RETS version the last response announced in its {@code RETS-Version} header, or {@code null}. */
	public String announcedVersion() {
		return this.announcedVersion;
	}

	/**
	 * Sends {@code request} and returns the response while its body is still arriving.
	 * <p>
	 * Attempts that fail with a 5xx or 429 status, or with a connection failure before the response headers
	 * arrived, are repeated as {@link RetryPolicy} allows. When a transaction other than Login finds the session
	 * ended (HTTP 401, HTTP 412, or reply 20037 in the first bytes of the body), the session is renewed once and
	 * the transaction sent again.
	 * @throws RetsAuthenticationException on HTTP 401
	 * @throws org.porchlight.rets.client.RetsReplyException when a non-2xx response carries a RETS reply
	 * @throws RetsHttpException on any other status that is not 2xx
	 * @throws RetsException when the request cannot be sent or the connection fails
	 */
	public RetsResponse execute(String transactionId, RetsRequest request) {
		RetsRequest current = request;
		boolean renewed = false;
		int attempt = 1;
		while (true) {
			try {
				RetsResponse response = executeOnce(transactionId, current);
				if (!renewed && mayRenew(current) && response.replyCodeAtStart() == ReplyCodes.SESSION_EXPIRED) {
					closeQuietly(response);
					throw new FailedAttempt(ReplyCodes.failure(current.transaction(), ReplyCodes.SESSION_EXPIRED,
							"reply in a successful response", null), 200, null, false);
				}
				return response;
			}
			catch (FailedAttempt failed) {
				if (!renewed && mayRenew(current) && failed.sessionEnded()) {
					renewed = true;
					logger.info("{} {} found the session ended ({}); logging in again and repeating it", transactionId,
							current.transaction(), failed.failure.getMessage());
					URI renewedUri = this.sessionRenewal.renew(transactionId, current.transaction());
					if (renewedUri != null) {
						current = current.withUri(renewedUri);
					}
					continue;
				}
				if (!failed.retryable || !this.retryPolicy.mayRetry(current.transaction(), attempt)) {
					throw failed.failure;
				}
				Duration delay = this.retryPolicy.delay(attempt, failed.retryAfter, Instant.now());
				attempt++;
				logger.warn("{} {} failed ({}); attempt {} of {} in {} ms", transactionId, current.transaction(),
						failed.failure.getMessage(), attempt, this.retryPolicy.maxAttempts(), delay.toMillis());
				RequestThrottle.sleep(current.transaction(), delay.toNanos());
			}
		}
	}

	/**
	 * Waits before attempt {@code attempt + 1} of a transaction whose response broke off after
	 * {@link #execute} returned, and returns whether that attempt may be made. The caller decides that repeating
	 * is safe, for example because nothing of the response was handed on yet.
	 */
	public boolean awaitRetry(String transactionId, String transaction, int attempt, RuntimeException failure) {
		if (!this.retryPolicy.mayRetry(transaction, attempt)) {
			return false;
		}
		Duration delay = this.retryPolicy.delay(attempt, null, Instant.now());
		logger.warn("{} {} failed ({}); attempt {} of {} in {} ms", transactionId, transaction, failure.getMessage(),
				attempt + 1, this.retryPolicy.maxAttempts(), delay.toMillis());
		RequestThrottle.sleep(transaction, delay.toNanos());
		return true;
	}

	private boolean mayRenew(RetsRequest request) {
		return this.sessionRenewal != null && !request.transaction().equals("Login")
				&& !request.transaction().equals("Logout");
	}

	private RetsResponse executeOnce(String transactionId, RetsRequest request) {
		ClassicHttpRequest httpRequest = buildRequest(request);
		Runnable release = this.throttle.acquire(request.transaction());
		this.throttle.pace(request.transaction());

		logger.debug("{} Sending {} {}", transactionId, httpRequest.getMethod(), request.describe());
		this.context.setAttribute(WireLog.TRANSACTION_ATTRIBUTE, transactionId);
		this.context.setRedirectLocations(new RedirectLocations());
		ClassicHttpResponse response;
		try {
			response = this.httpClient.execute(httpRequest, this.context);
		}
		catch (IOException ex) {
			release.run();
			RetsException failure = connectionFailure(request, ex);
			throw new FailedAttempt(failure, 0, null, !Thread.currentThread().isInterrupted());
		}

		try {
			int status = response.getCode();
			logger.debug("{} {} returned HTTP {} ({})", transactionId, request.transaction(), status,
					response.getFirstHeader("Content-Type") != null ? response.getFirstHeader("Content-Type").getValue()
							: "no content type");
			var announced = response.getFirstHeader("RETS-Version");
			if (announced != null) {
				this.announcedVersion = announced.getValue();
			}

			if (status == 401) {
				throw new FailedAttempt(authenticationFailure(request, response), status, null, false);
			}
			RetsResponse retsResponse = new RetsResponse(transactionId, response, finalUri(request.uri()), release);
			if (status < 200 || status >= 300) {
				RuntimeException failure = statusFailure(request, retsResponse);
				var retryAfter = response.getFirstHeader("Retry-After");
				throw new FailedAttempt(failure, status, (retryAfter != null) ? retryAfter.getValue() : null,
						RetryPolicy.isRetryableStatus(status));
			}
			return retsResponse;
		}
		catch (IOException ex) {
			closeQuietly(response);
			release.run();
			throw new FailedAttempt(connectionFailure(request, ex), 0, null, false);
		}
		catch (RuntimeException ex) {
			closeQuietly(response);
			release.run();
			throw ex;
		}
	}

	/** One failed attempt: the exception to throw when no further attempt is made, and what decides one. */
	private static final class FailedAttempt extends RuntimeException {

		private final RuntimeException failure;

		private final int status;

		private final String retryAfter;

		private final boolean retryable;

		FailedAttempt(RuntimeException failure, int status, String retryAfter, boolean retryable) {
			super(null, null, false, false);
			this.failure = failure;
			this.status = status;
			this.retryAfter = retryAfter;
			this.retryable = retryable;
		}

		boolean sessionEnded() {
			if (this.status == 401 || this.status == 412) {
				return true;
			}
			return this.failure instanceof org.porchlight.rets.client.RetsReplyException reply
					&& reply.replyCode() == ReplyCodes.SESSION_EXPIRED;
		}

	}

	private ClassicHttpRequest buildRequest(RetsRequest request) {
		List<NameValuePair> parameters = new ArrayList<>();
		for (Map.Entry<String, String> parameter : request.parameters().entrySet()) {
			parameters.add(new BasicNameValuePair(parameter.getKey(), parameter.getValue()));
		}
		ClassicHttpRequest httpRequest;
		if (this.config.requestMethod() == RequestMethod.POST) {
			HttpPost post = new HttpPost(request.uri());
			post.setEntity(new UrlEncodedFormEntity(parameters, StandardCharsets.UTF_8));
			httpRequest = post;
		}
		else {
			try {
				URI uri = parameters.isEmpty() ? request.uri()
						: new URIBuilder(request.uri(), StandardCharsets.UTF_8).addParameters(parameters).build();
				httpRequest = new HttpGet(uri);
			}
			catch (URISyntaxException ex) {
				throw new RetsException("Invalid " + request.transaction() + " URL " + request.uri(), ex);
			}
		}
		httpRequest.setHeader("User-Agent", this.config.userAgent());
		httpRequest.setHeader("RETS-Version", this.version.headerValue());
		httpRequest.setHeader("Accept", "*/*");
		if (this.userAgentAuthorization != null) {
			httpRequest.setHeader("RETS-UA-Authorization",
					this.userAgentAuthorization.header(sessionId(), this.version.headerValue()));
		}
		return httpRequest;
	}

	private URI finalUri(URI requested) {
		RedirectLocations redirects = this.context.getRedirectLocations();
		if (redirects != null && redirects.size() > 0) {
			return redirects.get(redirects.size() - 1);
		}
		return requested;
	}

	private RetsAuthenticationException authenticationFailure(RetsRequest request, ClassicHttpResponse response) {
		var challenge = response.getFirstHeader("WWW-Authenticate");
		String user = this.config.username();
		if (challenge == null) {
			return new RetsAuthenticationException(request.transaction() + " to " + request.uri()
					+ " was answered with HTTP 401 but no authentication challenge (no WWW-Authenticate header), "
					+ "so the client cannot answer it. Check that the login URL is right and that this server accepts "
					+ "user '" + user + "'; servers that expect Basic credentials without asking work with auth mode BASIC.");
		}
		String scheme = challenge.getValue().trim().split("\\s+", 2)[0];
		boolean offered = HttpClientFactory.preferredSchemes(this.config.authMode())
			.stream()
			.anyMatch(scheme::equalsIgnoreCase);
		if (!offered) {
			return new RetsAuthenticationException(request.transaction() + " to " + request.uri() + " requires "
					+ scheme + " authentication, but auth mode " + this.config.authMode() + " does not answer "
					+ scheme + " challenges. Use auth mode AUTO or " + scheme.toUpperCase(java.util.Locale.ROOT) + ".");
		}
		return new RetsAuthenticationException("The server rejected the credentials of user '" + user + "' for "
				+ request.transaction() + " at " + request.uri() + " (HTTP 401, " + scheme
				+ " challenge). Check the user name and password; some servers also require the registered "
				+ "User-Agent and user-agent password.");
	}

	private RuntimeException statusFailure(RetsRequest request, RetsResponse response) throws IOException {
		byte[] excerpt = response.readBody(EXCERPT_BYTES);
		RetsReply reply = RetsReply.looksLikeReply(excerpt, excerpt.length)
				? RetsReply.parse(excerpt, excerpt.length, response.textDecoder()) : null;
		if (reply != null && reply.code() != 0) {
			String detail = "HTTP status " + response.status()
					+ (reply.detail().isEmpty() ? "" : ", " + reply.detail());
			String announced = response.header("RETS-Version");
			if (announced != null) {
				detail += ", server announces " + announced;
			}
			return ReplyCodes.failure(request.transaction(), reply.code(), reply.text(), detail);
		}
		String text = new String(excerpt, response.textDecoder().charset()).strip();
		return new RetsHttpException(request.transaction(), response.status(),
				text.length() > 300 ? text.substring(0, 300) + "..." : text);
	}

	private RetsException connectionFailure(RetsRequest request, IOException ex) {
		if (ex instanceof InterruptedIOException && !(ex instanceof SocketTimeoutException)) {
			Thread.currentThread().interrupt();
			return new RetsException(request.transaction() + " to " + request.uri() + " was interrupted", ex);
		}
		if (ex instanceof SocketTimeoutException) {
			return new RetsException(request.transaction() + " to " + request.uri() + " timed out: " + ex.getMessage(),
					ex);
		}
		return new RetsException(request.transaction() + " to " + request.uri() + " failed: " + ex, ex);
	}

	private static void closeQuietly(Closeable response) {
		try {
			response.close();
		}
		catch (IOException ex) {
			logger.debug("{} Closing an HTTP response failed", TransactionScope.current(), ex);
		}
	}

	@Override
	public void close() throws IOException {
		this.httpClient.close();
	}

}
