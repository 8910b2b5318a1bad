package org.porchlight.sandbox.internal.http;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxFilter;
import org.porchlight.sandbox.SandboxRequest;
import org.porchlight.sandbox.internal.listing.ListingStore;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;
import org.porchlight.sandbox.internal.openhouse.OpenHouseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Routes each HTTP request to its RETS transaction. The configured filters run first. Then the
 * credentials are checked, and for every transaction but Login also the session cookie. Then the
 * transaction writes its reply. GET and POST are accepted for every transaction.
 */
public final class SandboxHttpHandler implements HttpHandler {

	private static final Logger logger = LoggerFactory.getLogger(SandboxHttpHandler.class);

	private final List<SandboxFilter> filters;

	private final Authenticator authenticator;

	private final SessionRegistry sessions;

	private final LoginTransaction login;

	private final MetadataTransaction metadata;

	private final SearchTransaction search;

	private final GetObjectTransaction getObject;

	private final LogoutTransaction logout;

	private final AtomicLong requestCount = new AtomicLong();

	/**
	 * Creates the handler.
	 * @param baseUrl the server's address as clients reach it, such as {@code http://127.0.0.1:6103}
	 */
	public SandboxHttpHandler(SandboxConfig config, MetadataCatalog catalog, ListingStore store,
			OpenHouseStore openHouses, String baseUrl) {
		this.filters = config.filters();
		this.authenticator = new Authenticator(config);
		this.sessions = new SessionRegistry(config.clock(), config.sessionTimeout());
		this.login = new LoginTransaction(config, catalog, this.sessions, baseUrl);
		this.metadata = new MetadataTransaction(catalog);
		this.search = new SearchTransaction(catalog, store, openHouses, config.maxRows(), config.clock());
		this.getObject = new GetObjectTransaction(catalog, store);
		this.logout = new LogoutTransaction(this.sessions);
	}

	@Override
	public void handle(HttpExchange exchange) throws IOException {
		long sequenceNumber = this.requestCount.incrementAndGet();
		ExchangeResponse response = new ExchangeResponse(exchange);
		try {
			route(exchange, response, sequenceNumber);
		}
		catch (IOException ex) {
			// Usually the client went away, or a filter cut the body on purpose.
			logger.warn("Request {} to {} failed: {}", sequenceNumber, exchange.getRequestURI().getPath(), ex.toString());
			failOrDrop(response, ex);
		}
		catch (RuntimeException ex) {
			logger.warn("Request {} to {} failed", sequenceNumber, exchange.getRequestURI().getPath(), ex);
			failOrDrop(response, new IOException(ex.getMessage(), ex));
		}
		finally {
			exchange.close();
		}
	}

	private void route(HttpExchange exchange, ExchangeResponse response, long sequenceNumber) throws IOException {
		RetsTransaction transaction = RetsTransaction.forPath(exchange.getRequestURI().getPath());
		String method = exchange.getRequestMethod();
		if (transaction == null) {
			response.sendError(404, "No RETS transaction at " + exchange.getRequestURI().getPath());
			return;
		}
		if (!method.equals("GET") && !method.equals("POST")) {
			response.headers().set("Allow", "GET, POST");
			response.sendError(405, "Method " + method + " is not allowed; use GET or POST");
			return;
		}
		Map<String, String> parameters = RequestParameters.read(exchange);
		ExchangeRequest request = new ExchangeRequest(transaction, exchange, parameters, sequenceNumber, this.sessions);
		logger.debug("Request {}: {} {} {}", sequenceNumber, method, transaction.capabilityName(), parameters);
		String target = exchange.getRequestURI().toString();
		chain(0, response, target).proceed(request, response);
	}

	// Before the status line is out, the client gets a 500. After it, the only honest signal is a closed
	// connection, and the JDK server closes it when the handler throws.
	private static void failOrDrop(ExchangeResponse response, IOException ex) throws IOException {
		if (!response.isCommitted()) {
			response.sendError(500, "The sandbox failed to process the request: " + ex.getMessage());
			return;
		}
		throw ex;
	}

	// The transaction always writes to the exchange's own response, whatever a filter passes on, so
	// that wrappers a filter added with wrapBody apply.
	private SandboxFilter.Chain chain(int index, ExchangeResponse exchangeResponse, String target) {
		if (index >= this.filters.size()) {
			return (request, response) -> dispatch(request, exchangeResponse, target);
		}
		return (request, response) -> this.filters.get(index)
			.filter(request, response, chain(index + 1, exchangeResponse, target));
	}

	private void dispatch(SandboxRequest request, ExchangeResponse response, String target) throws IOException {
		if (response.isCommitted()) {
			return;
		}
		Authenticator.Result result = this.authenticator.check(request.header("Authorization").orElse(null),
				request.method(), target);
		if (result != Authenticator.Result.AUTHENTICATED) {
			unauthorized(response, result == Authenticator.Result.STALE_NONCE,
					"Authentication failed: send valid credentials");
			return;
		}
		if (request.transaction() != RetsTransaction.LOGIN) {
			String sessionId = request.sessionId().orElse(null);
			if (sessionId == null || !this.sessions.use(sessionId)) {
				unauthorized(response, false, "RETS-Session-ID is missing or expired; log in again");
				return;
			}
		}
		switch (request.transaction()) {
			case LOGIN -> this.login.handle(request, response);
			case GET_METADATA -> this.metadata.handle(request, response);
			case SEARCH -> this.search.handle(request, response);
			case GET_OBJECT -> this.getObject.handle(request, response);
			case LOGOUT -> this.logout.handle(request, response);
		}
	}

	private void unauthorized(ExchangeResponse response, boolean stale, String text) throws IOException {
		for (String challenge : this.authenticator.challenges(stale)) {
			response.headers().add("WWW-Authenticate", challenge);
		}
		byte[] body = RetsReplies.reply(RetsReplies.MISCELLANEOUS_LOGIN_ERROR, text);
		response.send(401, RetsReplies.TEXT_XML, body, false);
	}

}
