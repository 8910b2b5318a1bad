package org.porchlight.web.system;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.porchlight.sync.settings.SavedSettings;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The compliance texts saved on the admin settings page: the MLS disclaimer, the brokerage name and the MLS logo
 * address, which replace the configured {@code porchlight.site.*} values on every page. They are read from
 * {@code admin_setting} again once the copy in memory is older than {@link #MAX_AGE}, and right after this node saves
 * them. Other nodes therefore show a change within that age.
 */
@Component
public class SiteSettings {

	public static final String DISCLAIMER = "compliance.disclaimer";

	public static final String BROKERAGE = "compliance.brokerage";

	public static final String LOGO_URL = "compliance.logo-url";

	/** How long the texts read from the database are used before they are read again. */
	public static final Duration MAX_AGE = Duration.ofSeconds(30);

	private final SavedSettings settings;

	private final Clock clock = Clock.systemUTC();

	private volatile Texts texts;

	SiteSettings(SavedSettings settings) {
		this.settings = settings;
	}

	/** Returns the saved disclaimer, or {@code null}. */
	String disclaimer() {
		return texts().disclaimer;
	}

	/** Returns the saved brokerage name, or {@code null}. */
	String brokerage() {
		return texts().brokerage;
	}

	/** Returns the saved MLS logo address, or {@code null}. */
	String logoUrl() {
		return texts().logoUrl;
	}

	/** Drops the texts read so far, so that the next page view reads what was just saved. */
	public void forget() {
		this.texts = null;
	}

	private Texts texts() {
		Texts current = this.texts;
		Instant now = this.clock.instant();
		if (current == null || now.isAfter(current.readAt.plus(MAX_AGE))) {
			current = new Texts(textOrNull(this.settings.value(DISCLAIMER)), textOrNull(this.settings.value(BROKERAGE)),
					textOrNull(this.settings.value(LOGO_URL)), now);
			this.texts = current;
		}
		return current;
	}

	private static String textOrNull(String text) {
		return StringUtils.hasText(text) ? text.strip() : null;
	}

	private record Texts(String disclaimer, String brokerage, String logoUrl, Instant readAt) {
	}

}
