package org.porchlight.web;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.springframework.jdbc.core.JdbcTemplate;

/** Stores open houses for tests, as the sync worker does, with JDBC. */
public final class TestOpenHouses {

	private TestOpenHouses() {
	}

	/** Stores an open house of a listing of the test feed, from {@code start} to {@code end}. */
	public static void insert(JdbcTemplate jdbc, String listingKey, String key, Instant start, Instant end, String type,
			String remarks) {
		jdbc.update("insert into open_house (feed_id, open_house_key, listing_key, listing_id, open_house_date,"
				+ " start_time, end_time, visible_until, open_house_type, remarks, stored_at)"
				+ " values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", TestListings.FEED_ID, key, listingKey, "MLS-" + listingKey,
				LocalDate.ofInstant(start, ZoneOffset.UTC), start.atOffset(ZoneOffset.UTC), end.atOffset(ZoneOffset.UTC),
				end.atOffset(ZoneOffset.UTC), type, remarks, Instant.now().atOffset(ZoneOffset.UTC));
	}

	/** Removes every stored open house. */
	public static void deleteAll(JdbcTemplate jdbc) {
		jdbc.update("delete from open_house");
	}

}
