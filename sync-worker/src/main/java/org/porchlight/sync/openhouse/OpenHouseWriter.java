package org.porchlight.sync.openhouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Replaces the stored open houses of a feed in one transaction, so that a reader sees either the previous set or the
 * new one and never a part of each. Only the differences are written, because a run every few minutes finds most
 * open houses unchanged, and rewriting tens of thousands of rows each time costs far more than reading them.
 */
@Component
class OpenHouseWriter {

	private static final String COLUMNS = "listing_key, listing_id, open_house_date, start_time, end_time,"
			+ " visible_until, open_house_type, remarks, modification_timestamp, stored_at";

	private static final String SELECT = "select id, open_house_key, " + COLUMNS + " from open_house where feed_id = ?";

	private static final String INSERT = "insert into open_house (feed_id, open_house_key, " + COLUMNS
			+ ") values (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)";

	private static final String UPDATE = "update open_house set listing_key = ?, listing_id = ?, open_house_date = ?,"
			+ " start_time = ?, end_time = ?, visible_until = ?, open_house_type = ?, remarks = ?,"
			+ " modification_timestamp = ?, stored_at = ? where id = ?";

	private static final String DELETE = "delete from open_house where id = ?";

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

	/**
	 * Replaces the feed's open houses with {@code openHouses}. On any error the previous set stays.
	 * @return how many rows were inserted, updated and deleted
	 */
	Changes replace(String feedId, List<OpenHouseRecord> openHouses, Instant now) {
		Changes changes = this.transactions.execute((status) -> {
			Map<String, StoredOpenHouse> stored = load(feedId);
			List<Object[]> inserts = new ArrayList<>();
			List<Object[]> updates = new ArrayList<>();
			for (OpenHouseRecord openHouse : openHouses) {
				StoredOpenHouse previous = stored.remove(openHouse.openHouseKey());
				if (previous == null) {
					inserts.add(insertValues(feedId, openHouse, now));
				}
				else if (!previous.matches(openHouse)) {
					updates.add(updateValues(openHouse, now, previous.id()));
				}
			}
			List<Object[]> deletes = stored.values().stream().map((gone) -> new Object[] { gone.id() }).toList();
			if (!deletes.isEmpty()) {
				this.jdbc.batchUpdate(DELETE, deletes);
			}
			if (!updates.isEmpty()) {
				this.jdbc.batchUpdate(UPDATE, updates);
			}
			if (!inserts.isEmpty()) {
				this.jdbc.batchUpdate(INSERT, inserts);
			}
			if (!inserts.isEmpty() || !updates.isEmpty()) {
				this.jdbc.update(FILL_LISTING_KEYS, feedId);
			}
			return new Changes(inserts.size(), updates.size(), deletes.size());
		});
		return Objects.requireNonNull(changes);
	}

	private Map<String, StoredOpenHouse> load(String feedId) {
		Map<String, StoredOpenHouse> stored = new HashMap<>();
		this.jdbc.query(SELECT, (RowCallbackHandler) (row) -> {
			OpenHouseRecord record = new OpenHouseRecord(row.getString("open_house_key"),
					row.getString("listing_key"), row.getString("listing_id"),
					row.getObject("open_house_date", LocalDate.class), instant(row.getObject("start_time",
							OffsetDateTime.class)),
					instant(row.getObject("end_time", OffsetDateTime.class)),
					instant(row.getObject("visible_until", OffsetDateTime.class)), row.getString("open_house_type"),
					row.getString("remarks"), instant(row.getObject("modification_timestamp", OffsetDateTime.class)));
			stored.put(record.openHouseKey(), new StoredOpenHouse(row.getLong("id"), record));
		}, feedId);
		return stored;
	}

	private static Object[] insertValues(String feedId, OpenHouseRecord openHouse, Instant now) {
		return new Object[] { feedId, openHouse.openHouseKey(), openHouse.listingKey(), openHouse.listingId(),
				openHouse.date(), timestamp(openHouse.startTime()), timestamp(openHouse.endTime()),
				timestamp(openHouse.visibleUntil()), openHouse.type(), openHouse.remarks(),
				timestamp(openHouse.modificationTimestamp()), timestamp(now) };
	}

	private static Object[] updateValues(OpenHouseRecord openHouse, Instant now, long id) {
		return new Object[] { openHouse.listingKey(), openHouse.listingId(), openHouse.date(),
				timestamp(openHouse.startTime()), timestamp(openHouse.endTime()), timestamp(openHouse.visibleUntil()),
				openHouse.type(), openHouse.remarks(), timestamp(openHouse.modificationTimestamp()), timestamp(now),
				id };
	}

	private static OffsetDateTime timestamp(Instant instant) {
		return (instant != null) ? instant.atOffset(ZoneOffset.UTC) : null;
	}

	private static Instant instant(OffsetDateTime timestamp) {
		return (timestamp != null) ? timestamp.toInstant() : null;
	}

	/** The rows that one replacement inserted, updated and deleted. */
	record Changes(int inserted, int updated, int deleted) {

	}

	/** A stored open house with its row id. */
	private record StoredOpenHouse(long id, OpenHouseRecord record) {

		/**
		 * Returns whether the stored row already contains {@code openHouse}. A listing key that the store filled in from
		 * the listing's MLS number counts as equal to none, because the feed gives only the number.
		 */
		boolean matches(OpenHouseRecord openHouse) {
			OpenHouseRecord incoming = openHouse;
			if (incoming.listingKey() == null && this.record.listingKey() != null) {
				incoming = new OpenHouseRecord(incoming.openHouseKey(), this.record.listingKey(), incoming.listingId(),
						incoming.date(), incoming.startTime(), incoming.endTime(), incoming.visibleUntil(),
						incoming.type(), incoming.remarks(), incoming.modificationTimestamp());
			}
			return this.record.equals(incoming);
		}

	}

}
