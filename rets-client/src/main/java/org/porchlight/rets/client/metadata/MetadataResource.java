package org.porchlight.rets.client.metadata;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/** A resource (METADATA-RESOURCE) with its classes, lookups and object types. */
public record MetadataResource(String resourceId, String standardName, String visibleName, String keyField,
		List<MetadataClass> classes, Map<String, MetadataLookup> lookups, List<MetadataObjectType> objectTypes) {

	public MetadataResource {
		classes = List.copyOf(classes);
		lookups = Map.copyOf(lookups);
		objectTypes = List.copyOf(objectTypes);
	}

	/** Finds a class by name, ignoring case. */
	public Optional<MetadataClass> metadataClass(String className) {
		return this.classes.stream().filter((candidate) -> candidate.className().equalsIgnoreCase(className)).findFirst();
	}

	public Optional<MetadataLookup> lookup(String lookupName) {
		return Optional.ofNullable(this.lookups.get(lookupName));
	}

	/** Finds an object type by name, ignoring case. */
	public Optional<MetadataObjectType> objectType(String type) {
		return this.objectTypes.stream().filter((candidate) -> candidate.objectType().equalsIgnoreCase(type)).findFirst();
	}

}
