package org.porchlight.rets.client.internal.transport;

import java.util.concurrent.atomic.AtomicLong;

import org.slf4j.MDC;

/**
 * The id of one RETS transaction, such as {@code rets-7}. Every log line of the transaction starts with it, and it
 * is in the SLF4J MDC under {@value #MDC_KEY} while the scope is open.
 */
public final class TransactionScope implements AutoCloseable {

	/** MDC key of the current transaction id. */
	public static final String MDC_KEY = "rets.transaction";

	private static final AtomicLong COUNTER = new AtomicLong();

	private final String id;

	private final String previous;

	private TransactionScope(String id) {
		this.id = id;
		this.previous = MDC.get(MDC_KEY);
		MDC.put(MDC_KEY, id);
	}

	/** Opens a scope with the next transaction id of this JVM. */
	public static TransactionScope open() {
		return new TransactionScope("rets-" + COUNTER.incrementAndGet());
	}

	/** Returns the id of the innermost open scope on this thread, or {@code "rets"} outside any scope. */
	public static String current() {
		String id = MDC.get(MDC_KEY);
		return (id != null) ? id : "rets";
	}

	public String id() {
		return this.id;
	}

	@Override
	public void close() {
		if (this.previous != null) {
			MDC.put(MDC_KEY, this.previous);
		}
		else {
			MDC.remove(MDC_KEY);
		}
	}

}
