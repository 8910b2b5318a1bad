package org.porchlight.sandbox.internal.http;

import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxRequest;

/**
 * A {@link SandboxRequest} backed by the JDK server's exchange.
 */
final class ExchangeRequest implements SandboxRequest {

	private final RetsTransaction transaction;

	private final HttpExchange exchange;

	private final Map<String, String> parameters;

	private final long sequenceNumber;

	private final SessionRegistry sessions;

	ExchangeRequest(RetsTransaction transaction, HttpExchange exchange, Map<String, String> parameters,
			long sequenceNumber, SessionRegistry sessions) {
		this.transaction = transaction;
		this.exchange = exchange;
		Map<String, String> copy = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		copy.putAll(parameters);
		this.parameters = Collections.unmodifiableMap(copy);
		this.sequenceNumber = sequenceNumber;
		this.sessions = sessions;
	}

	@Override
	public RetsTransaction transaction() {
		return this.transaction;
	}

	@Override
	public String method() {
		return this.exchange.getRequestMethod();
	}

	@Override
	public Map<String, String> parameters() {
		return this.parameters;
	}

	@Override
	public SandboxRequest withParameter(String name, String value) {
		Map<String, String> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		changed.putAll(this.parameters);
		changed.put(name, value);
		return new ExchangeRequest(this.transaction, this.exchange, changed, this.sequenceNumber, this.sessions);
	}

	@Override
	public SandboxRequest withoutParameter(String name) {
		Map<String, String> changed = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		changed.putAll(this.parameters);
		changed.remove(name);
		return new ExchangeRequest(this.transaction, this.exchange, changed, this.sequenceNumber, this.sessions);
	}

	@Override
	public Optional<String> header(String name) {
		return Optional.ofNullable(this.exchange.getRequestHeaders().getFirst(name));
	}

	@Override
	public long sequenceNumber() {
		return this.sequenceNumber;
	}

	@Override
	public Optional<String> sessionId() {
		for (String header : this.exchange.getRequestHeaders().getOrDefault("Cookie", List.of())) {
			for (String cookie : header.split(";")) {
				int equals = cookie.indexOf('=');
				if (equals > 0 && cookie.substring(0, equals).trim().equals(SessionRegistry.COOKIE_NAME)) {
					return Optional.of(cookie.substring(equals + 1).trim());
				}
			}
		}
		return Optional.empty();
	}

	@Override
	public void expireSession() {
		sessionId().ifPresent(this.sessions::end);
	}

}
