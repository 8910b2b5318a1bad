package org.porchlight.sync.photo;

import java.time.Instant;

/**
 * A listing whose photos must be fetched because it is new or its photo count or timestamp changed.
 *
 * @param listingId the listing's row id
 * @param listingKey the listing's KeyField value, used in GetObject
 * @param photoCount the photo count the server reports, or {@code null} when the feed has none
 * @param photoTimestamp when the photos last changed according to the server, or {@code null}
 */
public record PhotoTask(long listingId, String listingKey, Integer photoCount, Instant photoTimestamp) {
}
