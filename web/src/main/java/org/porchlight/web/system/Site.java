package org.porchlight.web.system;

import java.time.Instant;

import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The site-wide facts that every page template reads as {@code @site}: the site's name, the configured MLS
 * disclaimer, and when the listing data was last updated.
 */
@Component("site")
public class Site {

	private final SiteProperties properties;

	private final SyncRunRepository syncRuns;

	Site(SiteProperties properties, SyncRunRepository syncRuns) {
		this.properties = properties;
		this.syncRuns = syncRuns;
	}

	public String name() {
		return this.properties.name();
	}

	/** Returns the configured disclaimer, or {@code null} when the template should show the default text. */
	public String disclaimer() {
		String disclaimer = this.properties.disclaimer();
		return StringUtils.hasText(disclaimer) ? disclaimer.strip() : null;
	}

	/**
	 * Returns when the last successful sync run finished, which is when the listing data was last updated, or
	 * {@code null} when no run has succeeded yet.
	 */
	public Instant lastUpdated() {
		return this.syncRuns.findFirstByStatusOrderByFinishedAtDesc(SyncRunStatus.SUCCEEDED)
			.map(SyncRun::getFinishedAt)
			.orElse(null);
	}

}
