package org.porchlight.sync.openhouse;

import java.util.ArrayList;
import java.util.Collection;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.sync.mapping.ConfidentialFields;

/**
 * The resource and class in which a server keeps its open houses, and the field for each RESO Data Dictionary
 * OpenHouse field that Porchlight stores. Only these fields are requested, so showing agents' names and contacts
 * and other fields of the class never leave the server. A field that the confidential-field rules deny is left out
 * as if the class lacked it.
 *
 * @param resource the resource, whose lookups decode the fields' codes
 * @param className the class name
 * @param fields the metadata of each field the class has and the rules allow
 */
record OpenHouseSource(MetadataResource resource, String className, Map<Field, MetadataField> fields) {

	/** The RESO OpenHouse fields that Porchlight stores. */
	enum Field {

		OPEN_HOUSE_KEY("OpenHouseKey"), LISTING_KEY("ListingKey"), LISTING_ID("ListingId"),
		OPEN_HOUSE_DATE("OpenHouseDate"), START_TIME("OpenHouseStartTime"), END_TIME("OpenHouseEndTime"),
		REMARKS("OpenHouseRemarks"), TYPE("OpenHouseType"), STATUS("OpenHouseStatus"),
		MODIFICATION_TIMESTAMP("ModificationTimestamp");

		private final String resoName;

		Field(String resoName) {
			this.resoName = resoName;
		}

		String resoName() {
			return this.resoName;
		}

	}

	static final String RESO_RESOURCE = "OpenHouse";

	OpenHouseSource {
		fields = Map.copyOf(fields);
	}

	/**
	 * Finds the open-house resource and class in a server's metadata.
	 * @param resourceName the configured ResourceID, or {@code null} to find the resource whose StandardName or
	 * ResourceID is {@code OpenHouse}
	 * @param className the configured class, or {@code null} for the class whose StandardName is {@code OpenHouse},
	 * else the resource's first class
	 * @param deniedSystemNames SystemNames never to store, beside the built-in confidential-field rules
	 * @return the source, or empty when the server has no such resource or class
	 */
	static Optional<OpenHouseSource> find(RetsMetadata metadata, String resourceName, String className,
			Collection<String> deniedSystemNames) {
		Optional<MetadataResource> resource = (resourceName != null) ? metadata.resource(resourceName)
				: metadata.resources()
					.stream()
					.filter((candidate) -> RESO_RESOURCE.equalsIgnoreCase(candidate.standardName())
							|| RESO_RESOURCE.equalsIgnoreCase(candidate.resourceId()))
					.findFirst();
		if (resource.isEmpty()) {
			return Optional.empty();
		}
		Optional<MetadataClass> metadataClass = findClass(resource.get(), className);
		if (metadataClass.isEmpty()) {
			return Optional.empty();
		}
		ConfidentialFields confidential = new ConfidentialFields(deniedSystemNames);
		Map<Field, MetadataField> fields = new EnumMap<>(Field.class);
		for (Field field : Field.values()) {
			findField(resource.get(), metadataClass.get(), field)
				.filter((candidate) -> !confidential.isDenied(candidate))
				.ifPresent((found) -> fields.put(field, found));
		}
		return Optional.of(new OpenHouseSource(resource.get(), metadataClass.get().className(), fields));
	}

	private static Optional<MetadataClass> findClass(MetadataResource resource, String className) {
		if (className != null) {
			return resource.metadataClass(className);
		}
		List<MetadataClass> classes = resource.classes();
		return classes.stream()
			.filter((candidate) -> RESO_RESOURCE.equalsIgnoreCase(candidate.standardName()))
			.findFirst()
			.or(() -> classes.stream().findFirst());
	}

	// By StandardName, then by a SystemName equal to the RESO name as RESO-native servers name fields, and for the
	// key also the resource's KeyField.
	private static Optional<MetadataField> findField(MetadataResource resource, MetadataClass metadataClass,
			Field field) {
		Optional<MetadataField> found = metadataClass.fieldByStandardName(field.resoName())
			.or(() -> metadataClass.field(field.resoName()));
		if (found.isEmpty() && field == Field.OPEN_HOUSE_KEY && resource.keyField() != null) {
			found = metadataClass.field(resource.keyField());
		}
		return found;
	}

	/** Returns the SystemName of a field, if the class has it. */
	Optional<String> systemName(Field field) {
		return Optional.ofNullable(this.fields.get(field)).map(MetadataField::systemName);
	}

	/** Returns the SystemNames to request, in the order of {@link Field}. */
	List<String> select() {
		return this.fields.values().stream().map(MetadataField::systemName).distinct().toList();
	}

	/**
	 * Returns the names of the fields the class lacks for open houses to be stored at all: a key, a listing key or
	 * MLS number, and a start time.
	 */
	List<String> missingFields() {
		List<String> missing = new ArrayList<>();
		if (!this.fields.containsKey(Field.OPEN_HOUSE_KEY)) {
			missing.add(Field.OPEN_HOUSE_KEY.resoName());
		}
		if (!this.fields.containsKey(Field.LISTING_KEY) && !this.fields.containsKey(Field.LISTING_ID)) {
			missing.add(Field.LISTING_KEY.resoName() + " or " + Field.LISTING_ID.resoName());
		}
		if (!this.fields.containsKey(Field.START_TIME)) {
			missing.add(Field.START_TIME.resoName());
		}
		return missing;
	}

	/** Returns a description such as {@code OpenHouse:OpenHouse} for log lines. */
	String describe() {
		return this.resource.resourceId() + ":" + this.className;
	}

}
