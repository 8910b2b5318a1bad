package org.porchlight.sync.settings;

import java.time.Duration;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.RetsProperties;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

/**
 * Reads saved settings from an H2 database with and without the {@code admin_setting} table, and lays them over a
 * feed's configuration.
 */
@ExtendWith(OutputCaptureExtension.class)
class SavedSettingsTests {

	private static final String TABLE = "create table admin_setting (name varchar(128) primary key,"
			+ " setting_value varchar(8000), secret boolean default false not null,"
			+ " updated_at timestamp with time zone not null, updated_by varchar(64))";

	private static final RetsProperties CONFIGURED = new RetsProperties("http://127.0.0.1:6103/rets/login",
			"configured-user", "configured-password", null, null, null, null, null, Duration.ofSeconds(3), null);

	private final MockEnvironment environment = new MockEnvironment();

	private JdbcTemplate jdbc;

	private SavedSettings settings;

	@BeforeEach
	void createDatabase() {
		String name = "saved-settings-" + System.nanoTime();
		this.jdbc = new JdbcTemplate(new DriverManagerDataSource("jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1"));
		this.environment.setProperty(SettingsCipher.KEY_VARIABLE,
				Base64.getEncoder().encodeToString(new byte[32]));
		this.settings = new SavedSettings(this.jdbc, new SettingsCipher(this.environment));
	}

	@Test
	void missingTableLeavesConfigurationAndLogsOnce(CapturedOutput output) {
		FeedSettings feedSettings = new FeedSettings(this.settings);

		assertThat(this.settings.value(FeedSettings.USERNAME)).isNull();
		assertThat(this.settings.secret(FeedSettings.PASSWORD)).isNull();
		assertThat(feedSettings.connection(CONFIGURED)).isEqualTo(CONFIGURED);
		assertThat(feedSettings.mapping(Map.of("YearBuilt", "LIST_53"))).containsExactly(Map.entry("YearBuilt", "LIST_53"));

		assertThat(output.getOut().split("Saved settings are not available", -1)).hasSize(2);
		assertThat(output.getOut()).contains("INFO").contains("admin_setting");
	}

	@Test
	void savedConnectionReplacesConfiguredValues() {
		this.jdbc.execute(TABLE);
		this.settings.put(FeedSettings.USERNAME, "saved-user", "admin");
		this.settings.putSecret(FeedSettings.PASSWORD, "saved-password", "admin");

		RetsProperties connection = new FeedSettings(this.settings).connection(CONFIGURED);

		assertThat(connection.username()).isEqualTo("saved-user");
		assertThat(connection.password()).isEqualTo("saved-password");
		assertThat(connection.loginUrl()).isEqualTo(CONFIGURED.loginUrl());
		assertThat(connection.connectTimeout()).isEqualTo(Duration.ofSeconds(3));
		assertThat(this.jdbc.queryForObject("select setting_value from admin_setting where name = ?", String.class,
				FeedSettings.PASSWORD)).doesNotContain("saved-password");
	}

	@Test
	void savedOverrideReplacesFieldOfAnyCase() {
		this.jdbc.execute(TABLE);
		this.settings.put(FeedSettings.MAPPING_PREFIX + "YearBuilt", "LIST_99", "admin");

		Map<String, String> mapping = new FeedSettings(this.settings)
			.mapping(Map.of("yearbuilt", "LIST_53", "City", "LIST_39"));

		assertThat(mapping).containsOnly(Map.entry("YearBuilt", "LIST_99"), Map.entry("City", "LIST_39"));
	}

	@Test
	void onlyFirstFeedTakesSavedSettings() {
		this.jdbc.execute(TABLE);
		this.settings.put(FeedSettings.USERNAME, "saved-user", "admin");
		FeedsProperties.Feed first = new FeedsProperties.Feed("east", CONFIGURED, null, null, null, null, "OpenHouse",
				"OH");
		FeedsProperties.Feed second = new FeedsProperties.Feed("west", CONFIGURED, null, null, null, null);

		List<FeedsProperties.Feed> feeds = new FeedSettings(this.settings).apply(List.of(first, second));

		assertThat(feeds.get(0).rets().username()).isEqualTo("saved-user");
		assertThat(feeds.get(0).openHouseResource()).isEqualTo("OpenHouse");
		assertThat(feeds.get(0).openHouseClass()).isEqualTo("OH");
		assertThat(feeds.get(1).rets().username()).isEqualTo("configured-user");
	}

	@Test
	void secretWithoutKeyFailsNamingTheVariable() {
		this.jdbc.execute(TABLE);
		this.settings.putSecret(FeedSettings.PASSWORD, "saved-password", "admin");
		this.environment.setProperty(SettingsCipher.KEY_VARIABLE, "");

		assertThatIllegalStateException().isThrownBy(() -> this.settings.secret(FeedSettings.PASSWORD))
			.withMessageContaining(SettingsCipher.KEY_VARIABLE);
	}

}
