package org.porchlight.web.admin;

import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.RetsProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The RETS connection that the admin area uses for the first feed: the configured {@code porchlight.rets.*} (or the
 * first {@code porchlight.feeds} entry), with each value saved on the settings page taking its place. The metadata
 * explorer and the connection test use it.
 */
// NOTE: the sync engine reads only its configuration, so saved connection settings do not change what it syncs.
@Component
class ConnectionSettings {

	static final String LOGIN_URL = "connection.login-url";

	static final String USERNAME = "connection.username";

	static final String PASSWORD = "connection.password";

	static final String USER_AGENT = "connection.user-agent";

	static final String USER_AGENT_PASSWORD = "connection.user-agent-password";

	static final String RETS_VERSION = "connection.rets-version";

	private final AdminSettings settings;

	private final AdminFeeds feeds;

	ConnectionSettings(AdminSettings settings, AdminFeeds feeds) {
		this.settings = settings;
		this.feeds = feeds;
	}

	/** Returns the connection of a feed, with saved settings applied to the first feed. */
	RetsProperties effective(FeedsProperties.Feed feed) {
		RetsProperties configured = feed.rets();
		if (!feed.id().equals(this.feeds.first().id())) {
			return configured;
		}
		return new RetsProperties(saved(LOGIN_URL, configured.loginUrl()), saved(USERNAME, configured.username()),
				savedSecret(PASSWORD, configured.password()), saved(USER_AGENT, configured.userAgent()),
				savedSecret(USER_AGENT_PASSWORD, configured.userAgentPassword()),
				saved(RETS_VERSION, configured.retsVersion()), configured.authMode(), configured.requestMethod(),
				configured.connectTimeout(), configured.responseTimeout());
	}

	/** Returns whether any connection setting was saved on the settings page. */
	boolean hasSavedSettings() {
		return !this.settings.values("connection.").isEmpty() || this.settings.hasSecret(PASSWORD)
				|| this.settings.hasSecret(USER_AGENT_PASSWORD);
	}

	private String saved(String name, String configured) {
		String value = this.settings.value(name);
		return StringUtils.hasText(value) ? value : configured;
	}

	private String savedSecret(String name, String configured) {
		String value = this.settings.secret(name);
		return (value != null) ? value : configured;
	}

}
