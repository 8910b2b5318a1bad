package org.porchlight.sandbox.faults;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.InterruptedIOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.concurrent.atomic.AtomicLong;

import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxFilter;

/**
 * Factory of fault-injecting {@link SandboxFilter}s. Faults that hit "every nth" request count only the requests of
 * the transaction they name, so that the first n - 1 of them, and a retry after a hit, succeed.
 */
public final class Faults {

	private Faults() {
	}

	/** Returns a filter that passes every request on unchanged. */
	public static SandboxFilter none() {
		return (request, response, chain) -> chain.proceed(request, response);
	}

	/** Closes the connection without a response on every {@code n}th request of {@code transaction}. */
	public static SandboxFilter dropConnectionEvery(RetsTransaction transaction, int n) {
		AtomicLong count = new AtomicLong();
		return (request, response, chain) -> {
			if (request.transaction() == transaction && count.incrementAndGet() % n == 0) {
				response.abortConnection();
				return;
			}
			chain.proceed(request, response);
		};
	}

	/** Replies with HTTP {@code status}, such as 503, to every {@code n}th request of {@code transaction}. */
	public static SandboxFilter serverErrorEvery(RetsTransaction transaction, int n, int status) {
		AtomicLong count = new AtomicLong();
		return (request, response, chain) -> {
			if (request.transaction() == transaction && count.incrementAndGet() % n == 0) {
				response.sendError(status, "Injected server error");
				return;
			}
			chain.proceed(request, response);
		};
	}

	/** Delays every request of {@code transaction} by {@code delay} before the sandbox handles it. */
	public static SandboxFilter slowReplies(RetsTransaction transaction, Duration delay) {
		return (request, response, chain) -> {
			if (request.transaction() == transaction) {
				try {
					Thread.sleep(delay.toMillis());
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
					throw new InterruptedIOException("Interrupted while delaying the reply");
				}
			}
			chain.proceed(request, response);
		};
	}

	/**
	 * Cuts the body of every {@code n}th request of {@code transaction} after {@code bytes} bytes and then closes the
	 * connection, like a server or proxy that dies mid-reply.
	 */
	public static SandboxFilter truncateBodyEvery(RetsTransaction transaction, int n, int bytes) {
		AtomicLong count = new AtomicLong();
		return (request, response, chain) -> {
			if (request.transaction() == transaction && count.incrementAndGet() % n == 0) {
				response.wrapBody((body) -> new TruncatingOutputStream(body, bytes));
			}
			chain.proceed(request, response);
		};
	}

	/** Ends the session of every {@code n}th request other than Login, as a server with short sessions does. */
	public static SandboxFilter expireSessionEvery(int n) {
		AtomicLong count = new AtomicLong();
		return (request, response, chain) -> {
			if (request.transaction() != RetsTransaction.LOGIN && count.incrementAndGet() % n == 0) {
				request.expireSession();
			}
			chain.proceed(request, response);
		};
	}

	/** Drops the Offset argument of every Search, so that every page starts at the first record. */
	public static SandboxFilter ignoreOffset() {
		return (request, response, chain) -> chain.proceed(
				(request.transaction() == RetsTransaction.SEARCH) ? request.withoutParameter("Offset") : request,
				response);
	}

	/**
	 * Lowers the Limit of every Search to at most {@code maxRows}, so that pages hold fewer rows than the client
	 * requested.
	 */
	public static SandboxFilter capRows(int maxRows) {
		return (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH) {
				int limit = request.parameter("Limit")
					.filter((value) -> value.matches("\\d{1,9}"))
					.map(Integer::parseInt)
					.orElse(Integer.MAX_VALUE);
				if (limit > maxRows) {
					request = request.withParameter("Limit", Integer.toString(maxRows));
				}
			}
			chain.proceed(request, response);
		};
	}

	/** Passes on the first {@code limit} bytes, then fails every write, which makes the server drop the connection. */
	private static final class TruncatingOutputStream extends FilterOutputStream {

		private long remaining;

		TruncatingOutputStream(OutputStream out, long limit) {
			super(out);
			this.remaining = limit;
		}

		@Override
		public void write(int b) throws IOException {
			write(new byte[] { (byte) b }, 0, 1);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			int allowed = (int) Math.min(length, this.remaining);
			if (allowed > 0) {
				this.out.write(bytes, offset, allowed);
				this.remaining -= allowed;
			}
			if (allowed < length) {
				this.out.flush();
				throw new IOException("Injected truncation of the body");
			}
		}

	}

}
