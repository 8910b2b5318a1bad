package org.porchlight.web.admin;

import java.time.Clock;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Component;

/** The admin users of the {@code admin_user} table, with encoded passwords. Every admin has the role ADMIN. */
@Component
class AdminUsers implements UserDetailsService {

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwordEncoder;

	private final Clock clock = Clock.systemUTC();

	AdminUsers(JdbcTemplate jdbc, PasswordEncoder passwordEncoder) {
		this.jdbc = jdbc;
		this.passwordEncoder = passwordEncoder;
	}

	@Override
	public UserDetails loadUserByUsername(String username) {
		List<UserDetails> users = this.jdbc.query(
				"select username, password_hash, enabled from admin_user where username = ?",
				(row, index) -> User.withUsername(row.getString(1))
					.password(row.getString(2))
					.disabled(!row.getBoolean(3))
					.roles("ADMIN")
					.build(),
				(username != null) ? username.strip() : null);
		if (users.isEmpty()) {
			throw new UsernameNotFoundException("No admin user named " + username);
		}
		return users.get(0);
	}

	/** Returns how many admin users exist. */
	long count() {
		Long count = this.jdbc.queryForObject("select count(*) from admin_user", Long.class);
		return (count != null) ? count : 0;
	}

	/** Adds an admin user, encoding the password with the delegating encoder (BCrypt by default). */
	void create(String username, String rawPassword) {
		this.jdbc.update("insert into admin_user (username, password_hash, enabled, created_at) values (?, ?, ?, ?)",
				username.strip(), this.passwordEncoder.encode(rawPassword), true,
				this.clock.instant().atOffset(ZoneOffset.UTC));
	}

	/** Records a successful sign-in. */
	void signedIn(String username) {
		this.jdbc.update("update admin_user set last_sign_in_at = ? where username = ?",
				this.clock.instant().atOffset(ZoneOffset.UTC), username);
	}

}
