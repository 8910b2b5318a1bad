package org.porchlight.rets.client.internal.transport;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;

import org.apache.hc.client5.http.utils.DateUtils;
import org.porchlight.rets.client.RetsClientConfig;

/**
 * Decides whether a failed attempt is sent again and how long to wait first: exponential backoff from the
 * configured base delay, or the server's {@code Retry-After} when that is longer, never more than the configured
 * maximum.
 * <p>
 * GetMetadata, Search and GetObject read data only, so repeating them is safe. Login is repeated as well, because an
 * attempt that failed with a 5xx status or before the response headers arrived left the client without a session.
 * The server may keep the abandoned session until it times out. Logout and other transactions are never repeated.
 */
final class RetryPolicy {

	private static final Set<String> REPEATABLE = Set.of("GetMetadata", "Search", "GetObject", "Login");

	private final int maxAttempts;

	private final Duration baseDelay;

	private final Duration maxDelay;

	RetryPolicy(RetsClientConfig config) {
		this.maxAttempts = config.maxAttempts();
		this.baseDelay = config.retryBaseDelay();
		this.maxDelay = config.maxRetryDelay();
	}

	int maxAttempts() {
		return this.maxAttempts;
	}

	/** Returns whether attempt number {@code attempt} (1-based) of {@code transaction} may be followed by another. */
	boolean mayRetry(String transaction, int attempt) {
		return attempt < this.maxAttempts && REPEATABLE.contains(transaction);
	}

	/** Returns whether a response with this HTTP status is worth another attempt. */
	static boolean isRetryableStatus(int status) {
		return status >= 500 || status == 429;
	}

	/**
	 * Returns the wait before the attempt after attempt number {@code attempt}.
	 * @param retryAfter the {@code Retry-After} header of the failed response, or {@code null}
	 */
	Duration delay(int attempt, String retryAfter, Instant now) {
		Duration backoff = this.baseDelay.multipliedBy(1L << Math.min(attempt - 1, 20));
		Duration requested = parseRetryAfter(retryAfter, now);
		Duration delay = (requested != null && requested.compareTo(backoff) > 0) ? requested : backoff;
		return (delay.compareTo(this.maxDelay) > 0) ? this.maxDelay : delay;
	}

	/** Parses {@code Retry-After} as seconds or as an HTTP date; returns {@code null} when it is absent or invalid. */
	static Duration parseRetryAfter(String value, Instant now) {
		if (value == null || value.isBlank()) {
			return null;
		}
		String trimmed = value.trim();
		try {
			long seconds = Long.parseLong(trimmed);
			return (seconds >= 0) ? Duration.ofSeconds(seconds) : null;
		}
		catch (NumberFormatException ex) {
			Instant date = DateUtils.parseStandardDate(trimmed);
			if (date == null) {
				return null;
			}
			Duration until = Duration.between(now, date);
			return until.isNegative() ? Duration.ZERO : until;
		}
	}

}
