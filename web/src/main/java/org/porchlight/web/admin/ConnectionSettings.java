package org.porchlight.web.admin;

import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.settings.FeedSettings;

import org.springframework.stereotype.Component;

/**
 * The RETS connection of a feed as the sync uses it: the configured {@code porchlight.rets.*} (or the
 * {@code porchlight.feeds} entry), with each value saved on the settings page taking its place for the first feed.
 * The metadata explorer and the connection test use it, so they reach the server that the next sync run logs in to.
 */
@Component
class ConnectionSettings {

	private final FeedSettings settings;

	private final AdminFeeds feeds;

	ConnectionSettings(FeedSettings settings, AdminFeeds feeds) {
		this.settings = settings;
		this.feeds = feeds;
	}

	/** Returns the connection of a feed, with saved settings applied to the first feed. */
	RetsProperties effective(FeedsProperties.Feed feed) {
		if (!feed.id().equals(this.feeds.first().id())) {
			return feed.rets();
		}
		return this.settings.connection(feed.rets());
	}

	/** Returns whether any connection setting was saved on the settings page. */
	boolean hasSavedSettings() {
		return this.settings.hasSavedConnection();
	}

}
