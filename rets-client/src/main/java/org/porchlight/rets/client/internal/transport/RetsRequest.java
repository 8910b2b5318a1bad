package org.porchlight.rets.client.internal.transport;

import java.net.URI;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * One RETS transaction to send: its name (for logs and errors), the capability URL and the arguments, in the
 * order they are sent.
 */
public record RetsRequest(String transaction, URI uri, Map<String, String> parameters) {

	public RetsRequest {
		parameters = Collections.unmodifiableMap(new LinkedHashMap<>(parameters));
	}

	/** Returns this request sent to another URL, such as the same capability after a new login. */
	public RetsRequest withUri(URI uri) {
		return new RetsRequest(this.transaction, uri, this.parameters);
	}

	/** Returns a short description for logs, such as {@code Search Property:A}. */
	public String describe() {
		StringBuilder text = new StringBuilder(this.transaction).append(' ').append(this.uri.getPath());
		this.parameters.forEach((name, value) -> text.append(' ').append(name).append('=').append(value));
		return text.toString();
	}

}
