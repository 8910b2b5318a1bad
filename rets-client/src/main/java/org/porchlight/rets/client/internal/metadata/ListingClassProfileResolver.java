package org.porchlight.rets.client.internal.metadata;

import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.LookupValue;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataObjectType;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;

/**
 * Finds the fields replication depends on in a server's metadata, the same way for every server:
 * <ul>
 * <li>key: the resource's KeyField, which must be a field of the class;</li>
 * <li>status: the field with StandardName StandardStatus, ListingStatus, Status or ListStatus, else a field
 * whose LongName or SystemName is "Status";</li>
 * <li>Active values: the codes of the status lookup whose LongValue, ShortValue or Value is "Active"; a status
 * field without a lookup contains the literal text, so the value is "Active";</li>
 * <li>modification timestamp: StandardName ModificationTimestamp or LastModifiedDateTime, else a DateTime field
 * whose LongName contains "Modif" or is "Timestamp";</li>
 * <li>photo count and timestamp: the fields that the resource's Photo object type names, else the fields with
 * StandardName PhotosCount or PictureCount, and PhotosChangeTimestamp.</li>
 * </ul>
 * Names are matched ignoring case. When the key, the status field or an Active value cannot be found, the
 * exception names what is missing and where it looked.
 */
public final class ListingClassProfileResolver {

	private static final String[] STATUS_STANDARD_NAMES = { "StandardStatus", "ListingStatus", "Status", "ListStatus" };

	private ListingClassProfileResolver() {
	}

	public static ListingClassProfile resolve(RetsMetadata metadata, String resourceId, String className) {
		MetadataResource resource = metadata.resource(resourceId)
			.orElseThrow(() -> new RetsException("Resource '" + resourceId + "' is not in the metadata; resources are "
					+ metadata.resources().stream().map(MetadataResource::resourceId).toList()));
		MetadataClass metadataClass = resource.metadataClass(className)
			.orElseThrow(() -> new RetsException("Class '" + className + "' is not in resource " + resourceId
					+ "; classes are " + resource.classes().stream().map(MetadataClass::className).toList()));
		String where = resourceId + ":" + className;
		MetadataField key = keyField(resource, metadataClass);
		MetadataField status = statusField(metadataClass)
			.orElseThrow(() -> new RetsException("No status field found in " + where + ": looked for StandardName "
					+ String.join(", ", STATUS_STANDARD_NAMES) + " and for a LongName or SystemName 'Status' among "
					+ metadataClass.fields().size() + " fields"));
		Set<String> activeValues = activeValues(resource, status, where);
		return new ListingClassProfile(resource.resourceId(), metadataClass.className(), key.systemName(),
				status.systemName(), status.hasLookup() ? status.lookupName() : null, activeValues,
				modificationTimestampField(metadataClass).map(MetadataField::systemName).orElse(null),
				photoField(resource, metadataClass, true), photoField(resource, metadataClass, false));
	}

	static MetadataField keyField(MetadataResource resource, MetadataClass metadataClass) {
		String where = resource.resourceId() + ":" + metadataClass.className();
		if (resource.keyField() == null) {
			throw new RetsException("Resource " + resource.resourceId() + " names no KeyField in its metadata, so "
					+ "records of " + where + " cannot be identified");
		}
		return metadataClass.field(resource.keyField())
			.orElseThrow(() -> new RetsException("KeyField " + resource.keyField() + " of resource "
					+ resource.resourceId() + " is not a field of class " + where));
	}

	static Optional<MetadataField> statusField(MetadataClass metadataClass) {
		Optional<MetadataField> byStandardName = metadataClass.fieldByStandardName(STATUS_STANDARD_NAMES);
		if (byStandardName.isPresent()) {
			return byStandardName;
		}
		return metadataClass.fields()
			.stream()
			.filter((field) -> "Status".equalsIgnoreCase(field.longName()) || "Status".equalsIgnoreCase(field.systemName()))
			.findFirst();
	}

	static Set<String> activeValues(MetadataResource resource, MetadataField status, String where) {
		if (!status.hasLookup()) {
			return Set.of("Active");
		}
		MetadataLookup lookup = resource.lookup(status.lookupName())
			.orElseThrow(() -> new RetsException("No Active value found for status field " + status.systemName()
					+ " of " + where + ": its lookup " + status.lookupName() + " is not in the metadata of resource "
					+ resource.resourceId() + " (lookups loaded: " + resource.lookups().keySet() + ")"));
		Set<String> codes = new LinkedHashSet<>();
		for (LookupValue value : lookup.values()) {
			if (isActive(value.longValue()) || isActive(value.shortValue()) || isActive(value.value())) {
				codes.add(value.value());
			}
		}
		if (codes.isEmpty()) {
			throw new RetsException("No Active value found for status field " + status.systemName() + " of " + where
					+ ": none of the " + lookup.values().size() + " values of lookup " + lookup.lookupName()
					+ " has a LongValue, ShortValue or Value 'Active'");
		}
		return codes;
	}

	static Optional<MetadataField> modificationTimestampField(MetadataClass metadataClass) {
		Optional<MetadataField> byStandardName = metadataClass.fieldByStandardName("ModificationTimestamp",
				"LastModifiedDateTime");
		if (byStandardName.isPresent()) {
			return byStandardName;
		}
		return metadataClass.fields()
			.stream()
			.filter((field) -> "DateTime".equalsIgnoreCase(field.dataType()) && field.longName() != null)
			.filter((field) -> field.longName().toLowerCase(Locale.ROOT).contains("modif")
					|| field.longName().equalsIgnoreCase("Timestamp"))
			.findFirst();
	}

	private static String photoField(MetadataResource resource, MetadataClass metadataClass, boolean count) {
		Optional<MetadataObjectType> photo = resource.objectType("Photo");
		if (photo.isPresent()) {
			String name = count ? photo.get().objectCountField() : photo.get().objectTimestampField();
			if (name != null) {
				Optional<MetadataField> field = metadataClass.field(name);
				if (field.isPresent()) {
					return field.get().systemName();
				}
			}
		}
		List<String> standardNames = count ? List.of("PhotosCount", "PictureCount") : List.of("PhotosChangeTimestamp");
		return metadataClass.fieldByStandardName(standardNames.toArray(String[]::new))
			.map(MetadataField::systemName)
			.orElse(null);
	}

	private static boolean isActive(String value) {
		return value != null && value.trim().equalsIgnoreCase("Active");
	}

}
