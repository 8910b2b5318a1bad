package org.porchlight.sync.openhouse;

import java.time.Instant;
import java.time.LocalDate;

/**
 * One open house ready to store.
 *
 * @param listingKey the listing's key, or {@code null} when the feed gives only its MLS number
 * @param listingId the listing's MLS number, or {@code null}
 * @param endTime the end, or {@code null} when the feed gives none
 * @param visibleUntil the end, or the end of the open house's day in the server's time zone
 * @param modificationTimestamp the server's modification time, or {@code null}
 */
record OpenHouseRecord(String openHouseKey, String listingKey, String listingId, LocalDate date, Instant startTime,
		Instant endTime, Instant visibleUntil, String type, String remarks, Instant modificationTimestamp) {
}
