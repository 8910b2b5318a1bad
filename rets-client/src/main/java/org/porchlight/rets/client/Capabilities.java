package org.porchlight.rets.client;

import java.net.URI;
import java.util.Map;
import java.util.Optional;

/**
 * The result of the Login transaction: the capability URLs, resolved against the login URL, and the other
 * key-value pairs of the body.
 *
 * @param urls transaction name (such as {@code Search}, {@code GetObject}) to absolute URL
 * @param info the other keys of the login body, such as {@code MemberName} or {@code MetadataVersion}
 * @param serverVersion the RETS version the server announced in its {@code RETS-Version} header
 */
public record Capabilities(Map<String, URI> urls, Map<String, String> info, RetsVersion serverVersion) {

	public Capabilities {
		urls = Map.copyOf(urls);
		info = Map.copyOf(info);
	}

	/** Finds a capability URL by transaction name, ignoring case. */
	public Optional<URI> url(String transaction) {
		return this.urls.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(transaction))
			.map(Map.Entry::getValue)
			.findFirst();
	}

}
