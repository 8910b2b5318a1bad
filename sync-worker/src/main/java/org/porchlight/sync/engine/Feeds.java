package org.porchlight.sync.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.SyncProperties;

import org.springframework.stereotype.Component;

/**
 * The feeds that runs mirror: those of {@code porchlight.feeds}, or else the one feed of {@code porchlight.rets.*}
 * and {@code porchlight.sync.*}.
 */
@Component
class Feeds {

	private final List<FeedsProperties.Feed> feeds;

	Feeds(FeedsProperties feeds, RetsProperties rets, SyncProperties sync) {
		this.feeds = feeds.feeds().isEmpty() ? List.of(new FeedsProperties.Feed(sync.feedId(), rets, sync.resource(),
				sync.className(), sync.mapping(), sync.deniedFields())) : feeds.feeds();
		Set<String> ids = new HashSet<>();
		for (FeedsProperties.Feed feed : this.feeds) {
			if (feed.id() == null || !ids.add(feed.id())) {
				throw new IllegalStateException("Every entry of porchlight.feeds needs an id of its own, but found '"
						+ feed.id() + "' missing or twice");
			}
		}
	}

	List<FeedsProperties.Feed> all() {
		return this.feeds;
	}

	/** Returns whether every feed has a RETS server, so that runs can start at all. */
	boolean isConfigured() {
		return this.feeds.stream().allMatch((feed) -> feed.rets().isConfigured());
	}

}
