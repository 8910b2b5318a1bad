package org.porchlight.web.admin;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The {@code admin_setting} table: settings saved on the settings page, by name. Secret values are stored encrypted
 * by {@link SettingsCipher} and decrypted only when read through {@link #secret}.
 */
@Component
class AdminSettings {

	private final JdbcTemplate jdbc;

	private final SettingsCipher cipher;

	private final Clock clock = Clock.systemUTC();

	AdminSettings(JdbcTemplate jdbc, SettingsCipher cipher) {
		this.jdbc = jdbc;
		this.cipher = cipher;
	}

	/** Returns the plain settings whose names start with {@code prefix}, by name, without secrets. */
	Map<String, String> values(String prefix) {
		Map<String, String> values = new LinkedHashMap<>();
		this.jdbc.query("select name, setting_value from admin_setting where secret = false and name like ? order by name",
				(row) -> {
					values.put(row.getString(1), row.getString(2));
				}, prefix + "%");
		return values;
	}

	String value(String name) {
		return this.jdbc.queryForList("select setting_value from admin_setting where name = ? and secret = false",
				String.class, name).stream().findFirst().orElse(null);
	}

	/** Returns whether a secret is stored under the name. */
	boolean hasSecret(String name) {
		Integer count = this.jdbc.queryForObject("select count(*) from admin_setting where name = ? and secret = true",
				Integer.class, name);
		return count != null && count > 0;
	}

	/** Returns a stored secret, decrypted, or {@code null}. */
	String secret(String name) {
		return this.jdbc.queryForList("select setting_value from admin_setting where name = ? and secret = true",
				String.class, name).stream().findFirst().map(this.cipher::decrypt).orElse(null);
	}

	/** Stores a plain value, or removes the setting when the value is {@code null}. */
	void put(String name, String value, String username) {
		store(name, value, false, username);
	}

	/** Encrypts and stores a secret; fails when no settings key is configured. */
	void putSecret(String name, String value, String username) {
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

}
