package org.porchlight.sync.engine;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.settings.FeedSettings;

import org.springframework.stereotype.Component;

/**
 * The feeds that runs mirror: those of {@code porchlight.feeds}, or else the one feed of {@code porchlight.rets.*}
 * and {@code porchlight.sync.*}, with the connection and mapping saved on the admin settings page applied to the
 * first feed.
 */
@Component
class Feeds {

	private final List<FeedsProperties.Feed> feeds;

	private final FeedSettings settings;

	Feeds(FeedsProperties feeds, RetsProperties rets, SyncProperties sync, FeedSettings settings) {
		this.settings = settings;
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

	/** Returns the configured feeds; {@link #withSavedSettings} adds what the settings page saved. */
	List<FeedsProperties.Feed> all() {
		return this.feeds;
	}

	/**
	 * Returns a feed with the settings saved on the admin settings page as they are now in the database. Only the
	 * first feed takes them.
	 * @throws IllegalStateException when a saved secret cannot be decrypted with {@code PORCHLIGHT_SETTINGS_KEY}
	 */
	FeedsProperties.Feed withSavedSettings(FeedsProperties.Feed feed) {
		return feed.id().equals(this.feeds.get(0).id()) ? this.settings.apply(feed) : feed;
	}

	/** Returns the ids of the configured feeds, in order. */
	List<String> ids() {
		return this.feeds.stream().map(FeedsProperties.Feed::id).toList();
	}

	/** Returns whether every feed has a RETS login URL, configured or saved, so that runs can start at all. */
	boolean isConfigured() {
		for (FeedsProperties.Feed feed : this.feeds) {
			boolean saved = feed == this.feeds.get(0) && this.settings.savedLoginUrl() != null;
			if (!feed.rets().isConfigured() && !saved) {
				return false;
			}
		}
		return true;
	}

}
