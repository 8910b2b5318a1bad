package org.porchlight.rets.client.internal.metadata;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.rets.client.metadata.LookupValue;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataObjectType;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;

/** Builds the typed metadata model from the rows of the GetMetadata responses, which use the RETS column names. */
final class MetadataAssembler {

	private MetadataAssembler() {
	}

	static RetsMetadata metadata(List<MetadataBlock> systemBlocks, List<MetadataResource> resources, int malformedRows,
			long cleanedCharacters) {
		String systemId = null;
		String description = null;
		String timeZoneOffset = null;
		String version = null;
		for (MetadataBlock block : systemBlocks) {
			if (!block.type().equals("SYSTEM")) {
				continue;
			}
			version = firstNonBlank(version, block.attribute("Version"));
			for (Map<String, String> row : block.rows()) {
				systemId = firstNonBlank(systemId, row.get("SystemID"));
				description = firstNonBlank(description, row.get("SystemDescription"));
				timeZoneOffset = firstNonBlank(timeZoneOffset, row.get("TimeZoneOffset"));
			}
		}
		return new RetsMetadata(systemId, description, version, timeZoneOffset, resources, malformedRows,
				cleanedCharacters);
	}

	static MetadataResource resource(Map<String, String> row, List<MetadataClass> classes,
			Map<String, MetadataLookup> lookups, List<MetadataObjectType> objectTypes) {
		return new MetadataResource(row.get("ResourceID"), blankToNull(row.get("StandardName")),
				blankToNull(row.get("VisibleName")), blankToNull(row.get("KeyField")), classes, lookups, objectTypes);
	}

	static MetadataClass metadataClass(Map<String, String> row, List<MetadataField> fields) {
		return new MetadataClass(row.get("ClassName"), blankToNull(row.get("StandardName")),
				blankToNull(row.get("VisibleName")), blankToNull(row.get("Description")), fields);
	}

	static MetadataField field(Map<String, String> row) {
		return new MetadataField(row.get("SystemName"), blankToNull(row.get("StandardName")),
				blankToNull(row.get("LongName")), blankToNull(row.get("ShortName")), blankToNull(row.get("DataType")),
				integer(row.get("MaximumLength")), integer(row.get("Precision")),
				blankToNull(row.get("Interpretation")), blankToNull(row.get("LookupName")),
				flag(row.get("Searchable")));
	}

	static MetadataObjectType objectType(Map<String, String> row) {
		return new MetadataObjectType(row.get("ObjectType"), blankToNull(row.get("MimeType")),
				blankToNull(row.get("VisibleName")), blankToNull(row.get("Description")),
				blankToNull(row.get("ObjectTimeStamp")), blankToNull(row.get("ObjectCount")));
	}

	/**
	 * Builds the lookups of a resource from METADATA-LOOKUP rows (names and visible names) and METADATA-LOOKUP_TYPE
	 * blocks (values). A lookup that has values but no LOOKUP row is kept, with no visible name.
	 */
	static Map<String, MetadataLookup> lookups(List<Map<String, String>> lookupRows, List<MetadataBlock> valueBlocks) {
		Map<String, String> visibleNames = new LinkedHashMap<>();
		for (Map<String, String> row : lookupRows) {
			String name = row.get("LookupName");
			if (name != null && !name.isBlank()) {
				visibleNames.put(name, blankToNull(row.get("VisibleName")));
			}
		}
		Map<String, List<LookupValue>> values = new LinkedHashMap<>();
		for (MetadataBlock block : valueBlocks) {
			String name = block.attribute("Lookup");
			if (name == null || name.isBlank()) {
				continue;
			}
			List<LookupValue> entries = values.computeIfAbsent(name, (key) -> new ArrayList<>());
			for (Map<String, String> row : block.rows()) {
				String value = row.get("Value");
				if (value != null) {
					entries.add(new LookupValue(value, blankToNull(row.get("ShortValue")),
							blankToNull(row.get("LongValue"))));
				}
			}
		}
		Map<String, MetadataLookup> lookups = new LinkedHashMap<>();
		visibleNames.forEach((name, visible) -> lookups.put(name,
				new MetadataLookup(name, visible, values.getOrDefault(name, List.of()))));
		values.forEach((name, entries) -> lookups.putIfAbsent(name, new MetadataLookup(name, null, entries)));
		return lookups;
	}

	private static String firstNonBlank(String current, String candidate) {
		return (current != null) ? current : blankToNull(candidate);
	}

	static String blankToNull(String value) {
		return (value == null || value.isBlank()) ? null : value.trim();
	}

	private static Integer integer(String value) {
		if (value == null || value.isBlank()) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return null;
		}
	}

	private static boolean flag(String value) {
		if (value == null) {
			return false;
		}
		String trimmed = value.trim();
		return trimmed.equals("1") || trimmed.equalsIgnoreCase("true") || trimmed.equalsIgnoreCase("Y");
	}

}
