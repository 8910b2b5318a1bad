package org.porchlight.sync.settings;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.jdbc.BadSqlGrammarException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code admin_setting} table: settings saved on the admin settings page, by name. Secret values are stored
 * encrypted by {@link SettingsCipher} and decrypted only when read through {@link #secret}. The web application's
 * migrations create the table. Where it does not exist, such as for a stand-alone worker on a database that the web
 * application never migrated, every read returns nothing, so that the configuration alone applies.
 */
@Component
public class SavedSettings {

	private static final Logger logger = LoggerFactory.getLogger(SavedSettings.class);

	private final JdbcTemplate jdbc;

	private final SettingsCipher cipher;

	private final Clock clock = Clock.systemUTC();

	private final AtomicBoolean reportedMissingTable = new AtomicBoolean();

	public SavedSettings(JdbcTemplate jdbc, SettingsCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Returns the plain settings whose names start with {@code prefix}, by name, without secrets. */
	public Map<String, String> values(String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		query("select name, setting_value from admin_setting where secret = false and name like ? order by name",
				(row) -> values.put(row.get(0), row.get(1)), prefix + "%");
		return values;
	}

	/** Returns a plain setting, or {@code null} when none is saved under the name. */
	public String value(String name) {
		return first("select setting_value from admin_setting where name = ? and secret = false", name);
	}

	/** Returns whether a secret is stored under the name. */
	public boolean hasSecret(String name) {
		return first("select name from admin_setting where name = ? and secret = true", name) != null;
	}

	/**
	 * Returns a stored secret, decrypted, or {@code null}.
	 * @throws IllegalStateException when {@code PORCHLIGHT_SETTINGS_KEY} is missing or differs from the key that the
	 * secret was stored with
	 */
	public String secret(String name) {
		String stored = first("select setting_value from admin_setting where name = ? and secret = true", name);
		return (stored != null) ? this.cipher.decrypt(stored) : null;
	}

	/** Stores a plain value, or removes the setting when the value is {@code null}. */
	public void put(String name, String value, String username) {
		store(name, value, false, username);
	}

	/** Encrypts and stores a secret; fails when no settings key is configured. */
	public void putSecret(String name, String value, String username) {
		store(name, (value != null) ? this.cipher.encrypt(value) : null, true, username);
	}

	private void store(String name, String value, boolean secret, String username) {
		this.jdbc.update("delete from admin_setting where name = ?", name);
		if (value != null) {
			this.jdbc.update("insert into admin_setting (name, setting_value, secret, updated_at, updated_by)"
					+ " values (?, ?, ?, ?, ?)", name, value, secret, this.clock.instant().atOffset(ZoneOffset.UTC),
					username);
		}
	}

	private String first(String sql, String name) {
		List<String> found = new ArrayList<>();
		query(sql, (row) -> found.add(row.get(0)), name);
		return found.isEmpty() ? null : found.get(0);
	}

	/** Runs a query of string columns, or does nothing when the table does not exist. */
	private void query(String sql, Consumer<List<String>> rows, Object argument) {
		try {
			this.jdbc.query(sql, (row) -> {
				int columns = row.getMetaData().getColumnCount();
				List<String> values = new ArrayList<>(columns);
				for (int column = 1; column <= columns; column++) {
					values.add(row.getString(column));
				}
				rows.accept(values);
			}, argument);
		}
		catch (BadSqlGrammarException ex) {
			if (this.reportedMissingTable.compareAndSet(false, true)) {
				String reason = String.valueOf(ex.getMostSpecificCause().getMessage()).lines().findFirst().orElse("");
				logger.info("Saved settings are not available ({}), so only the configuration applies. The web "
						+ "application's migrations create the admin_setting table.", reason);
			}
		}
	}

}
