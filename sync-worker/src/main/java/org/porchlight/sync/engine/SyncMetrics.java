package org.porchlight.sync.engine;

import java.time.Duration;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import io.micrometer.core.instrument.Timer;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Micrometer meters of the sync, with the figures of {@code sync_run}: {@code porchlight.sync.listings} counted by
 * {@code result} (seen, inserted, updated, unchanged, removed), {@code porchlight.sync.photos},
 * {@code porchlight.sync.errors}, and the timer {@code porchlight.sync.runs} by {@code mode} and {@code status}.
 */
@Component
class SyncMetrics {

	private final MeterRegistry registry;

	SyncMetrics(ObjectProvider<MeterRegistry> registry) {
		this.registry = registry.getIfAvailable(() -> Metrics.globalRegistry);
	}

	void recordRun(SyncRunMode mode, SyncRunStatus status, RunReport report, Duration took) {
		listings("seen", report.seen);
		listings("inserted", report.inserted);
		listings("updated", report.updated);
		listings("unchanged", report.unchanged);
		listings("removed", report.removed);
		this.registry.counter("porchlight.sync.photos").increment(report.photosFetched);
		this.registry.counter("porchlight.sync.errors").increment(report.errorCount());
		Timer.builder("porchlight.sync.runs")
			.tag("mode", mode.name())
			.tag("status", status.name())
			.register(this.registry)
			.record(took);
	}

	private void listings(String result, int count) {
		this.registry.counter("porchlight.sync.listings", "result", result).increment(count);
	}

}
