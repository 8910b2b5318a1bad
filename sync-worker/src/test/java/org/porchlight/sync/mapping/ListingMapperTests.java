package org.porchlight.sync.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.search.SearchRow;
import org.porchlight.sync.store.Listing;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class ListingMapperTests {

	private static final Map<String, String> DEMO_OVERRIDES = Map.of("ListOfficeName", "listing_office_name",
			"ListOfficePhone", "listing_office_phone", "ListAgentFullName", "listing_member_name", "YearBuilt",
			"LIST_53");

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void standardNamesMapToResoColumns() {
		MappedListing mapped = mapper(Map.of(), List.of()).map(DemoMetadata.record("K1"));

		assertThat(mapped.listingKey()).isEqualTo("K1");
		assertThat(mapped.value("ListingId")).isEqualTo("ML-K1");
		assertThat(mapped.value("ListPrice")).isEqualTo(new BigDecimal("249900.00"));
		assertThat(mapped.value("StreetNumber")).isEqualTo("1402");
		assertThat(mapped.value("StreetName")).isEqualTo("Elm");
		assertThat(mapped.value("StreetSuffix")).isEqualTo("St");
		assertThat(mapped.value("CountyOrParish")).isEqualTo("Cass");
		assertThat(mapped.value("PostalCode")).isEqualTo("58102");
		assertThat(mapped.value("Latitude")).isEqualTo(new BigDecimal("46.8771860"));
		assertThat(mapped.value("Longitude")).isEqualTo(new BigDecimal("-96.7898030"));
		assertThat(mapped.value("LivingArea")).isEqualTo(new BigDecimal("1850.00"));
		assertThat(mapped.value("BedroomsTotal")).isEqualTo(3);
		assertThat(mapped.value("BathroomsTotalDecimal")).isEqualTo(new BigDecimal("2.50"));
		assertThat(mapped.value("SubdivisionName")).isEqualTo("Oak Park");
		assertThat(mapped.value("PublicRemarks")).isEqualTo("Bright ranch home near the park.");
		assertThat(mapped.value("ListingContractDate")).isEqualTo(LocalDate.of(2024, 2, 20));
		assertThat(mapped.photoCount()).isEqualTo(4);
		assertThat(mapped.issues()).isEmpty();
	}

	@Test
	void derivedColumnsFillGaps() {
		MappedListing mapped = mapper(Map.of(), List.of()).map(DemoMetadata.record("K1"));

		assertThat(mapped.value("BathroomsTotalInteger")).isEqualTo(3);
		assertThat(mapped.value("UnparsedAddress")).isEqualTo("1402 Elm St");
		assertThat(mapped.value("PropertyType")).isEqualTo("Residential");
	}

	@Test
	void overridesMapFieldsWithoutStandardNames() {
		MappedListing plain = mapper(Map.of(), List.of()).map(DemoMetadata.record("K1"));
		MappedListing overridden = mapper(DEMO_OVERRIDES, List.of()).map(DemoMetadata.record("K1"));

		assertThat(plain.value("YearBuilt")).isNull();
		assertThat(plain.value("ListOfficeName")).isNull();
		assertThat(overridden.value("YearBuilt")).isEqualTo(1978);
		assertThat(overridden.value("ListOfficeName")).isEqualTo("Prairie Realty");
		assertThat(overridden.value("ListOfficePhone")).isEqualTo("(555) 010-0199");
		assertThat(overridden.value("ListAgentFullName")).isEqualTo("Agent Placeholder A");
	}

	@Test
	void overrideNamesAreCaseInsensitive() {
		ListingMapper mapper = mapper(Map.of("yearbuilt", "LIST_53"), List.of());

		assertThat(mapper.sourceOf("YearBuilt")).isEqualTo("LIST_53");
		assertThat(mapper.configurationWarnings()).isEmpty();
	}

	@Test
	void invalidOverridesAreReported() {
		ListingMapper mapper = mapper(Map.of("NoSuchField", "LIST_53", "YearBuilt", "LIST_999"), List.of());

		assertThat(mapper.configurationWarnings()).hasSize(2);
		assertThat(mapper.configurationWarnings()).anyMatch((warning) -> warning.contains("NoSuchField"));
		assertThat(mapper.configurationWarnings()).anyMatch((warning) -> warning.contains("LIST_999"));
		assertThat(mapper.sourceOf("YearBuilt")).isNull();
	}

	@Test
	void lookupCodesDecodeToLongValues() {
		Map<String, String> record = DemoMetadata.record("K1");
		record.put("GF20000724202808614931000000", "AC1,AC3,UNKNOWN");

		MappedListing mapped = mapper(Map.of(), List.of()).map(record);
		JsonNode publicRecord = this.json.readTree(mapped.publicRecord());

		assertThat(mapped.value("City")).isEqualTo("Fargo");
		assertThat(mapped.value("StateOrProvince")).isEqualTo("North Dakota");
		assertThat(mapped.value("MlsStatus")).isEqualTo("Active");
		assertThat(publicRecord.get("City").asString()).isEqualTo("Fargo");
		assertThat(publicRecord.get("Cooling").asString()).isEqualTo("Central Air, Window Unit, UNKNOWN");
	}

	@Test
	void statusNormalizesToStandardStatus() {
		Map<String, String> record = DemoMetadata.record("K1");
		record.put("LIST_15", DemoMetadata.PENDING);
		ListingMapper mapper = mapper(Map.of(), List.of());

		MappedListing active = mapper.map(DemoMetadata.record("K0"));
		MappedListing pending = mapper.map(record);

		assertThat(active.value("StandardStatus")).isEqualTo("Active");
		assertThat(active.visible()).isTrue();
		assertThat(pending.value("StandardStatus")).isEqualTo("Pending");
		assertThat(pending.value("MlsStatus")).isEqualTo("Pending");
		assertThat(pending.visible()).isFalse();
	}

	@Test
	void localTimesUseServerOffset() {
		Map<String, String> record = DemoMetadata.record("K1");
		record.put("LIST_134", "2024-03-01T09:00:00Z");

		MappedListing mapped = mapper(Map.of(), List.of()).map(record);

		assertThat(mapped.value("ModificationTimestamp")).isEqualTo(Instant.parse("2024-03-01T15:15:00Z"));
		assertThat(mapped.photoTimestamp()).isEqualTo(Instant.parse("2024-03-01T09:00:00Z"));
	}

	@Test
	void invalidValueIsReportedWithKeyAndDropped() {
		Map<String, String> record = DemoMetadata.record("K42");
		record.put("LIST_22", "249,9OO");
		record.put("LIST_87", "yesterday");

		MappedListing mapped = mapper(Map.of(), List.of()).map(record);

		assertThat(mapped.issues()).hasSize(2);
		assertThat(mapped.issues().get(0)).contains("K42", "LIST_22", "249,9OO");
		assertThat(mapped.issues().get(1)).contains("K42", "LIST_87", "yesterday");
		assertThat(mapped.value("ListPrice")).isNull();
		assertThat(mapped.value("ModificationTimestamp")).isNull();
		assertThat(mapped.value("City")).isEqualTo("Fargo");
		assertThat(this.json.readTree(mapped.publicRecord()).has("List Price")).isFalse();
	}

	@Test
	void valueTooLargeForColumnIsReported() {
		Map<String, String> record = DemoMetadata.record("K1");
		record.put("LIST_67", "123456.5");

		MappedListing mapped = mapper(Map.of(), List.of()).map(record);

		assertThat(mapped.value("BathroomsTotalDecimal")).isNull();
		assertThat(mapped.issues()).singleElement().asString().contains("K1", "LIST_67", "BathroomsTotalDecimal");
	}

	@Test
	void recordWithoutKeyIsRejected() {
		Map<String, String> record = DemoMetadata.record("K1");
		record.put("LIST_1", " ");

		assertThatExceptionOfType(InvalidRecordException.class)
			.isThrownBy(() -> mapper(Map.of(), List.of()).map(record))
			.withMessageContaining("LIST_1");
	}

	@Test
	void confidentialValuesNeverLeaveTheMapper() {
		MappedListing mapped = mapper(DEMO_OVERRIDES, List.of()).map(DemoMetadata.record("K1"));
		Listing listing = new Listing();
		mapped.applyTo(listing);

		assertThat(mapped.publicRecord()).doesNotContain("SECRET").doesNotContain("9999.99");
		assertThat(mapped.issues()).allSatisfy((issue) -> assertThat(issue).doesNotContain("SECRET"));
		assertThat(columnValues(listing)).noneMatch((value) -> value.contains("SECRET"));
		assertThat(this.json.readTree(mapped.publicRecord()).propertyNames()).doesNotContain("Private Remarks",
				"How To Show", "Lock Box Nbr", "Owner", "Owner Phone", "Owner Contact", "Selling Office Comm.",
				"Other Comm.", "Buyer", "Semi-Private Remarks", "ListingMemberEmail", "Listing Member Email",
				"Financial: Sales Commission");
	}

	@Test
	void camelCaseLongNameShowsAsWords() {
		MappedListing mapped = mapper(DEMO_OVERRIDES, List.of()).map(DemoMetadata.record("K1"));

		JsonNode publicRecord = this.json.readTree(mapped.publicRecord());
		assertThat(publicRecord.path("Listing Member Name").asString()).isEqualTo("Agent Placeholder A");
		assertThat(publicRecord.path("Listing Office Name").asString()).isEqualTo("Prairie Realty");
		assertThat(publicRecord.propertyNames()).doesNotContain("ListingMemberName", "ListingOfficeName");
	}

	@Test
	void overrideCannotExposeConfidentialField() {
		ListingMapper mapper = mapper(Map.of("PublicRemarks", "LIST_79"), List.of());

		MappedListing mapped = mapper.map(DemoMetadata.record("K1"));

		assertThat(mapper.configurationWarnings()).singleElement().asString().contains("LIST_79", "confidential");
		assertThat(mapped.value("PublicRemarks")).isEqualTo("Bright ranch home near the park.");
	}

	@Test
	void deniedFieldsSettingAddsSystemNames() {
		MappedListing mapped = mapper(Map.of(), List.of("list_78", "LIST_82")).map(DemoMetadata.record("K1"));
		JsonNode publicRecord = this.json.readTree(mapped.publicRecord());

		assertThat(mapped.value("PublicRemarks")).isNull();
		assertThat(publicRecord.has("Public Remarks")).isFalse();
		assertThat(publicRecord.has("Directions")).isFalse();
		assertThat(publicRecord.has("List Price")).isTrue();
	}

	@Test
	void hiddenAddressLeavesNoStreetBehind() {
		Map<String, String> record = DemoMetadata.record("K1");
		record.put("IDX_ADDRESS", "N");

		MappedListing mapped = mapper(Map.of(), List.of()).map(record);
		JsonNode publicRecord = this.json.readTree(mapped.publicRecord());

		assertThat(mapped.addressHidden()).isTrue();
		assertThat(mapped.visible()).isTrue();
		for (String column : List.of("StreetNumber", "StreetName", "StreetSuffix", "UnparsedAddress", "Latitude",
				"Longitude")) {
			assertThat(mapped.value(column)).as(column).isNull();
		}
		assertThat(mapped.value("City")).isEqualTo("Fargo");
		assertThat(mapped.publicRecord()).doesNotContain("1402").doesNotContain("Elm").doesNotContain("46.87");
		assertThat(publicRecord.has("Directions")).isFalse();
		assertThat(publicRecord.has("City")).isTrue();
	}

	@Test
	void shownAddressIsKept() {
		MappedListing mapped = mapper(Map.of(), List.of()).map(DemoMetadata.record("K1"));

		assertThat(mapped.addressHidden()).isFalse();
		assertThat(this.json.readTree(mapped.publicRecord()).get("House #").asString()).isEqualTo("1402");
	}

	@Test
	void notForPublicWebsitesIsNotVisible() {
		Map<String, String> record = DemoMetadata.record("K1");
		record.put("LIST_104", "N");

		MappedListing mapped = mapper(Map.of(), List.of()).map(record);

		assertThat(mapped.visible()).isFalse();
		assertThat(mapped.value("StandardStatus")).isEqualTo("Active");
	}

	@Test
	void duplicateLabelsNameTheirField() {
		JsonNode publicRecord = this.json.readTree(mapper(Map.of(), List.of()).map(DemoMetadata.record("K1")).publicRecord());

		assertThat(publicRecord.get("Year Built (LIST_53)").asString()).isEqualTo("1978");
		assertThat(publicRecord.get("Year Built (LIST_58)").asString()).isEqualTo("about 1978");
		assertThat(publicRecord.get("List Price").asString()).isEqualTo("249900");
		assertThat(publicRecord.get("Timestamp").asString()).isEqualTo("2024-03-01T15:15:00Z");
	}

	@Test
	void recordHashFollowsRecordAndRules() {
		ListingMapper mapper = mapper(Map.of(), List.of());
		Map<String, String> changed = DemoMetadata.record("K1");
		changed.put("LIST_22", "239900.00");
		Map<String, String> confidentialChanged = DemoMetadata.record("K1");
		confidentialChanged.put("LIST_79", "PRIVATE-SECRET new note");

		String hash = mapper.map(DemoMetadata.record("K1")).recordHash();

		assertThat(hash).hasSize(32);
		assertThat(mapper.map(DemoMetadata.record("K1")).recordHash()).isEqualTo(hash);
		assertThat(mapper.map(changed).recordHash()).isNotEqualTo(hash);
		assertThat(mapper.map(confidentialChanged).recordHash()).isNotEqualTo(hash);
		assertThat(mapper(DEMO_OVERRIDES, List.of()).map(DemoMetadata.record("K1")).recordHash()).isNotEqualTo(hash);
	}

	@Test
	void recordHashIgnoresColumnOrder() {
		ListingMapper mapper = mapper(Map.of(), List.of());
		Map<String, String> record = DemoMetadata.record("K1");
		List<String> names = new ArrayList<>(record.keySet());
		Collections.reverse(names);
		Map<String, String> reversed = new LinkedHashMap<>();
		names.forEach((name) -> reversed.put(name, record.get(name)));

		MappedListing inOrder = mapper.map(record);
		MappedListing inReverse = mapper.map(reversed);

		assertThat(inReverse.recordHash()).isEqualTo(inOrder.recordHash());
		JsonMapper json = JsonMapper.builder().build();
		assertThat(json.readTree(inReverse.publicRecord())).isEqualTo(json.readTree(inOrder.publicRecord()));
		assertThat(inReverse.value("ListPrice")).isEqualTo(inOrder.value("ListPrice"));
	}

	@Test
	void recordsWithOtherColumnsMapByName() {
		ListingMapper mapper = mapper(Map.of(), List.of());
		Map<String, String> fewer = DemoMetadata.record("K2");
		fewer.remove("LIST_22");

		MappedListing full = mapper.map(DemoMetadata.record("K1"));
		MappedListing withoutPrice = mapper.map(fewer);
		MappedListing fullAgain = mapper.map(DemoMetadata.record("K1"));

		assertThat(full.value("ListPrice")).isNotNull();
		assertThat(withoutPrice.value("ListPrice")).isNull();
		assertThat(withoutPrice.listingKey()).isEqualTo("K2");
		assertThat(fullAgain.value("ListPrice")).isEqualTo(full.value("ListPrice"));
		assertThat(fullAgain.recordHash()).isEqualTo(full.recordHash());
	}

	@Test
	void searchRowMapsLikeItsMap() {
		ListingMapper mapper = mapper(Map.of(), List.of());
		Map<String, String> record = DemoMetadata.record("K1");
		List<String> columns = new ArrayList<>(record.keySet());
		List<String> values = new ArrayList<>(record.values());
		columns.add("LIST_22");
		values.add("1.00");
		SearchRow row = new SearchRow() {

			@Override
			public List<String> columns() {
				return columns;
			}

			@Override
			public String get(String column) {
				int index = columns.indexOf(column);
				return (index < 0) ? null : values.get(index);
			}

			@Override
			public Map<String, String> toMap() {
				Map<String, String> map = new LinkedHashMap<>();
				for (int i = 0; i < columns.size(); i++) {
					map.putIfAbsent(columns.get(i), values.get(i));
				}
				return map;
			}

		};

		MappedListing fromRow = mapper.map(row);
		MappedListing fromMap = mapper.map(row.toMap());

		assertThat(fromRow.recordHash()).isEqualTo(fromMap.recordHash());
		assertThat(fromRow.publicRecord()).isEqualTo(fromMap.publicRecord());
		assertThat(fromRow.value("ListPrice")).isEqualTo(new BigDecimal("249900.00"));
		assertThat(fromRow.value("ListPrice")).isEqualTo(fromMap.value("ListPrice"));
		assertThat(fromRow.listingKey()).isEqualTo("K1");
		assertThat(fromRow.visible()).isEqualTo(fromMap.visible());
	}

	private static ListingMapper mapper(Map<String, String> overrides, List<String> denied) {
		return ListingMapper.create(DemoMetadata.metadata(), DemoMetadata.profile(), overrides, denied);
	}

	private static List<String> columnValues(Listing listing) {
		return List.of(listing.getListingId(), listing.getStandardStatus(), listing.getMlsStatus(),
				listing.getPublicRemarks(), listing.getListOfficeName(), listing.getListOfficePhone(),
				listing.getListAgentFullName(), listing.getCity(), listing.getStreetName(),
				listing.getUnparsedAddress(), listing.getSubdivisionName(), listing.getPublicRecord(),
				String.valueOf(listing.getListPrice()))
			.stream()
			.map(String::valueOf)
			.toList();
	}

}
