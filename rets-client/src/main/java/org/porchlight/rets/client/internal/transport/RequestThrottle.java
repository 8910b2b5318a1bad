package org.porchlight.rets.client.internal.transport;

import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsException;

/**
 * Limits the pace and the number of open transactions of one client: requests start at least
 * {@code 1 / maxRequestsPerSecond} seconds apart, and at most {@code maxConcurrentTransactions} responses are open
 * at once. A thread that already has a permit gets another one without waiting, so that a GetObject sent from a
 * search's row handler cannot deadlock against the search.
 */
final class RequestThrottle {

	private final long intervalNanos;

	private final Semaphore permits;

	private final ThreadLocal<int[]> heldByThread = ThreadLocal.withInitial(() -> new int[1]);

	private long nextStartNanos = System.nanoTime();

	RequestThrottle(RetsClientConfig config) {
		this.intervalNanos = (config.maxRequestsPerSecond() > 0) ? (long) (1_000_000_000L / config.maxRequestsPerSecond())
				: 0;
		this.permits = (config.maxConcurrentTransactions() > 0) ? new Semaphore(config.maxConcurrentTransactions(), true)
				: null;
	}

	/** Waits for a concurrency permit and returns the action that releases it. Running that action again does nothing. */
	Runnable acquire(String transaction) {
		if (this.permits == null) {
			return () -> {
			};
		}
		int[] held = this.heldByThread.get();
		if (held[0] == 0) {
			try {
				this.permits.acquire();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw new RetsException(transaction + " was interrupted while waiting for a free transaction slot", ex);
			}
		}
		held[0]++;
		return new Runnable() {

			private boolean released;

			@Override
			public void run() {
				if (this.released) {
					return;
				}
				this.released = true;
				int[] counter = RequestThrottle.this.heldByThread.get();
				counter[0]--;
				if (counter[0] == 0) {
					RequestThrottle.this.permits.release();
				}
			}

		};
	}

	/** Waits until the next request may start under the rate limit. */
	void pace(String transaction) {
		if (this.intervalNanos == 0) {
			return;
		}
		long wait;
		synchronized (this) {
			long now = System.nanoTime();
			long start = Math.max(now, this.nextStartNanos);
			this.nextStartNanos = start + this.intervalNanos;
			wait = start - now;
		}
		if (wait > 0) {
			sleep(transaction, wait);
		}
	}

	static void sleep(String transaction, long nanos) {
		try {
			TimeUnit.NANOSECONDS.sleep(nanos);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new RetsException(transaction + " was interrupted while waiting to be sent", ex);
		}
	}

}
