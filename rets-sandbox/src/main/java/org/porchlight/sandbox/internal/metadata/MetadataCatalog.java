package org.porchlight.sandbox.internal.metadata;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The metadata the sandbox serves: the flexmls "demomls" STANDARD-XML captures (SYSTEM, RESOURCE,
 * Property's CLASS, TABLE of class A, OBJECT and one LOOKUP_TYPE) plus the lookups and the OpenHouse class
 * that the sandbox defines itself in the same form.
 */
public final class MetadataCatalog {

	static final String RESOURCE_PATH = "org/porchlight/sandbox/";

	private static final List<String> CAPTURED_FILES = List.of("captured/metadata-system.txt",
			"captured/metadata-resource.txt", "captured/metadata-class-property.txt",
			"captured/metadata-table-property-a.txt", "captured/metadata-object-property.txt",
			"captured/metadata-lookup-type-book-section.txt");

	private static final String DEFINED_LOOKUPS = "defined/metadata-lookups.xml";

	/** The CLASS and TABLE of resource OpenHouse, whose RESOURCE row the capture lists without them. */
	private static final String DEFINED_OPEN_HOUSES = "defined/metadata-openhouse.xml";

	private final MetadataBlock system;

	private final MetadataBlock resources;

	private final Map<String, MetadataBlock> classes = new LinkedHashMap<>();

	private final Map<String, Map<String, MetadataBlock>> tables = new LinkedHashMap<>();

	private final Map<String, MetadataBlock> objects = new LinkedHashMap<>();

	private final Map<String, MetadataBlock> lookups = new LinkedHashMap<>();

	private final Map<String, Map<String, MetadataBlock>> lookupTypes = new LinkedHashMap<>();

	private final Map<String, LookupValues> lookupValues = new LinkedHashMap<>();

	private MetadataCatalog(List<MetadataBlock> blocks) {
		MetadataBlock systemBlock = null;
		MetadataBlock resourceBlock = null;
		for (MetadataBlock block : blocks) {
			String resource = block.attribute("Resource");
			switch (block.type()) {
				case "SYSTEM" -> systemBlock = block;
				case "RESOURCE" -> resourceBlock = block;
				case "CLASS" -> this.classes.put(resource, block);
				case "TABLE" -> this.tables.computeIfAbsent(resource, (key) -> new LinkedHashMap<>())
					.put(block.attribute("Class"), block);
				case "OBJECT" -> this.objects.put(resource, block);
				case "LOOKUP" -> this.lookups.put(resource, block);
				case "LOOKUP_TYPE" -> {
					this.lookupTypes.computeIfAbsent(resource, (key) -> new LinkedHashMap<>())
						.put(block.attribute("Lookup"), block);
					this.lookupValues.put(block.attribute("Lookup"), new LookupValues(block));
				}
				default -> throw new IllegalStateException("Unexpected metadata type " + block.type());
			}
		}
		if (systemBlock == null || resourceBlock == null) {
			throw new IllegalStateException("The metadata has no SYSTEM or no RESOURCE block");
		}
		this.system = systemBlock;
		this.resources = resourceBlock;
		checkLookupsHaveValues();
	}

	/** Loads the captured and the defined metadata from the class path. */
	public static MetadataCatalog load() {
		List<MetadataBlock> blocks = new ArrayList<>();
		for (String file : CAPTURED_FILES) {
			byte[] body = CapturedResponse.load(RESOURCE_PATH + file).body();
			blocks.addAll(StandardXmlMetadataReader.read(body, true));
		}
		byte[] defined = CapturedResponse.readResource(RESOURCE_PATH + DEFINED_LOOKUPS);
		blocks.addAll(StandardXmlMetadataReader.read(defined, false));
		byte[] openHouses = CapturedResponse.readResource(RESOURCE_PATH + DEFINED_OPEN_HOUSES);
		blocks.addAll(StandardXmlMetadataReader.read(openHouses, false));
		return new MetadataCatalog(blocks);
	}

	private void checkLookupsHaveValues() {
		for (Map.Entry<String, MetadataBlock> entry : this.lookups.entrySet()) {
			MetadataBlock block = entry.getValue();
			for (List<String> row : block.rows()) {
				String name = block.value(row, "LookupName");
				if (!this.lookupTypes.getOrDefault(entry.getKey(), Map.of()).containsKey(name)) {
					throw new IllegalStateException("Lookup " + name + " is listed in METADATA-LOOKUP but has no values");
				}
			}
		}
	}

	/** Returns the METADATA-SYSTEM Version, which is also the version of every other block. */
	public String version() {
		return this.system.attribute("Version");
	}

	/** Returns the METADATA-SYSTEM Date. */
	public String date() {
		return this.system.attribute("Date");
	}

	/** Returns the SYSTEM's TimeZoneOffset, the offset of every DateTime value the server sends. */
	public ZoneOffset timeZoneOffset() {
		String offset = this.system.value(this.system.rows().get(0), "TimeZoneOffset");
		return offset.isEmpty() ? ZoneOffset.UTC : ZoneOffset.of(offset);
	}

	/** Returns the KeyField of {@code resource}, if the resource exists. */
	public Optional<String> keyField(String resource) {
		return this.resources.rows()
			.stream()
			.filter((row) -> this.resources.value(row, "ResourceID").equals(resource))
			.map((row) -> this.resources.value(row, "KeyField"))
			.findFirst();
	}

	/** Returns the classes of {@code resource} that have a METADATA-TABLE, in metadata order. */
	public List<String> searchableClasses(String resource) {
		return List.copyOf(this.tables.getOrDefault(resource, Map.of()).keySet());
	}

	/** Returns the fields of a class keyed by SystemName in METADATA-TABLE order, if the class has a table. */
	public Optional<Map<String, FieldDefinition>> fields(String resource, String className) {
		MetadataBlock table = this.tables.getOrDefault(resource, Map.of()).get(className);
		if (table == null) {
			return Optional.empty();
		}
		Map<String, FieldDefinition> fields = new LinkedHashMap<>();
		for (List<String> row : table.rows()) {
			FieldDefinition field = new FieldDefinition(table.value(row, "SystemName"), table.value(row, "StandardName"),
					table.value(row, "LongName"), table.value(row, "DataType"),
					parseInt(table.value(row, "MaximumLength")), parseInt(table.value(row, "Precision")),
					table.value(row, "Interpretation"), table.value(row, "LookupName"),
					"1".equals(table.value(row, "Searchable")));
			fields.put(field.systemName(), field);
		}
		return Optional.of(Collections.unmodifiableMap(fields));
	}

	/** Returns the values of lookup {@code lookupName}, if the sandbox has them. */
	public Optional<LookupValues> lookup(String lookupName) {
		return Optional.ofNullable(this.lookupValues.get(lookupName));
	}

	/** Returns the METADATA-OBJECT block of {@code resource}, if there is one. */
	public Optional<MetadataBlock> objectTypes(String resource) {
		return Optional.ofNullable(this.objects.get(resource));
	}

	/**
	 * Selects the blocks that a GetMetadata request names.
	 * @param type the Type argument without the {@code METADATA-} prefix, in any case
	 * @param id the ID argument: {@code 0}, {@code *}, a resource, or {@code resource:name} where name is a
	 * class, lookup or object type depending on {@code type}, or {@code *}
	 * @throws NoMetadataException if nothing matches
	 */
	public List<MetadataBlock> select(String type, String id) {
		String upperType = type.toUpperCase(Locale.ROOT);
		String[] parts = id.split(":", 2);
		String resource = parts[0].trim();
		String name = (parts.length > 1) ? parts[1].trim() : "*";
		boolean allResources = resource.isEmpty() || resource.equals("*") || resource.equals("0");
		List<MetadataBlock> selected = switch (upperType) {
			case "SYSTEM" -> id.trim().equals("*") ? everything() : List.of(this.system);
			case "RESOURCE" -> allResources ? List.of(this.resources)
					: nonEmpty(this.resources.filter((row) -> this.resources.value(row, "ResourceID").equals(resource)));
			case "CLASS" -> pick(this.classes, resource, allResources, name, "ClassName");
			case "TABLE" -> selectTables(resource, allResources, name);
			case "OBJECT" -> pick(this.objects, resource, allResources, name, "ObjectType");
			case "LOOKUP" -> pick(this.lookups, resource, allResources, name, "LookupName");
			case "LOOKUP_TYPE" -> selectLookupTypes(resource, allResources, name);
			default -> List.of();
		};
		if (selected.isEmpty()) {
			throw new NoMetadataException("No metadata found for Type METADATA-" + upperType + " and ID " + id);
		}
		return selected;
	}

	private List<MetadataBlock> everything() {
		List<MetadataBlock> all = new ArrayList<>();
		all.add(this.system);
		all.add(this.resources);
		for (String resource : this.classes.keySet()) {
			all.add(this.classes.get(resource));
			all.addAll(this.tables.getOrDefault(resource, Map.of()).values());
		}
		all.addAll(this.objects.values());
		for (String resource : this.lookups.keySet()) {
			all.add(this.lookups.get(resource));
			all.addAll(this.lookupTypes.getOrDefault(resource, Map.of()).values());
		}
		return all;
	}

	private List<MetadataBlock> pick(Map<String, MetadataBlock> byResource, String resource, boolean allResources,
			String name, String nameColumn) {
		if (allResources) {
			return List.copyOf(byResource.values());
		}
		MetadataBlock block = byResource.get(resource);
		if (block == null) {
			return List.of();
		}
		if (name.equals("*") || name.equals("0")) {
			return List.of(block);
		}
		return nonEmpty(block.filter((row) -> block.value(row, nameColumn).equals(name)));
	}

	private List<MetadataBlock> selectTables(String resource, boolean allResources, String className) {
		if (allResources) {
			return this.tables.values().stream().flatMap((byClass) -> byClass.values().stream()).toList();
		}
		Map<String, MetadataBlock> byClass = this.tables.getOrDefault(resource, Map.of());
		if (className.equals("*") || className.equals("0")) {
			return List.copyOf(byClass.values());
		}
		MetadataBlock table = byClass.get(className);
		return (table != null) ? List.of(table) : List.of();
	}

	private List<MetadataBlock> selectLookupTypes(String resource, boolean allResources, String lookupName) {
		if (allResources) {
			return this.lookupTypes.values().stream().flatMap((byName) -> byName.values().stream()).toList();
		}
		Map<String, MetadataBlock> byName = this.lookupTypes.getOrDefault(resource, Map.of());
		if (lookupName.equals("*") || lookupName.equals("0")) {
			return List.copyOf(byName.values());
		}
		MetadataBlock block = byName.get(lookupName);
		return (block != null) ? List.of(block) : List.of();
	}

	private static List<MetadataBlock> nonEmpty(MetadataBlock block) {
		return block.rows().isEmpty() ? List.of() : List.of(block);
	}

	private static int parseInt(String text) {
		return text.isBlank() ? 0 : Integer.parseInt(text.trim());
	}

}
