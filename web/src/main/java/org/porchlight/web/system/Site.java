package org.porchlight.web.system;

import java.time.Instant;

import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The site-wide facts that every page template reads as {@code @site}: the site's name, the MLS disclaimer, the
 * brokerage and the MLS logo (each saved on the admin settings page, or else configured), and when the listing data
 * was last updated.
 */
@Component("site")
public class Site {

	private final SiteProperties properties;

	private final SyncRunRepository syncRuns;

	private final SiteSettings saved;

	Site(SiteProperties properties, SyncRunRepository syncRuns, SiteSettings saved) {
		this.properties = properties;
		this.syncRuns = syncRuns;
		this.saved = saved;
	}

	public String name() {
		return this.properties.name();
	}

	/**
	 * Returns the saved or else the configured disclaimer, or {@code null} when the template should show the default
	 * text.
	 */
	public String disclaimer() {
		String saved = this.saved.disclaimer();
		return (saved != null) ? saved : textOrNull(this.properties.disclaimer());
	}

	/** Returns the saved or else the configured name of the brokerage that runs the site, or {@code null}. */
	public String brokerageName() {
		String saved = this.saved.brokerage();
		return (saved != null) ? saved : textOrNull(this.properties.brokerageName());
	}

	public String brokeragePhone() {
		return textOrNull(this.properties.brokeragePhone());
	}

	public String brokerageEmail() {
		return textOrNull(this.properties.brokerageEmail());
	}

	public String mlsName() {
		return this.properties.mlsName();
	}

	/** Returns the URL template of the map tiles, or {@code null} when the site shows no map. */
	public String mapTileUrl() {
		return textOrNull(this.properties.mapTileUrl());
	}

	public String mapAttribution() {
		return textOrNull(this.properties.mapAttribution());
	}

	/** Returns the saved or else the configured address of the MLS's IDX logo, or {@code null}. */
	public String mlsLogoUrl() {
		String saved = this.saved.logoUrl();
		return (saved != null) ? saved : textOrNull(this.properties.mlsLogoUrl());
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

	private static String textOrNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

}
