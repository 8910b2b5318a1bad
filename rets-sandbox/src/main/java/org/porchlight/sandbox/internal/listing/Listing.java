package org.porchlight.sandbox.internal.listing;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * One listing record of class A as the sandbox stores it: the non-empty COMPACT values by SystemName
 * and the photos that GetObject serves for it.
 *
 * @param key the KeyField (LIST_1) value
 * @param values the COMPACT values by SystemName; fields without a value are absent
 * @param photos the photos in Object-ID order (the first is Object-ID 1 and the preferred photo)
 */
public record Listing(String key, Map<String, String> values, List<ListingPhoto> photos) {

	public Listing {
		Map<String, String> copy = new LinkedHashMap<>();
		values.forEach((name, value) -> {
			if (value != null && !value.isEmpty()) {
				copy.put(name, value);
			}
		});
		values = Collections.unmodifiableMap(copy);
		photos = List.copyOf(photos);
	}

	/** Returns the value of a field, or {@code ""} when it has none. */
	public String value(String systemName) {
		return this.values.getOrDefault(systemName, "");
	}

	/** Returns a copy with one field changed; an empty value clears the field. */
	public Listing with(String systemName, String value) {
		Map<String, String> changed = new LinkedHashMap<>(this.values);
		changed.put(systemName, value);
		return new Listing(this.key, changed, this.photos);
	}

	/** Returns a copy with other photos. */
	public Listing withPhotos(List<ListingPhoto> newPhotos) {
		return new Listing(this.key, this.values, newPhotos);
	}

}
