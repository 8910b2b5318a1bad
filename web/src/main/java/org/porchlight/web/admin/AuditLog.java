package org.porchlight.web.admin;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** The {@code audit_log} table: who did what in the admin area, and when. */
@Component
class AuditLog {

	private static final int MAX_DETAIL_LENGTH = 1000;

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	AuditLog(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Records an action.
	 * @param action a short code such as {@code run.requested}, shown through the message {@code audit.action.<code>}
	 * @param feedId the feed concerned, or {@code null}
	 * @param detail what happened, never a secret
	 */
	void record(String username, String action, String feedId, String detail) {
		String trimmed = (detail != null && detail.length() > MAX_DETAIL_LENGTH)
				? detail.substring(0, MAX_DETAIL_LENGTH) : detail;
		this.jdbc.update(
				"insert into audit_log (occurred_at, username, action, feed_id, detail) values (?, ?, ?, ?, ?)",
				this.clock.instant().atOffset(ZoneOffset.UTC), username, action, feedId, trimmed);
	}

	/** Returns the newest entries first. */
	List<Entry> recent(int limit) {
		return this.jdbc.query("select occurred_at, username, action, feed_id, detail from audit_log"
				+ " order by occurred_at desc, id desc limit " + limit, (row, index) -> new Entry(
						row.getObject(1, OffsetDateTime.class).toInstant(), row.getString(2), row.getString(3),
						row.getString(4), row.getString(5)),
				new Object[0]);
	}

	/** One entry of the audit log. */
	public record Entry(Instant occurredAt, String username, String action, String feedId, String detail) {
	}

}
