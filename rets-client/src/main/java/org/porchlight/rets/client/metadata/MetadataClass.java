package org.porchlight.rets.client.metadata;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

/** A class of a resource (METADATA-CLASS) with its fields (METADATA-TABLE). */
public record MetadataClass(String className, String standardName, String visibleName, String description,
		List<MetadataField> fields) {

	public MetadataClass {
		fields = List.copyOf(fields);
	}

	/** Finds a field by SystemName, ignoring case. */
	public Optional<MetadataField> field(String systemName) {
		return this.fields.stream().filter((field) -> field.systemName().equalsIgnoreCase(systemName)).findFirst();
	}

	/** Finds the first field whose StandardName equals one of {@code standardNames}, ignoring case. */
	public Optional<MetadataField> fieldByStandardName(String... standardNames) {
		for (String name : standardNames) {
			String wanted = name.toLowerCase(Locale.ROOT);
			Optional<MetadataField> found = this.fields.stream()
				.filter((field) -> field.standardName() != null
						&& field.standardName().toLowerCase(Locale.ROOT).equals(wanted))
				.findFirst();
			if (found.isPresent()) {
				return found;
			}
		}
		return Optional.empty();
	}

}
