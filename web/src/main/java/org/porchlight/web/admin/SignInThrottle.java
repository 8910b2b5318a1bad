package org.porchlight.web.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Counts failed sign-ins per user name and per client address, in memory, and locks a name or address after
 * {@code porchlight.admin.max-failed-sign-ins} failures until {@code sign-in-lock} has passed since the last one.
 * A successful sign-in clears the user name's count. The counts are per process and start empty after a restart.
 */
@Component
class SignInThrottle {

	/** Entries older than this many lock periods are dropped when the map grows. */
	private static final int MAX_ENTRIES = 10_000;

	private final int maxFailures;

	private final Duration lock;

	private final Clock clock;

	private final Map<String, Failures> failures = new ConcurrentHashMap<>();

	@Autowired
	SignInThrottle(AdminProperties properties) {
		this(properties.maxFailedSignIns(), properties.signInLock(), Clock.systemUTC());
	}

	SignInThrottle(int maxFailures, Duration lock, Clock clock) {
		this.maxFailures = maxFailures;
		this.lock = lock;
		this.clock = clock;
	}

	/** Returns whether sign-ins of this user name or from this address are locked now. */
	boolean isLocked(String username, String address) {
		return isLocked(userKey(username)) || isLocked(addressKey(address));
	}

	void failed(String username, String address) {
		Instant now = this.clock.instant();
		if (this.failures.size() > MAX_ENTRIES) {
			this.failures.values().removeIf((entry) -> entry.last.plus(this.lock).isBefore(now));
		}
		record(userKey(username), now);
		record(addressKey(address), now);
	}

	void succeeded(String username) {
		this.failures.remove(userKey(username));
	}

	/** Forgets every failure. */
	void clear() {
		this.failures.clear();
	}

	private void record(String key, Instant now) {
		this.failures.compute(key, (name, entry) -> {
			if (entry == null || entry.last.plus(this.lock).isBefore(now)) {
				return new Failures(1, now);
			}
			return new Failures(entry.count + 1, now);
		});
	}

	private boolean isLocked(String key) {
		Failures entry = this.failures.get(key);
		return entry != null && entry.count >= this.maxFailures
				&& !entry.last.plus(this.lock).isBefore(this.clock.instant());
	}

	private static String userKey(String username) {
		return "user:" + ((username != null) ? username.strip().toLowerCase(Locale.ROOT) : "");
	}

	private static String addressKey(String address) {
		return "address:" + ((address != null) ? address : "");
	}

	private record Failures(int count, Instant last) {
	}

}
