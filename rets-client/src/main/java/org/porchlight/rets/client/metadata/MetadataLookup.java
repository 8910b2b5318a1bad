package org.porchlight.rets.client.metadata;

import java.util.List;
import java.util.Optional;

/** A named lookup of a resource (METADATA-LOOKUP plus its METADATA-LOOKUP_TYPE values). */
public record MetadataLookup(String lookupName, String visibleName, List<LookupValue> values) {

	public MetadataLookup {
		values = List.copyOf(values);
	}

	/** Finds the entry whose code equals {@code code}. */
	public Optional<LookupValue> findByValue(String code) {
		return this.values.stream().filter((entry) -> entry.value().equals(code)).findFirst();
	}

}
