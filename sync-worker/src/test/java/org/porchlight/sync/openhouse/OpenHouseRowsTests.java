package org.porchlight.sync.openhouse;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porchlight.rets.client.metadata.LookupValue;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.search.SearchRow;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Finding the open-house class in metadata and reading its rows, with hand-made metadata in the shapes that real
 * servers use.
 */
class OpenHouseRowsTests {

	private static final ZoneOffset SERVER_OFFSET = ZoneOffset.of("-05:00");

	@Test
	void sourceFoundByStandardName() {
		OpenHouseSource source = OpenHouseSource.find(metadata(openHouseResource("Events", "OpenHouse")), null, null,
				List.of()).orElseThrow();

		assertThat(source.describe()).isEqualTo("Events:OH");
		assertThat(source.systemName(OpenHouseSource.Field.START_TIME)).contains("OH_START");
		assertThat(source.missingFields()).isEmpty();
	}

	@Test
	void sourceMissingWithoutResource() {
		RetsMetadata metadata = metadata(new MetadataResource("Property", "Property", "Property", "LIST_1", List.of(),
				Map.of(), List.of()));

		assertThat(OpenHouseSource.find(metadata, null, null, List.of())).isEmpty();
		assertThat(OpenHouseSource.find(metadata, "OpenHouse", null, List.of())).isEmpty();
	}

	@Test
	void sourceOverrideNamesResourceAndClass() {
		RetsMetadata metadata = metadata(openHouseResource("Events", "Tours"));

		assertThat(OpenHouseSource.find(metadata, "events", "oh", List.of())).map(OpenHouseSource::describe)
			.contains("Events:OH");
		assertThat(OpenHouseSource.find(metadata, "Events", "Nope", List.of())).isEmpty();
	}

	@Test
	void confidentialFieldsNeverSelected() {
		OpenHouseSource source = OpenHouseSource.find(metadata(openHouseResource("Events", "OpenHouse")), null, null,
				List.of("OH_TYPE")).orElseThrow();

		assertThat(source.select()).doesNotContain("OH_AGENT_REMARKS", "OH_TYPE", "OH_AGENT_PHONE");
		assertThat(source.select()).contains("OH_KEY", "OH_REMARKS");
	}

	@Test
	void missingStartTimeIsReported() {
		MetadataResource resource = openHouseResource("Events", "OpenHouse");
		List<MetadataField> fields = new ArrayList<>(resource.classes().get(0).fields());
		fields.removeIf((field) -> field.systemName().equals("OH_START"));
		MetadataResource withoutStart = new MetadataResource("Events", "OpenHouse", "Events", "OH_KEY",
				List.of(new MetadataClass("OH", "OpenHouse", "Open houses", "", fields)), resource.lookups(), List.of());

		OpenHouseSource source = OpenHouseSource.find(metadata(withoutStart), null, null, List.of()).orElseThrow();

		assertThat(source.missingFields()).containsExactly("OpenHouseStartTime");
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', value = { "2026-05-02T13:00:00|2026-05-02T18:00:00Z",
			"2026-05-02 13:00:00|2026-05-02T18:00:00Z", "2026-05-02T13:00|2026-05-02T18:00:00Z",
			"2026-05-02T13:00:00Z|2026-05-02T13:00:00Z", "2026-05-02T13:00:00-07:00|2026-05-02T20:00:00Z",
			"13:00|2026-05-02T18:00:00Z", "1:00 PM|2026-05-02T18:00:00Z", "1:00pm|2026-05-02T18:00:00Z",
			"09:30|2026-05-02T14:30:00Z" })
	void startTimeForms(String text, String expected) {
		OpenHouseRecord record = rows().read(row(Map.of("OH_START", text)));

		assertThat(record.startTime()).isEqualTo(Instant.parse(expected));
	}

	@Test
	void decodesLookupsAndKeepsText() {
		OpenHouseRecord record = rows().read(row(Map.of("OH_TYPE", "P", "OH_REMARKS", "Cookies!")));

		assertThat(record.type()).isEqualTo("Public");
		assertThat(record.remarks()).isEqualTo("Cookies!");
		assertThat(record.date()).isEqualTo(LocalDate.of(2026, 5, 2));
		assertThat(record.endTime()).isEqualTo(Instant.parse("2026-05-02T20:00:00Z"));
		assertThat(record.visibleUntil()).isEqualTo(record.endTime());
	}

	@Test
	void missingEndVisibleUntilDayEnds() {
		OpenHouseRecord record = rows().read(row(Map.of("OH_END", "")));

		assertThat(record.endTime()).isNull();
		assertThat(record.visibleUntil()).isEqualTo(Instant.parse("2026-05-03T05:00:00Z"));
	}

	@Test
	void statusOtherThanActiveIsSkipped() {
		assertThat(rows().isActive(row(Map.of()))).isTrue();
		assertThat(rows().isActive(row(Map.of("OH_STATUS", "")))).isTrue();
		assertThat(rows().isActive(row(Map.of("OH_STATUS", "C")))).isFalse();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', quoteCharacter = '"', value = { "OH_KEY||the key (OH_KEY) is empty",
			"OH_START||the start time is empty", "OH_START|soon|'soon' is not a time",
			"OH_END|2026-05-02T12:00:00|is before the start time", "OH_DATE|May 2nd|'May 2nd' is not a date",
			"OH_MODIFIED|yesterday|'yesterday' is not a time" })
	void invalidRowsNameKeyAndValue(String field, String value, String message) {
		Map<String, String> changed = new HashMap<>();
		changed.put(field, (value != null) ? value : "");

		assertThatExceptionOfType(InvalidOpenHouseException.class).isThrownBy(() -> rows().read(row(changed)))
			.withMessageContaining(message)
			.withMessageContaining("of listing L-1");
	}

	@Test
	void rowWithoutListingIsInvalid() {
		assertThatExceptionOfType(InvalidOpenHouseException.class)
			.isThrownBy(() -> rows().read(row(Map.of("OH_LISTING_KEY", "", "OH_LISTING_ID", ""))))
			.withMessageContaining("OH-1")
			.withMessageContaining("names no listing");
	}

	private static OpenHouseRows rows() {
		OpenHouseSource source = OpenHouseSource.find(metadata(openHouseResource("Events", "OpenHouse")), null, null,
				List.of()).orElseThrow();
		return new OpenHouseRows(source, SERVER_OFFSET);
	}

	private static SearchRow row(Map<String, String> changes) {
		Map<String, String> values = new LinkedHashMap<>();
		values.put("OH_KEY", "OH-1");
		values.put("OH_LISTING_KEY", "L-1");
		values.put("OH_LISTING_ID", "24-101");
		values.put("OH_DATE", "2026-05-02");
		values.put("OH_START", "2026-05-02T13:00:00");
		values.put("OH_END", "2026-05-02T15:00:00");
		values.put("OH_STATUS", "A");
		values.putAll(changes);
		return new SearchRow() {

			@Override
			public List<String> columns() {
				return List.copyOf(values.keySet());
			}

			@Override
			public String get(String column) {
				return values.get(column);
			}

			@Override
			public Map<String, String> toMap() {
				return new LinkedHashMap<>(values);
			}

		};
	}

	private static RetsMetadata metadata(MetadataResource resource) {
		return new RetsMetadata("demo", "Demo", "1.0", "-05:00", List.of(resource));
	}

	private static MetadataResource openHouseResource(String resourceId, String standardName) {
		List<MetadataField> fields = List.of(field("OH_KEY", "OpenHouseKey", "Character", null),
				field("OH_LISTING_KEY", "ListingKey", "Character", null),
				field("OH_LISTING_ID", "ListingId", "Character", null),
				field("OH_DATE", "OpenHouseDate", "Date", null), field("OH_START", "OpenHouseStartTime", "DateTime", null),
				field("OH_END", "OpenHouseEndTime", "DateTime", null),
				field("OH_REMARKS", "OpenHouseRemarks", "Character", null),
				field("OH_AGENT_REMARKS", null, "Character", null), field("OH_AGENT_PHONE", null, "Character", null),
				field("OH_TYPE", "OpenHouseType", "Character", "OHTYPE"),
				field("OH_STATUS", "OpenHouseStatus", "Character", "OHSTATUS"),
				field("OH_MODIFIED", "ModificationTimestamp", "DateTime", null));
		Map<String, MetadataLookup> lookups = Map.of("OHTYPE",
				new MetadataLookup("OHTYPE", "Type", List.of(new LookupValue("P", "Pub", "Public"))), "OHSTATUS",
				new MetadataLookup("OHSTATUS", "Status",
						List.of(new LookupValue("A", "A", "Active"), new LookupValue("C", "C", "Cancelled"))));
		return new MetadataResource(resourceId, standardName, resourceId, "OH_KEY",
				List.of(new MetadataClass("OH", "OpenHouse", "Open houses", "", fields)), lookups, List.of());
	}

	private static MetadataField field(String systemName, String standardName, String dataType, String lookupName) {
		String longName = switch (systemName) {
			case "OH_AGENT_REMARKS" -> "Agent Remarks";
			case "OH_AGENT_PHONE" -> "Showing Agent Phone";
			default -> systemName;
		};
		return new MetadataField(systemName, standardName, longName, null, dataType, 50, null,
				(lookupName != null) ? "Lookup" : null, lookupName, true);
	}

}
