package org.porchlight.sync.engine;

import java.time.Duration;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Tags;
import io.micrometer.core.instrument.Timer;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters of the sync, with the figures of {@code sync_run}: {@code porchlight.sync.listings} counted by
 * {@code result} (seen, inserted, updated, unchanged, removed), {@code porchlight.sync.photos},
 * {@code porchlight.sync.errors}, the timer {@code porchlight.sync.runs} by {@code mode} and {@code status}, and the
 * gauge {@code porchlight.sync.run.progress} by {@code feed}: the records that the feed's running run has read, 0
 * while none runs. The counters grow while a run runs, after each stored batch and each photo set.
 */
@Component
class SyncMetrics {

	private final MeterRegistry registry;

	/** The value of each feed's progress gauge; the gauge reads it through a weak reference, so it is kept here. */
	private final Map<String, AtomicLong> progress = new ConcurrentHashMap<>();

	SyncMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
	}

	/** Adds what a running run counted since the last update to the counters and sets the feed's progress gauge. */
	void update(String feedId, RunReport report) {
		RunReport.Counts added = report.takeUnpublished();
		listings("seen", added.seen());
		listings("inserted", added.inserted());
		listings("updated", added.updated());
		listings("unchanged", added.unchanged());
		listings("removed", added.removed());
		increment(this.registry.counter("porchlight.sync.photos"), added.photosFetched());
		increment(this.registry.counter("porchlight.sync.errors"), added.errors());
		progress(feedId).set(report.seen);
	}

	/** Adds the rest of a finished run's counts, records its duration, and sets the feed's progress gauge to 0. */
	void recordRun(String feedId, SyncRunMode mode, SyncRunStatus status, RunReport report, Duration took) {
		update(feedId, report);
		progress(feedId).set(0);
		Timer.builder("porchlight.sync.runs")
			.tag("mode", mode.name())
			.tag("status", status.name())
			.register(this.registry)
			.record(took);
	}

	private AtomicLong progress(String feedId) {
		return this.progress.computeIfAbsent(feedId, (id) -> this.registry.gauge("porchlight.sync.run.progress",
				Tags.of("feed", id), new AtomicLong()));
	}

	private void listings(String result, int count) {
		increment(this.registry.counter("porchlight.sync.listings", "result", result), count);
	}

	private static void increment(Counter counter, int count) {
		if (count > 0) {
			counter.increment(count);
		}
	}

}
