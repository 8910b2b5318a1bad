package org.porchlight.sandbox;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * The OpenHouse resource over real HTTP: its metadata in both formats, the generated open houses, and DMQL2
 * searches whose expected results come from {@link SandboxOpenHouses#record}.
 */
class SandboxOpenHouseTests {

	private static final Instant START = Instant.parse("2026-03-04T15:00:00Z");

	private static RetsSandbox sandbox;

	private static TestRetsClient client;

	@BeforeAll
	static void start() {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.port(0)
			.listingCount(300)
			.seed(42L)
			.clock(new MutableClock(START))
			.build());
		client = TestRetsClient.digest(sandbox);
		assertThat(client.login().statusCode()).isEqualTo(200);
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void compactMetadataListsClassAndTable() {
		CompactReply classes = metadata("METADATA-CLASS", "OpenHouse", "COMPACT");
		assertThat(classes.only().column("ClassName")).containsExactly("OpenHouse");
		assertThat(classes.only().column("StandardName")).containsExactly("OpenHouse");

		CompactReply table = metadata("METADATA-TABLE", "OpenHouse:OpenHouse", "COMPACT");
		assertThat(table.only().attributes()).containsEntry("Resource", "OpenHouse").containsEntry("Class", "OpenHouse");
		assertThat(table.only().column("StandardName")).contains("OpenHouseKey", "ListingKey", "ListingId",
				"OpenHouseDate", "OpenHouseStartTime", "OpenHouseEndTime", "OpenHouseRemarks", "OpenHouseType",
				"OpenHouseStatus", "ShowingAgentFirstName", "ModificationTimestamp");
	}

	@Test
	void standardXmlMetadataListsTable() {
		String xml = new String(client.get(RetsTransaction.GET_METADATA,
				Map.of("Type", "METADATA-TABLE", "ID", "OpenHouse:OpenHouse", "Format", "STANDARD-XML")).body(),
				StandardCharsets.US_ASCII);

		assertThat(xml).contains("<METADATA-TABLE Resource=\"OpenHouse\" Class=\"OpenHouse\"");
		assertThat(xml).contains("<StandardName>OpenHouseStartTime</StandardName>");
	}

	@Test
	void resourceKeyFieldIsTableKey() {
		CompactReply resources = metadata("METADATA-RESOURCE", "0", "COMPACT");
		Map<String, String> openHouse = resources.only()
			.rows()
			.stream()
			.filter((row) -> row.get("ResourceID").equals("OpenHouse"))
			.findFirst()
			.orElseThrow();

		assertThat(openHouse.get("KeyField")).isEqualTo("EVENT0");
	}

	@Test
	void openHousesBelongToActiveListings() {
		Set<String> active = Set.copyOf(sandbox.listings().activeKeys());
		List<Map<String, String>> records = records();
		long listingsWithOpenHouses = records.stream().map((record) -> record.get("LIST_1")).distinct().count();

		assertThat(records).allSatisfy((record) -> assertThat(active).contains(record.get("LIST_1")));
		assertThat(listingsWithOpenHouses).isBetween(active.size() / 5L, active.size() / 2L);
		assertThat(records).allSatisfy((record) -> assertThat(record.get("LIST_105"))
			.isEqualTo(sandbox.listings().record(record.get("LIST_1")).get("LIST_105")));
	}

	@Test
	void datesAreUpcomingAndSomePast() {
		LocalDate today = LocalDate.parse("2026-03-04");
		List<LocalDate> dates = records().stream().map((record) -> LocalDate.parse(record.get("EVENT100"))).toList();

		assertThat(dates).anyMatch((date) -> date.isBefore(today));
		assertThat(dates).anyMatch((date) -> date.isAfter(today));
		assertThat(dates).allMatch((date) -> !date.isBefore(today.minusDays(8)) && !date.isAfter(today.plusDays(21)));
		assertThat(records()).allSatisfy((record) -> {
			LocalDateTime start = LocalDateTime.parse(record.get("EVENT200"));
			LocalDateTime end = LocalDateTime.parse(record.get("EVENT300"));
			assertThat(start.toLocalDate()).isEqualTo(LocalDate.parse(record.get("EVENT100")));
			assertThat(end).isAfter(start);
		});
	}

	@Test
	void sameSeedGeneratesSameOpenHouses() {
		try (RetsSandbox twin = RetsSandbox.start(SandboxConfig.builder()
			.port(0)
			.listingCount(300)
			.seed(42L)
			.clock(new MutableClock(START))
			.build())) {
			assertThat(twin.openHouses().allKeys()).isEqualTo(sandbox.openHouses().allKeys());
			for (String key : twin.openHouses().allKeys()) {
				assertThat(twin.openHouses().record(key)).isEqualTo(sandbox.openHouses().record(key));
			}
		}
	}

	@Test
	void searchByDateRange() {
		List<String> expected = records().stream()
			.filter((record) -> record.get("EVENT100").compareTo("2026-03-04") >= 0)
			.map((record) -> record.get("EVENT0"))
			.toList();

		CompactReply reply = search("(EVENT100=2026-03-04+)", Map.of("Count", "1"));

		assertThat(expected).isNotEmpty();
		assertThat(reply.replyCode()).isZero();
		assertThat(reply.count()).isEqualTo(expected.size());
		assertThat(reply.only().column("EVENT0")).isEqualTo(expected.subList(0, Math.min(250, expected.size())));
	}

	@Test
	void searchByListingKey() {
		Map<String, String> first = records().get(0);
		List<String> expected = records().stream()
			.filter((record) -> record.get("LIST_1").equals(first.get("LIST_1")))
			.map((record) -> record.get("EVENT0"))
			.toList();

		CompactReply reply = search("(LIST_1=" + first.get("LIST_1") + ")", Map.of("Select", "EVENT0,LIST_1"));

		assertThat(reply.only().columns()).containsExactly("EVENT0", "LIST_1");
		assertThat(reply.only().column("EVENT0")).isEqualTo(expected);
	}

	@Test
	void unknownFieldIsRejected() {
		assertThat(search("(LIST_15=|A)", Map.of()).replyCode()).isEqualTo(20200);
	}

	@Test
	void changedFieldIsServed() {
		String key = sandbox.openHouses().allKeys().get(1);
		String before = sandbox.openHouses().record(key).get("EVENT87");

		sandbox.openHouses().setField(key, "EVENT400", "Bring a friend.");

		Map<String, String> row = search("(EVENT0=" + key + ")", Map.of()).rows().get(0);
		assertThat(row.get("EVENT400")).isEqualTo("Bring a friend.");
		assertThat(row.get("EVENT87")).isNotEqualTo(before);
		assertThatIllegalArgumentException().isThrownBy(() -> sandbox.openHouses().setField(key, "EVENT0", "x"));
		assertThatIllegalArgumentException().isThrownBy(() -> sandbox.openHouses().setField(key, "LIST_22", "1"));
	}

	@Test
	void invalidResourceNamesBoth() {
		byte[] body = client.get(RetsTransaction.SEARCH, Map.of("SearchType", "Tour", "Class", "OpenHouse",
				"QueryType", "DMQL2", "Query", "(EVENT0=*)")).body();

		assertThat(CompactReply.parse(body).replyCode()).isEqualTo(20203);
		assertThat(new String(body, StandardCharsets.US_ASCII)).contains("Property").contains("OpenHouse");
	}

	private static List<Map<String, String>> records() {
		return sandbox.openHouses().allKeys().stream().map(sandbox.openHouses()::record).toList();
	}

	private static CompactReply metadata(String type, String id, String format) {
		HttpResponse<byte[]> response = client.get(RetsTransaction.GET_METADATA,
				Map.of("Type", type, "ID", id, "Format", format));
		assertThat(response.statusCode()).isEqualTo(200);
		return CompactReply.parse(response.body());
	}

	private static CompactReply search(String query, Map<String, String> extra) {
		Map<String, String> arguments = new LinkedHashMap<>(Map.of("SearchType", "OpenHouse", "Class", "OpenHouse",
				"QueryType", "DMQL2", "Query", query, "Format", "COMPACT"));
		arguments.putAll(extra);
		HttpResponse<byte[]> response = client.get(RetsTransaction.SEARCH, arguments);
		assertThat(response.statusCode()).isEqualTo(200);
		return CompactReply.parse(response.body());
	}

}
