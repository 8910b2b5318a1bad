package org.porchlight.web.listing;

import java.util.HashMap;
import java.util.Map;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;

/** Reads the RESO StandardName behind each label of a feed's public records, as the sync worker stored it. */
@Component
class FeedFields {

	private final JdbcTemplate jdbc;

	FeedFields(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Returns the StandardName of each label of the feed that has one; empty before the feed's first sync. */
	Map<String, String> standardNames(String feedId) {
		Map<String, String> standardNames = new HashMap<>();
		RowCallbackHandler collect = (row) -> standardNames.put(row.getString("label"), row.getString("standard_name"));
		this.jdbc.query("select label, standard_name from feed_field where feed_id = ?", collect, feedId);
		return standardNames;
	}

}
