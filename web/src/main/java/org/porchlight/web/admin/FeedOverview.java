package org.porchlight.web.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Builds the home page's summary of each feed from the store and the run history. */
@Component
class FeedOverview {

	private final JdbcTemplate jdbc;

	private final RunHistory runs;

	private final AdminFeeds feeds;

	private final AdminProperties properties;

	private final ObjectProvider<SyncLauncher> launcher;

	private final Clock clock;

	FeedOverview(JdbcTemplate jdbc, RunHistory runs, AdminFeeds feeds, AdminProperties properties,
			ObjectProvider<SyncLauncher> launcher, ObjectProvider<Clock> clock) {
		this.jdbc = jdbc;
		this.runs = runs;
		this.feeds = feeds;
		this.properties = properties;
		this.launcher = launcher;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	List<FeedSummary> summaries() {
		return this.feeds.ids().stream().map(this::summary).toList();
	}

	FeedSummary summary(String feedId) {
		Instant now = this.clock.instant();
		SyncLauncher syncLauncher = this.launcher.getIfAvailable();
		boolean paused = isPaused(feedId);
		RunHistory.Run running = this.runs.running(feedId).orElse(null);
		RunHistory.Run lastFinished = this.runs.lastFinished(feedId).orElse(null);
		FeedState state;
		if (running != null) {
			state = FeedState.RUNNING;
		}
		else if (lastFinished != null && lastFinished.status() == SyncRunStatus.FAILED) {
			state = FeedState.FAILING;
		}
		else if (paused) {
			state = FeedState.PAUSED;
		}
		else {
			state = FeedState.IDLE;
		}
		Instant lastSuccess = this.runs.lastSucceeded(feedId).map(RunHistory.Run::finishedAt).orElse(null);
		Duration age = (lastSuccess != null) ? Duration.between(lastSuccess, now) : null;
		Freshness freshness = (age == null || age.compareTo(this.properties.freshnessLimit()) > 0) ? Freshness.OVER
				: (age.compareTo(this.properties.freshnessWarningAge()) > 0) ? Freshness.WARNING : Freshness.OK;
		Map<String, Object> counts = this.jdbc.queryForMap("select count(*) as total,"
				+ " coalesce(sum(case when visible then 1 else 0 end), 0) as visible from listing where feed_id = ?",
				feedId);
		long total = ((Number) counts.get("total")).longValue();
		long visible = ((Number) counts.get("visible")).longValue();
		Map<String, Object> photos = this.jdbc.queryForMap("select count(*) as photos,"
				+ " coalesce(sum(p.byte_size), 0) as bytes from listing_photo p join listing l on l.id = p.listing_id"
				+ " where l.feed_id = ?", feedId);
		return new FeedSummary(feedId, state, paused, running, lastFinished, lastSuccess, age, freshness, visible,
				total - visible, total, ((Number) photos.get("photos")).longValue(),
				((Number) photos.get("bytes")).longValue(), nextRun(feedId, paused, running, now),
				syncLauncher != null && this.feeds.sync().enabled());
	}

	/** Returns when the schedule starts the feed's next run, or {@code null} when it does not run here. */
	private Instant nextRun(String feedId, boolean paused, RunHistory.Run running, Instant now) {
		if (!this.feeds.sync().enabled() || paused || this.launcher.getIfAvailable() == null) {
			return null;
		}
		if (running != null) {
			return now;
		}
		Instant last = this.runs.lastScheduled(feedId)
			.map((run) -> (run.finishedAt() != null) ? run.finishedAt() : run.startedAt())
			.orElse(now);
		Instant next = last.plus(this.feeds.sync().interval());
		return next.isBefore(now) ? now : next;
	}

	private boolean isPaused(String feedId) {
		List<Boolean> paused = this.jdbc.queryForList("select paused from sync_feed_state where feed_id = ?",
				Boolean.class, feedId);
		return !paused.isEmpty() && Boolean.TRUE.equals(paused.get(0));
	}

	/** The activity of a feed. */
	public enum FeedState {

		IDLE, RUNNING, PAUSED, FAILING

	}

	/** The age of the data measured against the freshness limit. */
	public enum Freshness {

		OK, WARNING, OVER

	}

	/** The home page's facts about one feed. */
	public record FeedSummary(String feedId, FeedState state, boolean paused, RunHistory.Run running,
			RunHistory.Run lastFinished, Instant lastSuccess, Duration age, Freshness freshness, long visibleListings,
			long hiddenListings, long totalListings, long photoCount, long photoBytes, Instant nextRun,
			boolean scheduled) {
	}

}
