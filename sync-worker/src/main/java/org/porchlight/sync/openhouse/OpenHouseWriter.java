package org.porchlight.sync.openhouse;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the stored open houses of a feed in one transaction, so that a reader sees either the previous set or the
 * new one and never a part of each.
 */
@Component
class OpenHouseWriter {

	private static final String INSERT = "insert into open_house (feed_id, open_house_key, listing_key, listing_id,"
			+ " open_house_date, start_time, end_time, visible_until, open_house_type, remarks, modification_timestamp,"
			+ " stored_at) values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	// A feed that names listings only by MLS number gets the listing key from the stored listing with that number.
	private static final String FILL_LISTING_KEYS = "update open_house set listing_key = (select l.listing_key"
			+ " from listing l where l.feed_id = open_house.feed_id and l.listing_id = open_house.listing_id"
			+ " fetch first 1 rows only) where feed_id = ? and listing_key is null";

	private final JdbcTemplate jdbc;

	private final TransactionTemplate transactions;

	OpenHouseWriter(JdbcTemplate jdbc, PlatformTransactionManager transactionManager) {
		this.jdbc = jdbc;
		this.transactions = new TransactionTemplate(transactionManager);
	}

	/** Replaces the feed's open houses with {@code openHouses}; on any error the previous set stays. */
	void replace(String feedId, List<OpenHouseRecord> openHouses, Instant now) {
		List<Object[]> rows = new ArrayList<>(openHouses.size());
		for (OpenHouseRecord openHouse : openHouses) {
			rows.add(new Object[] { feedId, openHouse.openHouseKey(), openHouse.listingKey(), openHouse.listingId(),
					openHouse.date(), timestamp(openHouse.startTime()), timestamp(openHouse.endTime()),
					timestamp(openHouse.visibleUntil()), openHouse.type(), openHouse.remarks(),
					timestamp(openHouse.modificationTimestamp()), timestamp(now) });
		}
		this.transactions.executeWithoutResult((status) -> {
			this.jdbc.update("delete from open_house where feed_id = ?", feedId);
			this.jdbc.batchUpdate(INSERT, rows);
			this.jdbc.update(FILL_LISTING_KEYS, feedId);
		});
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

}
