package org.porchlight.rets.client.metadata;

import java.util.Set;

/**
 * The fields of a listing class that replication depends on, found in the server's metadata rather
 * than configured per server.
 *
 * @param resourceId the resource, such as {@code Property}
 * @param className the class, such as {@code A} or {@code RES}
 * @param keyField the resource's KeyField, which identifies a record (not the MLS number)
 * @param statusField the field that contains the listing status
 * @param statusLookupName the lookup that decodes {@code statusField}, or {@code null} if it has none
 * @param activeValues the codes of {@code statusField} that mean Active, as sent in COMPACT format
 * @param modificationTimestampField the record's last-modified field, or {@code null} if none was found
 * @param photoCountField the field holding the number of photos, or {@code null}
 * @param photoTimestampField the field holding when the photos last changed, or {@code null}
 */
public record ListingClassProfile(String resourceId, String className, String keyField, String statusField,
		String statusLookupName, Set<String> activeValues, String modificationTimestampField, String photoCountField,
		String photoTimestampField) {

	public ListingClassProfile {
		activeValues = Set.copyOf(activeValues);
	}

	/**
	 * Resolves the profile of {@code className} in {@code resourceId} from {@code metadata}.
	 * @throws org.porchlight.rets.client.RetsException if the resource or class does not exist, or if no
	 * status field or Active value can be identified. The message names what is missing
	 */
	public static ListingClassProfile resolve(RetsMetadata metadata, String resourceId, String className) {
		return org.porchlight.rets.client.internal.metadata.ListingClassProfileResolver.resolve(metadata, resourceId,
				className);
	}

}
