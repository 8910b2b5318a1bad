package org.porchlight.sandbox.internal.listing;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.porchlight.sandbox.internal.metadata.FieldDefinition;
import org.porchlight.sandbox.internal.metadata.LookupValues;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Generated listings: reproducible from the seed and conforming to the captured class A metadata.
 */
class ListingGenerationTests {

	private static final List<String> CAPTURED_KEYS = List.of("20040722165230940356000000",
			"20040421204924586233000000", "20020327154323038709000000");

	private static MetadataCatalog catalog;

	private static PhotoLibrary photos;

	private static Map<String, FieldDefinition> fields;

	@BeforeAll
	static void load() {
		catalog = MetadataCatalog.load();
		photos = PhotoLibrary.load();
		fields = catalog.fields("Property", "A").orElseThrow();
	}

	@Test
	void sameSeedGivesIdenticalListings() {
		List<Listing> first = store(500, 42L).listings().stream().toList();
		List<Listing> second = store(500, 42L).listings().stream().toList();

		assertThat(first).hasSize(503);
		assertThat(second).isEqualTo(first);
	}

	@Test
	void otherSeedGivesOtherListings() {
		List<String> first = store(50, 42L).allKeys();
		List<String> second = store(50, 43L).allKeys();

		assertThat(second).isNotEqualTo(first);
	}

	@Test
	void generationDoesNotReadTheClock() {
		Clock failing = new Clock() {
			@Override
			public java.time.ZoneId getZone() {
				throw new AssertionError("clock read");
			}

			@Override
			public Clock withZone(java.time.ZoneId zone) {
				throw new AssertionError("clock read");
			}

			@Override
			public java.time.Instant instant() {
				throw new AssertionError("clock read");
			}
		};

		assertThat(new ListingStore(catalog, photos, 100, 5L, failing).allKeys()).hasSize(103);
	}

	@Test
	void capturedRecordsAreServed() {
		ListingStore store = store(10, 1L);

		assertThat(store.allKeys()).containsAll(CAPTURED_KEYS);
		Map<String, String> record = store.record("20040421204924586233000000");
		assertThat(record.get("LIST_15")).isEqualTo(lookup("LIST_15").requireCode("Closed"));
		assertThat(record.get("LIST_29")).isEqualTo(lookup("LIST_29").requireCode("Alcorn County"));
		assertThat(record.get("LIST_105")).isEqualTo("04-110");
		assertThat(record).doesNotContainKeys("LIST_68", "LIST_137");
		assertThat(store.find("20040421204924586233000000").orElseThrow().photos()).hasSize(6);
	}

	@Test
	void everyValueConformsToTheMetadata() {
		ListingStore store = store(500, 42L);

		for (Listing listing : store.listings()) {
			for (Map.Entry<String, String> value : listing.values().entrySet()) {
				FieldDefinition field = fields.get(value.getKey());
				assertThat(field).as("field %s of %s", value.getKey(), listing.key()).isNotNull();
				if (!CAPTURED_KEYS.contains(listing.key())) {
					assertConforms(field, value.getValue(), listing.key());
				}
			}
		}
	}

	@Test
	void requiredFieldsAreFilled() {
		List<String> required = List.of("LIST_1", "LIST_105", "LIST_15", "LIST_22", "LIST_31", "LIST_34", "LIST_39",
				"LIST_40", "LIST_41", "LIST_43", "LIST_46", "LIST_47", "LIST_48", "LIST_53", "LIST_66", "LIST_67",
				"LIST_78", "LIST_79", "LIST_86", "LIST_30", "LIST_83", "LIST_84", "LIST_85", "LIST_59", "LIST_60",
				"LIST_87", "LIST_104", "LIST_133", "LIST_134", "listing_office_name", "listing_office_phone",
				"listing_member_name");
		ListingStore store = store(100, 9L);

		for (Listing listing : store.listings()) {
			if (!CAPTURED_KEYS.contains(listing.key())) {
				assertThat(listing.values()).as("listing %s", listing.key()).containsKeys(required.toArray(String[]::new));
			}
		}
	}

	@Test
	void keysAndMlsNumbersLookLikeFlexmls() {
		ListingStore store = store(300, 42L);

		assertThat(store.allKeys()).allSatisfy((key) -> assertThat(key).matches("\\d{26}"));
		List<String> mlsNumbers = store.listings().stream().map((listing) -> listing.value("LIST_105")).toList();
		assertThat(mlsNumbers).doesNotHaveDuplicates().allSatisfy((number) -> assertThat(number).matches("\\d{2}-\\d+"));
	}

	@Test
	void modificationTimesFallInNinetyDaysBeforeReference() {
		LocalDateTime reference = ListingGenerator.referenceTime(42L);
		ListingStore store = store(500, 42L);

		for (Listing listing : store.listings()) {
			if (CAPTURED_KEYS.contains(listing.key())) {
				continue;
			}
			LocalDateTime modified = LocalDateTime.parse(listing.value("LIST_87"));
			LocalDateTime entered = LocalDateTime.parse(listing.value("LIST_132"));
			LocalDateTime photosChanged = LocalDateTime.parse(listing.value("LIST_134"));
			assertThat(modified).isBetween(reference.minusDays(90), reference);
			assertThat(entered).isBeforeOrEqualTo(modified);
			assertThat(photosChanged).isBetween(entered, modified);
			assertThat(LocalDate.parse(listing.value("LIST_10"))).isBeforeOrEqualTo(modified.toLocalDate());
		}
	}

	@Test
	void photoCountMatchesPhotos() {
		ListingStore store = store(200, 42L);

		for (Listing listing : store.listings()) {
			assertThat(listing.photos()).hasSize(Integer.parseInt(listing.value("LIST_133")));
			if (!CAPTURED_KEYS.contains(listing.key())) {
				assertThat(listing.photos().size()).isBetween(1, 6);
			}
		}
	}

	@Test
	void dataIsVaried() {
		ListingStore store = store(500, 42L);
		Map<String, Long> statuses = store.listings().stream()
			.collect(Collectors.groupingBy((listing) -> lookup("LIST_15").longValue(listing.value("LIST_15")).orElseThrow(),
					Collectors.counting()));
		long cities = store.listings().stream().map((listing) -> listing.value("LIST_39")).filter((city) -> !city.isEmpty())
			.distinct()
			.count();
		long remarks = store.listings().stream().map((listing) -> listing.value("LIST_78")).distinct().count();
		long hidden = store.listings().stream().filter((listing) -> listing.value("LIST_104").equals("N")).count();

		assertThat(statuses).containsKeys("Active", "Pending", "Closed", "Expired", "Withdrawn");
		assertThat(statuses.get("Active")).isBetween(250L, 350L);
		assertThat(cities).isEqualTo(12);
		assertThat(remarks).isGreaterThan(400);
		assertThat(hidden).isBetween(5L, 80L);
	}

	private static void assertConforms(FieldDefinition field, String value, String key) {
		String description = field.systemName() + "=" + value + " of " + key;
		if (field.isLookup()) {
			LookupValues lookup = catalog.lookup(field.lookupName()).orElseThrow();
			List<String> codes = field.isMultiLookup() ? List.of(value.split(",")) : List.of(value);
			assertThat(codes).as(description).allSatisfy((code) -> assertThat(lookup.contains(code)).isTrue());
			return;
		}
		switch (field.dataType()) {
			case "Int" -> assertThat(value).as(description).matches("-?\\d+");
			case "Decimal" -> {
				assertThat(value).as(description).matches("-?\\d+\\.\\d{" + field.precision() + "}");
				assertThat(new BigDecimal(value).precision()).as(description).isLessThanOrEqualTo(field.maximumLength());
			}
			case "Date" -> assertThat(LocalDate.parse(value)).as(description).isNotNull();
			case "DateTime" -> assertThat(value).as(description).matches("\\d{4}-\\d{2}-\\d{2}T\\d{2}:\\d{2}:\\d{2}");
			default -> assertThat(value.length()).as(description).isLessThanOrEqualTo(field.maximumLength());
		}
	}

	private static LookupValues lookup(String systemName) {
		return catalog.lookup(fields.get(systemName).lookupName()).orElseThrow();
	}

	private static ListingStore store(int count, long seed) {
		return new ListingStore(catalog, photos, count, seed, Clock.systemUTC());
	}

	@Test
	void generatedListingsHaveRooms() {
		List<Listing> generated = store(200, 42L).listings()
			.stream()
			.filter((listing) -> !CAPTURED_KEYS.contains(listing.key()))
			.toList();

		assertThat(generated).allSatisfy((listing) -> {
			assertThat(listing.value("ROOM_KI_room_level")).isEqualTo("Main");
			int width = Integer.parseInt(listing.value("ROOM_MB_room_width"));
			int length = Integer.parseInt(listing.value("ROOM_MB_room_length"));
			assertThat(length).isGreaterThanOrEqualTo(width);
		});
		long withTour = generated.stream()
			.filter((listing) -> listing.value("UNBRANDEDIDXVIRTUALTOUR").startsWith("https://"))
			.count();
		assertThat(withTour).isBetween(20L, 160L);
	}

}
