package org.porchlight.sandbox.faults;

import java.io.IOException;
import java.util.concurrent.atomic.AtomicReference;

import org.porchlight.sandbox.SandboxFilter;
import org.porchlight.sandbox.SandboxRequest;
import org.porchlight.sandbox.SandboxResponse;

/**
 * A filter that delegates to another one which can be swapped while the sandbox runs, so that one sandbox can serve
 * a test under several faults in turn. It starts with {@link Faults#none()}.
 */
public final class SwitchableFilter implements SandboxFilter {

	private final AtomicReference<SandboxFilter> current = new AtomicReference<>(Faults.none());

	/** Makes {@code filter} handle the following requests. */
	public void set(SandboxFilter filter) {
		this.current.set(filter);
	}

	/** Goes back to passing every request on unchanged. */
	public void clear() {
		this.current.set(Faults.none());
	}

	@Override
	public void filter(SandboxRequest request, SandboxResponse response, Chain chain) throws IOException {
		this.current.get().filter(request, response, chain);
	}

}
