package org.porchlight.web.admin;

import java.time.LocalDate;

import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.format.annotation.DateTimeFormat;

/**
 * The filter of the runs page, bound from its query parameters; {@code null} matches everything. Dates are days in
 * UTC, both included.
 */
record RunFilter(String feed, SyncRunStatus status, SyncRunMode mode,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate from,
		@DateTimeFormat(iso = DateTimeFormat.ISO.DATE) LocalDate to) {

	RunFilter {
		feed = (feed != null && !feed.isBlank()) ? feed.strip() : null;
	}

}
