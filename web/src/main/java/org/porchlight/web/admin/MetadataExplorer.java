package org.porchlight.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.sync.FeedsProperties;

import org.springframework.stereotype.Component;

/**
 * Loads each feed's RETS metadata through the feed's configured connection and keeps it in memory until an admin
 * reloads it, so that browsing the explorer does not send a request per page.
 */
@Component
class MetadataExplorer {

	private final RetsConnections connections;

	private final ConnectionSettings connectionSettings;

	private final Map<String, Loaded> cache = new ConcurrentHashMap<>();

	private final Clock clock = Clock.systemUTC();

	MetadataExplorer(RetsConnections connections, ConnectionSettings connectionSettings) {
		this.connections = connections;
		this.connectionSettings = connectionSettings;
	}

	/** Returns the cached metadata of the feed, loading it on first use. A failed load is cached too. */
	Loaded metadata(FeedsProperties.Feed feed) {
		return this.cache.computeIfAbsent(feed.id(), (id) -> load(feed));
	}

	/** Loads the feed's metadata again, replacing the cached copy. */
	Loaded reload(FeedsProperties.Feed feed) {
		Loaded loaded = load(feed);
		this.cache.put(feed.id(), loaded);
		return loaded;
	}

	/** Drops every cached copy, such as after the connection settings changed. */
	void forgetAll() {
		this.cache.clear();
	}

	private Loaded load(FeedsProperties.Feed feed) {
		try (RetsClient client = this.connections.open(this.connectionSettings.effective(feed))) {
			client.login();
			return new Loaded(client.metadata(), this.clock.instant(), null);
		}
		catch (RuntimeException ex) {
			return new Loaded(null, this.clock.instant(), ex.getClass().getSimpleName() + ": " + ex.getMessage());
		}
	}

	/** The metadata of a feed, or the error that loading it raised, and when it was loaded. */
	public record Loaded(RetsMetadata metadata, Instant loadedAt, String error) {
	}

}
