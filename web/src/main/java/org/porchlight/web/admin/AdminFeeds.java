package org.porchlight.web.admin;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.SyncProperties;

import org.springframework.stereotype.Component;

/**
 * The feeds that the sync mirrors, as the configuration describes them: {@code porchlight.feeds}, or else the one
 * feed of {@code porchlight.rets.*} and {@code porchlight.sync.*}.
 */
@Component
class AdminFeeds {

	private final List<FeedsProperties.Feed> feeds;

	private final SyncProperties sync;

	AdminFeeds(FeedsProperties feeds, RetsProperties rets, SyncProperties sync) {
		this.sync = sync;
		this.feeds = feeds.feeds().isEmpty() ? List.of(new FeedsProperties.Feed(sync.feedId(), rets, sync.resource(),
				sync.className(), sync.mapping(), sync.deniedFields())) : feeds.feeds();
	}

	List<FeedsProperties.Feed> all() {
		return this.feeds;
	}

	List<String> ids() {
		return this.feeds.stream().map(FeedsProperties.Feed::id).toList();
	}

	Optional<FeedsProperties.Feed> feed(String feedId) {
		return this.feeds.stream().filter((feed) -> feed.id().equals(feedId)).findFirst();
	}

	/** Returns the first feed, whose server the metadata explorer and the connection test use by default. */
	FeedsProperties.Feed first() {
		return this.feeds.get(0);
	}

	SyncProperties sync() {
		return this.sync;
	}

	Map<String, String> mapping(String feedId) {
		return feed(feedId).map(FeedsProperties.Feed::mapping).orElse(Map.of());
	}

}
