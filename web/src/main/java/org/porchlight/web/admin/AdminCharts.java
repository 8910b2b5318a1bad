package org.porchlight.web.admin;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * Writes the series of the home page's run chart as JSON, for {@code admin.js} to draw with uPlot: start times in
 * epoch seconds, durations in seconds, records seen and errors.
 */
@Component
class AdminCharts {

	/** Writes the runs, oldest first, as {@code {"time":[..],"duration":[..],"seen":[..],"errors":[..]}}. */
	String json(List<RunHistory.Run> runs) {
		StringBuilder time = new StringBuilder();
		StringBuilder duration = new StringBuilder();
		StringBuilder seen = new StringBuilder();
		StringBuilder errors = new StringBuilder();
		for (RunHistory.Run run : runs) {
			String separator = time.isEmpty() ? "" : ",";
			time.append(separator).append(run.startedAt().getEpochSecond());
			duration.append(separator).append((run.duration() != null) ? Long.toString(run.duration().toSeconds()) : "null");
			seen.append(separator).append(run.listingsSeen());
			errors.append(separator).append(run.errorCount());
		}
		return "{\"time\":[" + time + "],\"duration\":[" + duration + "],\"seen\":[" + seen + "],\"errors\":[" + errors
				+ "]}";
	}

}
