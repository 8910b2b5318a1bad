package org.porchlight.sandbox;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Search over real HTTP against 500 generated listings and the 3 captured ones. Expected results are
 * computed from {@link SandboxListings#record} independently of the sandbox's query code, so no test
 * here changes the listings.
 */
class SandboxSearchTests {

	private static final String CAPTURED_KEY = "20040722165230940356000000";

	private static RetsSandbox sandbox;

	private static TestRetsClient client;

	private static Map<String, String> statusCodes;

	private static List<Map<String, String>> records;

	@BeforeAll
	static void start() {
		sandbox = RetsSandbox.start(SandboxConfig.builder().port(0).listingCount(500).seed(42L).build());
		client = TestRetsClient.digest(sandbox);
		assertThat(client.login().statusCode()).isEqualTo(200);
		statusCodes = new LinkedHashMap<>();
		HttpResponse<byte[]> lookup = client.get(RetsTransaction.GET_METADATA, Map.of("Type", "METADATA-LOOKUP_TYPE",
				"ID", "Property:20000426151013377656000000", "Format", "COMPACT"));
		for (Map<String, String> row : CompactReply.parse(lookup.body()).rows()) {
			statusCodes.put(row.get("LongValue"), row.get("Value"));
		}
		records = new ArrayList<>();
		for (String key : sandbox.listings().allKeys()) {
			records.add(sandbox.listings().record(key));
		}
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void equalityOnKey() {
		CompactReply reply = search("(LIST_1=" + CAPTURED_KEY + ")", Map.of());

		assertThat(reply.replyCode()).isZero();
		assertThat(reply.rows()).hasSize(1);
		assertThat(reply.rows().get(0)).isEqualTo(sandbox.listings().record(CAPTURED_KEY));
	}

	@Test
	void lookupAnyOf() {
		String query = "(LIST_15=|" + statusCodes.get("Pending") + "," + statusCodes.get("Closed") + ")";

		CompactReply reply = search(query, Map.of("Select", "LIST_1,LIST_15", "Count", "1"));

		List<String> expected = keys((record) -> record.get("LIST_15").equals(statusCodes.get("Pending"))
				|| record.get("LIST_15").equals(statusCodes.get("Closed")));
		assertThat(expected).isNotEmpty();
		assertThat(reply.count()).isEqualTo(expected.size());
		assertThat(reply.only().column("LIST_1")).isEqualTo(expected.subList(0, Math.min(250, expected.size())));
	}

	@Test
	void lookupNoneOf() {
		CompactReply reply = search("(LIST_15=~" + statusCodes.get("Active") + ")", Map.of("Count", "2"));

		assertThat(reply.count()).isEqualTo(keys((record) -> !record.get("LIST_15").equals(statusCodes.get("Active"))).size());
	}

	@Test
	void aboutSixtyPercentActive() {
		long active = records.stream().filter((record) -> record.get("LIST_15").equals(statusCodes.get("Active"))).count();

		assertThat(active).isBetween(250L, 350L);
		assertThat(sandbox.listings().activeKeys()).hasSize((int) active);
	}

	@Test
	void numericRanges() {
		assertThat(count("(LIST_22=300000+)")).isEqualTo(countWhere("LIST_22", (price) -> price.compareTo(bd(300000)) >= 0));
		assertThat(count("(LIST_22=200000-)")).isEqualTo(countWhere("LIST_22", (price) -> price.compareTo(bd(200000)) <= 0));
		assertThat(count("(LIST_22=200000-300000)")).isEqualTo(countWhere("LIST_22",
				(price) -> price.compareTo(bd(200000)) >= 0 && price.compareTo(bd(300000)) <= 0));
		assertThat(count("(LIST_66=4)")).isEqualTo(countWhere("LIST_66", (beds) -> beds.intValue() == 4));
		assertThat(count("(LIST_47=-97.0-)")).isEqualTo(countWhere("LIST_47", (longitude) -> longitude.compareTo(bd(-97)) <= 0));
	}

	@Test
	void dateAndTimestampRanges() {
		String middle = records.get(records.size() / 2).get("LIST_87");
		String day = middle.substring(0, 10);

		long sinceTimestamp = records.stream().filter((record) -> record.get("LIST_87").compareTo(middle) >= 0).count();
		long listedSinceDay = records.stream()
			.filter((record) -> !record.get("LIST_10").isEmpty() && record.get("LIST_10").compareTo(day) >= 0)
			.count();
		long modifiedOnDay = records.stream().filter((record) -> record.get("LIST_87").startsWith(day)).count();

		assertThat(count("(LIST_87=" + middle + "+)")).isEqualTo(sinceTimestamp);
		assertThat(count("(LIST_10=" + day + "+)")).isEqualTo(listedSinceDay);
		assertThat(count("(LIST_87=" + day + ")")).isEqualTo(modifiedOnDay).isPositive();
		assertThat(count("(LIST_87=" + day + "-" + day + ")")).isEqualTo(modifiedOnDay);
	}

	@Test
	void andOrNotCombinations() {
		String active = statusCodes.get("Active");
		long activeBig = records.stream()
			.filter((record) -> record.get("LIST_15").equals(active) && num(record, "LIST_66") >= 4)
			.count();
		long oneOrSix = records.stream()
			.filter((record) -> num(record, "LIST_66") == 1 || num(record, "LIST_66") == 6)
			.count();

		assertThat(count("(LIST_15=|" + active + "),(LIST_66=4+)")).isEqualTo(activeBig);
		assertThat(count("(LIST_15=|" + active + ") AND (LIST_66=4+)")).isEqualTo(activeBig);
		assertThat(count("(LIST_66=1)|(LIST_66=6)")).isEqualTo(oneOrSix);
		assertThat(count("((LIST_66=1)|(LIST_66=6)),~(LIST_15=|" + active + ")")).isEqualTo(records.stream()
			.filter((record) -> (num(record, "LIST_66") == 1 || num(record, "LIST_66") == 6)
					&& !record.get("LIST_15").equals(active))
			.count());
	}

	@Test
	void textWildcards() {
		long onElm = records.stream().filter((record) -> record.get("LIST_34").equalsIgnoreCase("Elm")).count();

		assertThat(count("(LIST_34=elm)")).isEqualTo(onElm);
		assertThat(count("(LIST_78=*Red River*)")).isEqualTo(
				records.stream().filter((record) -> record.get("LIST_78").contains("Red River")).count());
	}

	@Test
	void selectReturnsColumnsInOrder() {
		CompactReply reply = search("(LIST_1=" + CAPTURED_KEY + ")", Map.of("Select", "LIST_105,LIST_1,LIST_15"));

		assertThat(reply.only().columns()).containsExactly("LIST_105", "LIST_1", "LIST_15");
		assertThat(reply.rows().get(0)).containsEntry("LIST_105", "04-171").containsEntry("LIST_15",
				statusCodes.get("Expired"));
	}

	@Test
	void unknownSelectFieldIsInvalidSelect() {
		assertThat(search("(LIST_1=" + CAPTURED_KEY + ")", Map.of("Select", "LIST_1,NOPE")).replyCode()).isEqualTo(20202);
	}

	@Test
	void limitAndOffsetPageThroughEverything() {
		List<String> paged = new ArrayList<>();
		for (int offset = 1; offset <= records.size(); offset += 100) {
			CompactReply page = search("(LIST_22=0+)", Map.of("Select", "LIST_1", "Limit", "100", "Offset",
					Integer.toString(offset)));
			paged.addAll(page.only().column("LIST_1"));
			assertThat(page.maxRows()).isEqualTo(offset + 100 <= records.size());
		}

		assertThat(paged).isEqualTo(keys((record) -> !record.get("LIST_22").isEmpty()));
		assertThat(paged).isSorted();
	}

	@Test
	void rowCapAddsMaxRows() {
		CompactReply reply = search("(LIST_22=0+)", Map.of("Select", "LIST_1", "Count", "1"));

		assertThat(reply.count()).isEqualTo(records.size());
		assertThat(reply.rows()).hasSize(250);
		assertThat(reply.maxRows()).isTrue();
	}

	@Test
	void lastPageHasNoMaxRows() {
		CompactReply reply = search("(LIST_22=0+)", Map.of("Select", "LIST_1", "Offset", "401"));

		assertThat(reply.rows()).hasSize(records.size() - 400);
		assertThat(reply.maxRows()).isFalse();
	}

	@Test
	void countModes() {
		String query = "(LIST_66=3)";
		long expected = countWhere("LIST_66", (beds) -> beds.intValue() == 3);

		CompactReply none = search(query, Map.of("Count", "0"));
		CompactReply withData = search(query, Map.of("Count", "1"));
		CompactReply only = search(query, Map.of("Count", "2"));

		assertThat(none.count()).isNull();
		assertThat(none.rows()).hasSize((int) expected);
		assertThat(withData.count()).isEqualTo(expected);
		assertThat(withData.rows()).hasSize((int) expected);
		assertThat(only.count()).isEqualTo(expected);
		assertThat(only.blocks()).isEmpty();
	}

	@Test
	void compactDecodedReplacesLookupCodes() {
		Map<String, String> coded = search("(LIST_1=" + CAPTURED_KEY + ")", Map.of()).rows().get(0);
		Map<String, String> decoded = search("(LIST_1=" + CAPTURED_KEY + ")", Map.of("Format", "COMPACT-DECODED"))
			.rows()
			.get(0);

		assertThat(coded.get("LIST_15")).isEqualTo(statusCodes.get("Expired"));
		assertThat(decoded).containsEntry("LIST_15", "Expired").containsEntry("LIST_77", "Hedgerow")
			.containsEntry("LIST_71", "Double").containsEntry("LIST_1", CAPTURED_KEY).containsEntry("LIST_22", "120000.00");
	}

	@Test
	void capturedRecordsKeepTheirValues() {
		Map<String, String> decoded = search("(LIST_1=20020327154323038709000000)",
				Map.of("Format", "COMPACT-DECODED")).rows().get(0);

		assertThat(decoded).containsEntry("LIST_39", "West Fargo").containsEntry("LIST_40", "North Dakota")
			.containsEntry("LIST_43", "58078").containsEntry("LIST_9", "Lake/Other")
			.containsEntry("GF20000426144503192975000000", "Dishwasher2,Refrigerator")
			.containsEntry("LIST_46", "46.866017");
	}

	@Test
	void noMatchIsNoRecordsFound() {
		CompactReply reply = search("(LIST_22=1-2)", Map.of());

		assertThat(reply.replyCode()).isEqualTo(20201);
		assertThat(reply.rows()).isEmpty();
	}

	@Test
	void syntaxErrorIsInvalidQuerySyntax() {
		assertThat(search("(LIST_22=", Map.of()).replyCode()).isEqualTo(20206);
		assertThat(search("(LIST_22=abc+)", Map.of()).replyCode()).isEqualTo(20206);
		assertThat(search("LIST_22=1", Map.of()).replyCode()).isEqualTo(20206);
	}

	@Test
	void unknownQueryFieldIsRejected() {
		assertThat(search("(NOPE=1)", Map.of()).replyCode()).isEqualTo(20200);
	}

	@Test
	void queryTypeMustBeDmql2() {
		HttpResponse<byte[]> response = client.get(RetsTransaction.SEARCH,
				Map.of("SearchType", "Property", "Class", "A", "Query", "(LIST_22=0+)", "QueryType", "DMQL"));

		assertThat(CompactReply.parse(response.body()).replyCode()).isEqualTo(20206);
	}

	@Test
	void unknownClassExplainsValidClasses() {
		HttpResponse<byte[]> response = client.get(RetsTransaction.SEARCH,
				Map.of("SearchType", "Property", "Class", "Z", "Query", "(LIST_22=0+)", "QueryType", "DMQL2"));

		String body = new String(response.body(), StandardCharsets.US_ASCII);
		assertThat(CompactReply.parse(response.body()).replyCode()).isEqualTo(20203);
		assertThat(body).contains("Specified Class (Z) is not valid", "Valid Classes are:\n\tA");
	}

	@Test
	void compactLayoutMatchesFlexmls() {
		HttpResponse<byte[]> response = client.get(RetsTransaction.SEARCH, Map.of("SearchType", "Property", "Class",
				"A", "Query", "(LIST_1=" + CAPTURED_KEY + ")", "QueryType", "DMQL2", "Select", "LIST_1,LIST_105",
				"Format", "COMPACT", "Count", "1"));

		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
		assertThat(new String(response.body(), StandardCharsets.US_ASCII)).isEqualTo("""
				<RETS ReplyCode="0" ReplyText="Success">
				  <COUNT Records="1"/>
				  <DELIMITER value="09"/>
				  <COLUMNS>\tLIST_1\tLIST_105\t</COLUMNS>
				  <DATA>\t20040722165230940356000000\t04-171\t</DATA>
				</RETS>
				""");
	}

	@Test
	void sameSeedServesIdenticalRecords() {
		Map<String, String> arguments = Map.of("SearchType", "Property", "Class", "A", "QueryType", "DMQL2", "Query",
				"(LIST_22=0+)", "Format", "COMPACT", "Offset", "101");
		try (RetsSandbox twin = RetsSandbox.start(SandboxConfig.builder().listingCount(500).seed(42L).build())) {
			TestRetsClient twinClient = TestRetsClient.basic(twin);
			twinClient.login();

			byte[] twinBody = twinClient.get(RetsTransaction.SEARCH, arguments).body();
			byte[] body = client.get(RetsTransaction.SEARCH, arguments).body();

			assertThat(CompactReply.parse(body).rows()).hasSize(250);
			assertThat(twinBody).isEqualTo(body);
		}
	}

	private static CompactReply search(String query, Map<String, String> extra) {
		Map<String, String> arguments = new LinkedHashMap<>(Map.of("SearchType", "Property", "Class", "A",
				"QueryType", "DMQL2", "Query", query, "Format", "COMPACT"));
		arguments.putAll(extra);
		HttpResponse<byte[]> response = client.get(RetsTransaction.SEARCH, arguments);
		assertThat(response.statusCode()).isEqualTo(200);
		return CompactReply.parse(response.body());
	}

	private static long count(String query) {
		CompactReply reply = search(query, Map.of("Count", "2"));
		return (reply.replyCode() == 20201) ? 0 : reply.count();
	}

	private static long countWhere(String field, Predicate<BigDecimal> condition) {
		return records.stream()
			.filter((record) -> !record.get(field).isEmpty() && condition.test(new BigDecimal(record.get(field))))
			.count();
	}

	private static List<String> keys(Predicate<Map<String, String>> condition) {
		return records.stream().filter(condition).map((record) -> record.get("LIST_1")).toList();
	}

	private static double num(Map<String, String> record, String field) {
		return record.get(field).isEmpty() ? Double.NaN : Double.parseDouble(record.get(field));
	}

	private static BigDecimal bd(long value) {
		return BigDecimal.valueOf(value);
	}

}
