package org.porchlight.sandbox.internal.http;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The RETS sessions a sandbox has started, keyed by the RETS-Session-ID cookie value. A session ends
 * at Logout, when a filter expires it, or after it stays unused for the configured timeout.
 */
final class SessionRegistry {

	static final String COOKIE_NAME = "RETS-Session-ID";

	private final Map<String, Instant> lastUseById = new ConcurrentHashMap<>();

	private final SecureRandom random = new SecureRandom();

	private final Clock clock;

	private final Duration timeout;

	SessionRegistry(Clock clock, Duration timeout) {
		this.clock = clock;
		this.timeout = timeout;
	}

	/** Starts a session and returns its id. */
	String start() {
		byte[] bytes = new byte[16];
		this.random.nextBytes(bytes);
		String id = HexFormat.of().withUpperCase().formatHex(bytes);
		Instant now = this.clock.instant();
		this.lastUseById.put(id, now);
		this.lastUseById.entrySet().removeIf((entry) -> isExpired(entry.getValue(), now));
		return id;
	}

	/** Returns whether {@code id} names a live session, and marks it as used now. */
	boolean use(String id) {
		Instant now = this.clock.instant();
		Instant lastUse = this.lastUseById.get(id);
		if (lastUse == null) {
			return false;
		}
		if (isExpired(lastUse, now)) {
			this.lastUseById.remove(id);
			return false;
		}
		this.lastUseById.put(id, now);
		return true;
	}

	/** Ends a session; unknown ids are ignored. */
	void end(String id) {
		this.lastUseById.remove(id);
	}

	private boolean isExpired(Instant lastUse, Instant now) {
		return lastUse.plus(this.timeout).isBefore(now);
	}

}
