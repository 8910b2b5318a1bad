package org.porchlight.rets.client.metadata;

import java.util.List;
import java.util.Optional;

/**
 * A server's metadata, navigable from resource to class to field to lookup values.
 *
 * @param systemId the SYSTEM's SystemID
 * @param version the metadata version the server reports, used to decide when a cached copy is stale
 * @param timeZoneOffset the SYSTEM's TimeZoneOffset, such as {@code -05:00}, or {@code null}
 * @param malformedRows COMPACT metadata rows skipped because their field count differed from COLUMNS
 * @param cleanedCharacters characters and character references that XML forbids, removed or repaired in COMPACT
 * metadata values
 */
public record RetsMetadata(String systemId, String systemDescription, String version, String timeZoneOffset,
		List<MetadataResource> resources, int malformedRows, long cleanedCharacters) {

	public RetsMetadata {
		resources = List.copyOf(resources);
	}

	/** Creates metadata in which no row was skipped and no character cleaned. */
	public RetsMetadata(String systemId, String systemDescription, String version, String timeZoneOffset,
			List<MetadataResource> resources) {
		this(systemId, systemDescription, version, timeZoneOffset, resources, 0, 0);
	}

	/** Finds a resource by ResourceID, ignoring case. */
	public Optional<MetadataResource> resource(String resourceId) {
		return this.resources.stream().filter((resource) -> resource.resourceId().equalsIgnoreCase(resourceId)).findFirst();
	}

}
