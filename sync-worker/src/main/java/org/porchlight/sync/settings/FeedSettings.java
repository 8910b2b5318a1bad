package org.porchlight.sync.settings;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.RetsProperties;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * The connection and field mapping of the first feed as saved on the admin settings page, laid over the
 * configuration. Each saved value replaces the configured one, and each saved mapping override replaces the
 * configured SystemName of its field. The settings are read from the database on every call, so the next run uses
 * what was saved last. Other feeds keep their configuration, because the page edits the first feed only.
 */
@Component
public class FeedSettings {

	public static final String LOGIN_URL = "connection.login-url";

	public static final String USERNAME = "connection.username";

	public static final String PASSWORD = "connection.password";

	public static final String USER_AGENT = "connection.user-agent";

	public static final String USER_AGENT_PASSWORD = "connection.user-agent-password";

	public static final String RETS_VERSION = "connection.rets-version";

	/** Prefix of mapping overrides: {@code mapping.<RESO field>} contains the server's SystemName. */
	public static final String MAPPING_PREFIX = "mapping.";

	private final SavedSettings settings;

	public FeedSettings(SavedSettings settings) {
		this.settings = settings;
	}

	/** Returns the feeds with the saved settings applied to the first one. */
	public List<FeedsProperties.Feed> apply(List<FeedsProperties.Feed> configured) {
		if (configured.isEmpty()) {
			return configured;
		}
		List<FeedsProperties.Feed> feeds = new ArrayList<>(configured);
		feeds.set(0, apply(feeds.get(0)));
		return List.copyOf(feeds);
	}

	/**
	 * Returns a feed with the saved connection and mapping applied. Call it for the first feed only.
	 * @throws IllegalStateException when a saved secret cannot be decrypted with {@code PORCHLIGHT_SETTINGS_KEY}
	 */
	public FeedsProperties.Feed apply(FeedsProperties.Feed configured) {
		return configured.withSettings(connection(configured.rets()), mapping(configured.mapping()));
	}

	/** Returns the saved login URL, or {@code null}. */
	public String savedLoginUrl() {
		String value = this.settings.value(LOGIN_URL);
		return StringUtils.hasText(value) ? value : null;
	}

	/** Returns the configured connection with each saved value in place of the configured one. */
	public RetsProperties connection(RetsProperties configured) {
		return new RetsProperties(saved(LOGIN_URL, configured.loginUrl()), saved(USERNAME, configured.username()),
				savedSecret(PASSWORD, configured.password()), saved(USER_AGENT, configured.userAgent()),
				savedSecret(USER_AGENT_PASSWORD, configured.userAgentPassword()),
				saved(RETS_VERSION, configured.retsVersion()), configured.authMode(), configured.requestMethod(),
				configured.connectTimeout(), configured.responseTimeout());
	}

	/**
	 * Returns the configured mapping (RESO field to SystemName) with the saved overrides merged in. A saved field
	 * replaces a configured one of the same name, compared without regard to case.
	 */
	public Map<String, String> mapping(Map<String, String> configured) {
		Map<String, String> overrides = mappingOverrides();
		Map<String, String> merged = new LinkedHashMap<>();
		configured.forEach((field, systemName) -> {
			if (overrides.keySet().stream().noneMatch(field::equalsIgnoreCase)) {
				merged.put(field, systemName);
			}
		});
		merged.putAll(overrides);
		return Map.copyOf(merged);
	}

	/** Returns the saved mapping overrides, RESO field to SystemName. */
	public Map<String, String> mappingOverrides() {
		Map<String, String> overrides = new LinkedHashMap<>();
		this.settings.values(MAPPING_PREFIX)
			.forEach((name, value) -> overrides.put(name.substring(MAPPING_PREFIX.length()), value));
		return overrides;
	}

	/** Returns whether any connection setting was saved. */
	public boolean hasSavedConnection() {
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
