package org.porchlight.sync.mapping;

import java.io.ByteArrayOutputStream;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.nio.charset.StandardCharsets;
import java.time.DateTimeException;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

import org.apache.commons.codec.digest.MurmurHash3;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.LookupValue;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.search.SearchRow;
import tools.jackson.core.JsonGenerator;
import tools.jackson.databind.json.JsonMapper;

/**
 * Maps the records of one RETS class to the listing model: StandardNames and configured SystemNames to RESO
 * columns, lookup codes to display values, text to typed values, and every other public field to the public
 * record. Confidential fields are dropped before anything else happens. Build one per run with
 * {@link #create(RetsMetadata, ListingClassProfile, Map, Collection)}, because it reflects the server's metadata.
 */
public final class ListingMapper {

	/** Changes whenever the mapping rules change, so that stored record hashes no longer match and rows remap. */
	private static final String RULES_REVISION = "2";

	/** Length of the {@code listing.public_record} column, in characters. */
	private static final int MAX_PUBLIC_RECORD_LENGTH = 200_000;

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final Pattern ENTIRE_LISTING_DISPLAY = Pattern.compile(
			"\\b(display on (public )?(web ?sites?|internet|idx)|internet (entire )?listing display|internet display)\\b");

	private static final Pattern ADDRESS_DISPLAY = Pattern
		.compile("\\b(internet address display|address display|display address)\\b");

	private static final Pattern ADDRESS_PART = Pattern.compile("\\b(street|address|directions?|house|geo|latitude|"
			+ "longitude|lat|lon|lng|unit|apt|apartment|po box|p o box|legal|parcel|cross streets?)\\b");

	private static final Pattern NOT_PROPERTY_ADDRESS = Pattern
		.compile("\\b(office|member|agent|broker|mailing|display)\\b");

	private final ListingClassProfile profile;

	private final ZoneOffset serverOffset;

	private final String propertyTypeDefault;

	/** Public fields by lower-case SystemName. */
	private final Map<String, PlannedField> publicFields;

	/** The planned field of each column name seen so far, so that a record's names are lowercased only once. */
	private final Map<String, Optional<PlannedField>> fieldsByColumn = new ConcurrentHashMap<>();

	/**
	 * The layout of the last record's columns. The records of one search share their columns, so each record after
	 * the first only checks that its names match.
	 */
	private volatile RecordLayout lastLayout;

	private final EnumMap<ListingField, PlannedField> sources;

	private final String rulesFingerprint;

	private final List<String> configurationWarnings;

	private ListingMapper(ListingClassProfile profile, ZoneOffset serverOffset, String propertyTypeDefault,
			Map<String, PlannedField> publicFields, EnumMap<ListingField, PlannedField> sources,
			String rulesFingerprint, List<String> configurationWarnings) {
		this.profile = profile;
		this.serverOffset = serverOffset;
		this.propertyTypeDefault = propertyTypeDefault;
		this.publicFields = publicFields;
		this.sources = sources;
		this.rulesFingerprint = rulesFingerprint;
		this.configurationWarnings = List.copyOf(configurationWarnings);
	}

	/**
	 * Plans the mapping of one class.
	 * @param overrides RESO field name to SystemName, for fields that StandardNames do not identify
	 * @param deniedSystemNames SystemNames never stored, in addition to the built-in confidential fields
	 * @throws RetsException if the metadata lacks the profile's resource or class
	 */
	public static ListingMapper create(RetsMetadata metadata, ListingClassProfile profile,
			Map<String, String> overrides, Collection<String> deniedSystemNames) {
		MetadataResource resource = metadata.resource(profile.resourceId())
			.orElseThrow(() -> new RetsException("The metadata has no resource " + profile.resourceId()));
		MetadataClass metadataClass = resource.metadataClass(profile.className())
			.orElseThrow(() -> new RetsException(
					"The metadata has no class " + profile.className() + " in resource " + profile.resourceId()));
		ConfidentialFields confidential = new ConfidentialFields(deniedSystemNames);
		List<String> warnings = new ArrayList<>();

		Map<String, PlannedField> publicFields = planPublicFields(resource, metadataClass, confidential);
		EnumMap<ListingField, PlannedField> sources = new EnumMap<>(ListingField.class);
		applyOverrides(overrides, metadataClass, publicFields, sources, warnings);
		applyProfile(profile, publicFields, sources);
		applyStandardNames(metadataClass, publicFields, sources);
		applyDisplayFlagNames(metadataClass, publicFields, sources);
		markAddressParts(publicFields, sources);

		String propertyType = firstText(metadataClass.visibleName(), metadataClass.standardName(),
				metadataClass.description(), metadataClass.className());
		String fingerprint = RULES_REVISION + "|" + metadata.version() + "|" + new TreeMap<>(overrides) + "|"
				+ deniedSystemNames.stream().sorted().toList();
		return new ListingMapper(profile, serverOffset(metadata.timeZoneOffset()), propertyType, publicFields,
				sources, fingerprint, warnings);
	}

	/**
	 * Returns the SystemNames of the class's fields that the mapper never stores: those that the built-in list of
	 * confidential fields matches, and {@code deniedSystemNames}.
	 */
	public static Set<String> deniedFields(MetadataClass metadataClass, Collection<String> deniedSystemNames) {
		ConfidentialFields confidential = new ConfidentialFields(deniedSystemNames);
		return metadataClass.fields()
			.stream()
			.filter(confidential::isDenied)
			.map(MetadataField::systemName)
			.collect(Collectors.toCollection(TreeSet::new));
	}

	/** Returns the SystemName of the class's KeyField. */
	public String keyField() {
		return this.profile.keyField();
	}

	/** Returns the offset of the server's clock, from its TimeZoneOffset, in which it writes and reads timestamps. */
	public ZoneOffset serverOffset() {
		return this.serverOffset;
	}

	/** Returns problems with the configured mapping, such as an override naming a field the class lacks. */
	public List<String> configurationWarnings() {
		return this.configurationWarnings;
	}

	/** Returns the SystemName that feeds a RESO field, such as {@code LIST_22} for {@code ListPrice}, or {@code null}. */
	public String sourceOf(String resoName) {
		return ListingField.byResoName(resoName)
			.map(this.sources::get)
			.map((planned) -> planned.field().systemName())
			.orElse(null);
	}

	/**
	 * Maps one record, given as SystemName to the text the server sent.
	 * @throws InvalidRecordException if the record has no key, so that it cannot be stored at all
	 */
	public MappedListing map(Map<String, String> record) {
		String[] names = new String[record.size()];
		String[] texts = new String[record.size()];
		int column = 0;
		for (Map.Entry<String, String> entry : record.entrySet()) {
			names[column] = entry.getKey();
			texts[column] = entry.getValue();
			column++;
		}
		return map(layoutOf(names), texts);
	}

	/**
	 * Maps one search row as {@link #map(Map)} maps {@code row.toMap()}, without building the map: where the row
	 * repeats a column name, the first column of that name counts.
	 * @throws InvalidRecordException if the record has no key, so that it cannot be stored at all
	 */
	public MappedListing map(SearchRow row) {
		RecordLayout layout = layoutOf(row.columns());
		String[] texts = new String[layout.names.length];
		for (int i = 0; i < texts.length; i++) {
			texts[i] = row.get(layout.names[i]);
		}
		return map(layout, texts);
	}

	private MappedListing map(RecordLayout layout, String[] texts) {
		String key = trimToNull(layout.value(texts, this.profile.keyField()));
		if (key == null) {
			throw new InvalidRecordException("The record has no value in the key field " + this.profile.keyField());
		}
		if (key.length() > ListingField.LISTING_KEY.length()) {
			throw new InvalidRecordException("The key '" + key + "' is longer than "
					+ ListingField.LISTING_KEY.length() + " characters");
		}
		List<String> issues = new ArrayList<>();
		Map<PlannedField, Object> values = parseValues(key, layout, texts, issues);

		EnumMap<ListingField, Object> columns = new EnumMap<>(ListingField.class);
		columns.put(ListingField.LISTING_KEY, key);
		this.sources.forEach((field, planned) -> {
			Object value = values.get(planned);
			if (value != null) {
				toColumn(key, field, planned, value, issues, columns);
			}
		});
		String statusCode = trimToNull(layout.value(texts, this.profile.statusField()));
		boolean active = statusCode != null && this.profile.activeValues().contains(statusCode);
		putStatus(statusCode, active, values, columns);
		deriveColumns(columns);

		boolean addressHidden = Boolean.FALSE.equals(columns.get(ListingField.INTERNET_ADDRESS_DISPLAY_YN));
		if (addressHidden) {
			columns.keySet().removeIf(ListingMapper::isAddressColumn);
		}
		boolean visible = active && !Boolean.FALSE.equals(columns.get(ListingField.INTERNET_ENTIRE_LISTING_DISPLAY_YN));
		String publicRecord = publicRecord(key, values, addressHidden, issues);
		return new MappedListing(key, columns, publicRecord, hash(layout, texts), visible, addressHidden, issues);
	}

	/**
	 * Returns the fingerprint of the rules this mapper applies: the rules revision, the server's metadata version,
	 * the overrides and the denied fields. Records stored under another fingerprint may be mapped differently.
	 */
	public String rulesFingerprint() {
		return this.rulesFingerprint;
	}

	/** Finds the planned field of a column as the server names it, ignoring case. */
	private PlannedField plannedField(String column) {
		return this.fieldsByColumn
			.computeIfAbsent(column, (name) -> Optional.ofNullable(this.publicFields.get(name.toLowerCase(Locale.ROOT))))
			.orElse(null);
	}

	/** Returns the layout of a record's distinct column names, in its iteration order, reusing the last one if it fits. */
	private RecordLayout layoutOf(String[] names) {
		RecordLayout layout = this.lastLayout;
		if (layout != null && Arrays.equals(layout.names, names)) {
			return layout;
		}
		return newLayout(Arrays.asList(names), names);
	}

	/** Returns the layout of a search row's columns, reusing the last one if it fits. */
	private RecordLayout layoutOf(List<String> columns) {
		RecordLayout layout = this.lastLayout;
		if (layout != null && (layout.columns == columns || layout.columns.equals(columns))) {
			return layout;
		}
		return newLayout(columns, new LinkedHashSet<>(columns).toArray(new String[0]));
	}

	private RecordLayout newLayout(List<String> columns, String[] names) {
		PlannedField[] planned = new PlannedField[names.length];
		for (int i = 0; i < names.length; i++) {
			planned[i] = plannedField(names[i]);
		}
		RecordLayout layout = new RecordLayout(columns, names, planned);
		this.lastLayout = layout;
		return layout;
	}

	private Map<PlannedField, Object> parseValues(String key, RecordLayout layout, String[] texts,
			List<String> issues) {
		Map<PlannedField, Object> values = new LinkedHashMap<>();
		for (int i = 0; i < texts.length; i++) {
			PlannedField planned = layout.planned[i];
			String text = trimToNull(texts[i]);
			if (planned == null || text == null) {
				continue;
			}
			try {
				values.put(planned, planned.parse(text, this.serverOffset));
			}
			catch (IllegalArgumentException ex) {
				issues.add(invalidValue(key, planned, text, ex.getMessage()));
			}
		}
		return values;
	}

	private void toColumn(String key, ListingField field, PlannedField planned, Object value, List<String> issues,
			EnumMap<ListingField, Object> columns) {
		try {
			columns.put(field, FieldValues.toColumn(field, value, this.serverOffset));
		}
		catch (IllegalArgumentException ex) {
			issues.add(invalidValue(key, planned, FieldValues.display(value),
					ex.getMessage() + " for " + field.resoName()));
		}
	}

	private void putStatus(String statusCode, boolean active, Map<PlannedField, Object> values,
			EnumMap<ListingField, Object> columns) {
		PlannedField statusField = this.publicFields.get(this.profile.statusField().toLowerCase(Locale.ROOT));
		Object decoded = (statusField != null) ? values.get(statusField) : null;
		String mlsStatus = (decoded != null) ? FieldValues.display(decoded) : statusCode;
		if (mlsStatus != null) {
			columns.put(ListingField.MLS_STATUS, truncate(mlsStatus, ListingField.MLS_STATUS.length()));
		}
		String standardStatus = active ? "Active" : StandardStatuses.normalize(mlsStatus);
		if (standardStatus != null) {
			columns.put(ListingField.STANDARD_STATUS, standardStatus);
		}
	}

	private void deriveColumns(EnumMap<ListingField, Object> columns) {
		if (!columns.containsKey(ListingField.PROPERTY_TYPE) && this.propertyTypeDefault != null) {
			columns.put(ListingField.PROPERTY_TYPE,
					truncate(this.propertyTypeDefault, ListingField.PROPERTY_TYPE.length()));
		}
		BigDecimal baths = (BigDecimal) columns.get(ListingField.BATHROOMS_TOTAL_DECIMAL);
		if (!columns.containsKey(ListingField.BATHROOMS_TOTAL_INTEGER) && baths != null) {
			// RESO counts every bathroom as one: two full and one half bath make 3, so 2.5 rounds up.
			columns.put(ListingField.BATHROOMS_TOTAL_INTEGER, baths.setScale(0, RoundingMode.CEILING).intValueExact());
		}
		if (!columns.containsKey(ListingField.UNPARSED_ADDRESS)) {
			String address = List
				.of(ListingField.STREET_NUMBER, ListingField.STREET_DIR_PREFIX, ListingField.STREET_NAME,
						ListingField.STREET_SUFFIX, ListingField.STREET_DIR_SUFFIX)
				.stream()
				.map(columns::get)
				.filter((part) -> part != null)
				.map(Object::toString)
				.collect(Collectors.joining(" "));
			Object unit = columns.get(ListingField.UNIT_NUMBER);
			if (unit != null && !address.isEmpty()) {
				address = address + " #" + unit;
			}
			if (!address.isEmpty()) {
				columns.put(ListingField.UNPARSED_ADDRESS, truncate(address, ListingField.UNPARSED_ADDRESS.length()));
			}
		}
	}

	private String publicRecord(String key, Map<PlannedField, Object> values, boolean addressHidden,
			List<String> issues) {
		Map<String, String> entries = new LinkedHashMap<>();
		values.forEach((planned, value) -> {
			if (!(addressHidden && planned.addressPart())) {
				entries.put(planned.label(), FieldValues.display(value));
			}
		});
		String json = toJson(entries);
		while (json.length() > MAX_PUBLIC_RECORD_LENGTH) {
			String longest = entries.entrySet()
				.stream()
				.max(Map.Entry.comparingByValue((a, b) -> Integer.compare(a.length(), b.length())))
				.map(Map.Entry::getKey)
				.orElseThrow();
			entries.remove(longest);
			issues.add(key + ": public record longer than " + MAX_PUBLIC_RECORD_LENGTH + " characters; dropped '"
					+ longest + "'");
			json = toJson(entries);
		}
		return json;
	}

	/** Writes the entries as one JSON object, straight to text without building a tree of nodes first. */
	private static String toJson(Map<String, String> entries) {
		StringWriter text = new StringWriter(64 * entries.size() + 2);
		try (JsonGenerator json = JSON.createGenerator(text)) {
			json.writeStartObject();
			entries.forEach(json::writeStringProperty);
			json.writeEndObject();
		}
		return text.toString();
	}

	/**
	 * Hashes the raw record with 128-bit MurmurHash3: the rules fingerprint, then each column name and value in the
	 * order of the names, so that the hash does not depend on the order in which the server sends the columns. The
	 * hash only detects changes, so it need not resist deliberate collisions. SHA-256 took about half of the mapping
	 * time in a profile of the sync benchmark.
	 */
	private String hash(RecordLayout layout, String[] texts) {
		HashInput input = new HashInput();
		input.writeBytes(this.rulesFingerprint.getBytes(StandardCharsets.UTF_8));
		for (int i : layout.sortedIndexes) {
			input.write(0);
			input.writeBytes(layout.nameBytes[i]);
			input.write(1);
			input.writeBytes(String.valueOf(texts[i]).getBytes(StandardCharsets.UTF_8));
		}
		long[] hash = MurmurHash3.hash128x64(input.bytes(), 0, input.size(), 0);
		return HexFormat.of().toHexDigits(hash[0]) + HexFormat.of().toHexDigits(hash[1]);
	}

	/** The bytes to hash, read without the copy that {@link ByteArrayOutputStream#toByteArray()} makes. */
	private static final class HashInput extends ByteArrayOutputStream {

		HashInput() {
			super(8192);
		}

		byte[] bytes() {
			return this.buf;
		}

	}

	private static Map<String, PlannedField> planPublicFields(MetadataResource resource, MetadataClass metadataClass,
			ConfidentialFields confidential) {
		Map<String, PlannedField> planned = new HashMap<>();
		FieldNames.publicLabels(metadataClass.fields(), confidential).forEach((field, label) -> {
			MetadataLookup lookup = field.hasLookup() ? resource.lookup(field.lookupName()).orElse(null) : null;
			boolean multi = "LookupMulti".equalsIgnoreCase(field.interpretation());
			String words = FieldNames.describe(field);
			boolean addressPart = ADDRESS_PART.matcher(words).find() && !NOT_PROPERTY_ADDRESS.matcher(words).find();
			planned.put(field.systemName().toLowerCase(Locale.ROOT),
					new PlannedField(field, label, lookup, multi, addressPart));
		});
		return planned;
	}

	private static void applyOverrides(Map<String, String> overrides, MetadataClass metadataClass,
			Map<String, PlannedField> publicFields, EnumMap<ListingField, PlannedField> sources,
			List<String> warnings) {
		overrides.forEach((resoName, systemName) -> {
			ListingField field = ListingField.byResoName(resoName).orElse(null);
			if (field == null || !field.isConfigurable()) {
				warnings.add("Mapping override " + resoName + "=" + systemName
						+ " ignored: no configurable field is named " + resoName);
				return;
			}
			if (metadataClass.field(systemName).isEmpty()) {
				warnings.add("Mapping override " + resoName + "=" + systemName + " ignored: class "
						+ metadataClass.className() + " has no field " + systemName);
				return;
			}
			PlannedField planned = publicFields.get(systemName.toLowerCase(Locale.ROOT));
			if (planned == null) {
				warnings.add("Mapping override " + resoName + "=" + systemName + " ignored: " + systemName
						+ " is confidential or listed in denied-fields, so it is never stored");
				return;
			}
			sources.put(field, planned);
		});
	}

	private static void applyProfile(ListingClassProfile profile, Map<String, PlannedField> publicFields,
			EnumMap<ListingField, PlannedField> sources) {
		putIfAbsent(sources, ListingField.MODIFICATION_TIMESTAMP, publicFields, profile.modificationTimestampField());
		putIfAbsent(sources, ListingField.PHOTOS_COUNT, publicFields, profile.photoCountField());
		putIfAbsent(sources, ListingField.PHOTOS_CHANGE_TIMESTAMP, publicFields, profile.photoTimestampField());
	}

	private static void applyStandardNames(MetadataClass metadataClass, Map<String, PlannedField> publicFields,
			EnumMap<ListingField, PlannedField> sources) {
		for (ListingField field : ListingField.values()) {
			if (sources.containsKey(field) || field.standardNames().isEmpty()) {
				continue;
			}
			for (String standardName : field.standardNames()) {
				PlannedField planned = metadataClass.fieldByStandardName(standardName)
					.map((candidate) -> publicFields.get(candidate.systemName().toLowerCase(Locale.ROOT)))
					.orElse(null);
				if (planned != null) {
					sources.put(field, planned);
					break;
				}
			}
		}
	}

	/** Finds the display permission fields by LongName when no StandardName identifies them. */
	private static void applyDisplayFlagNames(MetadataClass metadataClass, Map<String, PlannedField> publicFields,
			EnumMap<ListingField, PlannedField> sources) {
		for (MetadataField field : metadataClass.fields()) {
			PlannedField planned = publicFields.get(field.systemName().toLowerCase(Locale.ROOT));
			if (planned == null) {
				continue;
			}
			String words = FieldNames.describe(field);
			if (ADDRESS_DISPLAY.matcher(words).find()) {
				sources.putIfAbsent(ListingField.INTERNET_ADDRESS_DISPLAY_YN, planned);
			}
			else if (ENTIRE_LISTING_DISPLAY.matcher(words).find()) {
				sources.putIfAbsent(ListingField.INTERNET_ENTIRE_LISTING_DISPLAY_YN, planned);
			}
		}
	}

	/** Marks the sources of address columns as address parts, so a hidden address leaves the public record too. */
	private static void markAddressParts(Map<String, PlannedField> publicFields,
			EnumMap<ListingField, PlannedField> sources) {
		sources.forEach((field, planned) -> {
			if (isAddressColumn(field) && !planned.addressPart()) {
				publicFields.put(planned.field().systemName().toLowerCase(Locale.ROOT), planned.asAddressPart());
			}
		});
		sources.replaceAll((field, planned) -> publicFields.get(planned.field().systemName().toLowerCase(Locale.ROOT)));
	}

	private static boolean isAddressColumn(ListingField field) {
		return Set
			.of(ListingField.STREET_NUMBER, ListingField.STREET_DIR_PREFIX, ListingField.STREET_NAME,
					ListingField.STREET_SUFFIX, ListingField.STREET_DIR_SUFFIX, ListingField.UNIT_NUMBER,
					ListingField.UNPARSED_ADDRESS, ListingField.LATITUDE, ListingField.LONGITUDE)
			.contains(field);
	}

	private static void putIfAbsent(EnumMap<ListingField, PlannedField> sources, ListingField field,
			Map<String, PlannedField> publicFields, String systemName) {
		if (systemName != null && !sources.containsKey(field)) {
			PlannedField planned = publicFields.get(systemName.toLowerCase(Locale.ROOT));
			if (planned != null) {
				sources.put(field, planned);
			}
		}
	}

	private static ZoneOffset serverOffset(String timeZoneOffset) {
		if (timeZoneOffset == null || timeZoneOffset.isBlank()) {
			// RETS servers that state no offset mean GMT.
			return ZoneOffset.UTC;
		}
		try {
			return ZoneOffset.of(timeZoneOffset.trim());
		}
		catch (DateTimeException ex) {
			throw new RetsException("The server's TimeZoneOffset '" + timeZoneOffset + "' is not an offset such as -05:00");
		}
	}

	private static String invalidValue(String key, PlannedField planned, String value, String problem) {
		return "Listing " + key + ": field " + planned.field().systemName() + " (" + planned.label() + ") value '"
				+ truncate(value, 80) + "' is invalid: " + problem;
	}

	private static String firstText(String... candidates) {
		for (String candidate : candidates) {
			if (candidate != null && !candidate.isBlank()) {
				return candidate.trim();
			}
		}
		return null;
	}

	private static String trimToNull(String text) {
		if (text == null) {
			return null;
		}
		String trimmed = text.trim();
		return trimmed.isEmpty() ? null : trimmed;
	}

	private static String truncate(String text, int length) {
		return (text.length() <= length) ? text : text.substring(0, length);
	}

	/**
	 * The distinct column names of a record in its iteration order, with the planned field of each ({@code null} for
	 * a confidential or unknown column), their UTF-8 bytes and their indexes sorted by name.
	 */
	private static final class RecordLayout {

		/** The columns the layout was made for, which may repeat a name. */
		private final List<String> columns;

		private final String[] names;

		private final Map<String, Integer> indexes = new HashMap<>();

		private final PlannedField[] planned;

		private final byte[][] nameBytes;

		private final int[] sortedIndexes;

		RecordLayout(List<String> columns, String[] names, PlannedField[] planned) {
			this.columns = columns;
			this.names = names;
			for (int i = 0; i < names.length; i++) {
				this.indexes.put(names[i], i);
			}
			this.planned = planned;
			this.nameBytes = new byte[names.length][];
			for (int i = 0; i < names.length; i++) {
				this.nameBytes[i] = names[i].getBytes(StandardCharsets.UTF_8);
			}
			this.sortedIndexes = IntStream.range(0, names.length)
				.boxed()
				.sorted(Comparator.comparing((Integer i) -> names[i]))
				.mapToInt(Integer::intValue)
				.toArray();
		}

		/** Returns the value of the column named exactly {@code name}, or {@code null} when there is none. */
		String value(String[] texts, String name) {
			Integer index = this.indexes.get(name);
			return (index != null) ? texts[index] : null;
		}

	}

	/** A public field of the class, with what decoding it needs. */
	/**
	 * The mapper's plan for one public field. Each is planned once per mapper and used as a map key for every record,
	 * so it compares by identity. The generated record hashCode would hash the field's metadata and every lookup value.
	 */
	private record PlannedField(MetadataField field, String label, MetadataLookup lookup, boolean multi,
			boolean addressPart, Map<String, String> displayValues) {

		PlannedField(MetadataField field, String label, MetadataLookup lookup, boolean multi, boolean addressPart) {
			this(field, label, lookup, multi, addressPart, displayValues(lookup));
		}

		/** Maps each code of a lookup to its display value; where a code repeats, its first entry counts. */
		private static Map<String, String> displayValues(MetadataLookup lookup) {
			Map<String, String> displays = new HashMap<>();
			if (lookup != null) {
				for (LookupValue value : lookup.values()) {
					displays.putIfAbsent(value.value(), value.displayValue());
				}
			}
			return displays;
		}

		PlannedField asAddressPart() {
			return new PlannedField(this.field, this.label, this.lookup, this.multi, true, this.displayValues);
		}

		@Override
		public boolean equals(Object other) {
			return this == other;
		}

		@Override
		public int hashCode() {
			return System.identityHashCode(this);
		}

		/** Decodes lookup codes to display values, or parses the text by the field's data type. */
		Object parse(String text, ZoneOffset serverOffset) {
			if (this.lookup == null) {
				return FieldValues.parse(this.field.dataType(), text, serverOffset);
			}
			if (!this.multi) {
				return decode(text);
			}
			List<String> decoded = new ArrayList<>();
			for (String code : text.split(",")) {
				if (!code.isBlank()) {
					decoded.add(decode(code.trim()));
				}
			}
			return String.join(", ", decoded);
		}

		private String decode(String code) {
			return this.displayValues.getOrDefault(code, code);
		}

	}

}
