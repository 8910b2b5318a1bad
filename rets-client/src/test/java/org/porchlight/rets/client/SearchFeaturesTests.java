package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.rets.client.search.Dmql;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxListings;

/** Query building, search arguments, row shapes and cleaning of forbidden characters over HTTP. */
class SearchFeaturesTests {

	private static final String MISSHAPEN = "<RETS ReplyCode=\"0\" ReplyText=\"Success\">\n<COUNT Records=\"3\"/>\n"
			+ "<DELIMITER value=\"09\"/>\n<COLUMNS>\tA\tB\tC\t</COLUMNS>\n<DATA>\t1\t2\t3\t</DATA>\n"
			+ "<DATA>\t4\t</DATA>\n<DATA>\t6\t7\t8\t9\t</DATA>\n</RETS>\n";

	@Test
	void dmqlQueryRunsOnServer() {
		try (RetsSandbox sandbox = ResilienceTests.start((request, response, chain) -> chain.proceed(request, response));
				RetsClient client = RetsClient.create(ResilienceTests.config(sandbox).build())) {
			SandboxListings listings = sandbox.listings();
			String activeCode = listings.record(listings.activeKeys().get(0)).get("LIST_15");
			List<SearchRow> rows = new ArrayList<>();

			SearchResult result = client.searchAll(SearchRequest.builder("Property", "A")
				.query(Dmql.and(Dmql.field("LIST_15").lookupAny(activeCode),
						Dmql.not(Dmql.field("LIST_22").lessOrEqual(0))))
				.select(List.of("LIST_1", "LIST_15", "LIST_22"))
				.build(), rows::add);

			assertThat(result.complete()).isTrue();
			assertThat(rows).extracting((row) -> row.get("LIST_1"))
				.containsExactlyInAnyOrderElementsOf(listings.activeKeys());
			assertThat(rows).allSatisfy((row) -> assertThat(row.get("LIST_15")).isEqualTo(activeCode));
		}
	}

	@Test
	void singlePageIsNotComplete() {
		try (RetsSandbox sandbox = ResilienceTests.start((request, response, chain) -> chain.proceed(request, response));
				RetsClient client = RetsClient.create(ResilienceTests.config(sandbox).build())) {
			SearchResult page = client.search(SearchRequest.builder("Property", "A")
				.query(Dmql.field("LIST_22").greaterOrEqual(0))
				.limit(5)
				.build(), (row) -> {
				});

			assertThat(page.rowCount()).isEqualTo(5);
			assertThat(page.totalCount()).hasValue(sandbox.listings().allKeys().size());
			assertThat(page.complete()).isFalse();
		}
	}

	@Test
	void optionalArgumentsAreSent() throws IOException {
		try (ReplayServer server = FlexmlsReplay.start();
				RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
			client.search(SearchRequest.builder("Property", "A")
				.query("(ListingStatus=|A)")
				.standardNames(true)
				.restrictedIndicator("****")
				.offset(1)
				.limitNone()
				.build(), (row) -> {
				});

			ReplayServer.ReceivedRequest search = server.requests("/Search").get(0);
			assertThat(search.argument("StandardNames")).isEqualTo("1");
			assertThat(search.argument("RestrictedIndicator")).isEqualTo("****");
			assertThat(search.argument("Limit")).isEqualTo("NONE");
		}
	}

	@Test
	void misshapenRowsAreSkippedByDefault() throws IOException {
		try (ReplayServer server = misshapenServer();
				RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
			List<Map<String, String>> rows = new ArrayList<>();

			SearchResult result = client.search(request(), (row) -> rows.add(row.toMap()));

			assertThat(rows).containsExactly(Map.of("A", "1", "B", "2", "C", "3"));
			assertThat(result.skippedRows()).isEqualTo(2);
			assertThat(result.reshapedRows()).isZero();
			assertThat(result.complete()).isTrue();
		}
	}

	@Test
	void misshapenRowsArePaddedOrTruncated() throws IOException {
		try (ReplayServer server = misshapenServer();
				RetsClient client = RetsClient.create(
						FlexmlsReplayTests.config(server.loginUrl()).rowShapePolicy(RowShapePolicy.PAD_OR_TRUNCATE).build())) {
			List<Map<String, String>> rows = new ArrayList<>();

			SearchResult result = client.search(request(), (row) -> rows.add(row.toMap()));

			assertThat(rows).containsExactly(Map.of("A", "1", "B", "2", "C", "3"), Map.of("A", "4", "B", "", "C", ""),
					Map.of("A", "6", "B", "7", "C", "8"));
			assertThat(result.skippedRows()).isZero();
			assertThat(result.reshapedRows()).isEqualTo(2);
		}
	}

	@Test
	void misshapenRowFailsStrictSearch() throws IOException {
		try (ReplayServer server = misshapenServer();
				RetsClient client = RetsClient.create(
						FlexmlsReplayTests.config(server.loginUrl()).rowShapePolicy(RowShapePolicy.STRICT).build())) {
			assertThatThrownBy(() -> client.search(request(), (row) -> {
			})).isInstanceOf(RetsParseException.class).hasMessageContaining("Row 2").hasMessageContaining("STRICT");
		}
	}

	@Test
	void forbiddenCharactersAreCleanedAndCounted() throws IOException {
		byte[] body = ("<RETS ReplyCode=\"0\" ReplyText=\"Success\">\n<DELIMITER value=\"09\"/>\n"
				+ "<COLUMNS>\tA\tB\t</COLUMNS>\n<DATA>\tCaf&amp;#233;\tbell\u0007 and\u0001 nul\t</DATA>\n"
				+ "<DATA>\tx&#1;y\tok &#233;\t</DATA>\n</RETS>\n").getBytes(StandardCharsets.UTF_8);
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Search", Recording.of(200, body, "Content-Type", "text/xml"));
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				List<Map<String, String>> rows = new ArrayList<>();

				SearchResult result = client.search(request(), (row) -> rows.add(row.toMap()));

				assertThat(rows).containsExactly(Map.of("A", "Café", "B", "bell and nul"), Map.of("A", "xy", "B", "ok é"));
				assertThat(result.cleanedCharacters()).isEqualTo(4);
			}
		}
	}

	@ParameterizedTest(name = "{0}")
	@CsvSource(delimiter = ';', value = {
			"no records;<RETS ReplyCode=\"20201\" ReplyText=\"No Records Found\"/>;0;20201;false",
			"no records in status;<RETS ReplyCode=\"0\"><RETS-STATUS ReplyCode=\"20201\" ReplyText=\"None\"/></RETS>;0;20201;false",
			"reply 20208;<RETS ReplyCode=\"20208\"><COUNT Records=\"9\"/><COLUMNS>\tA\t</COLUMNS><DATA>\t1\t</DATA></RETS>;1;20208;true",
			"MAXROWS;<RETS ReplyCode=\"0\"><COLUMNS>\tA\t</COLUMNS><DATA>\t1\t</DATA><MAXROWS/></RETS>;1;0;true",
			"status 20208;<RETS ReplyCode=\"0\"><RETS-STATUS ReplyCode=\"20208\"/><COLUMNS>\tA\t</COLUMNS><DATA>\t1\t</DATA></RETS>;1;0;true",
			"pipe delimiter;<RETS ReplyCode=\"0\"><DELIMITER value=\"7C\"/><COLUMNS>|A|</COLUMNS><DATA>|1|</DATA></RETS>;1;0;false" })
	void replyShapes(String name, String body, long rows, int replyCode, boolean maxRows) throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Search", Recording.of(200, body, "Content-Type", "text/xml"));
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				List<Map<String, String>> received = new ArrayList<>();

				SearchResult result = client.search(request(), (row) -> received.add(row.toMap()));

				assertThat(result.rowCount()).isEqualTo(rows);
				assertThat(result.replyCode()).isEqualTo(replyCode);
				assertThat(result.maxRowsExceeded()).isEqualTo(maxRows);
				assertThat(result.complete()).isEqualTo(!maxRows);
				if (rows > 0) {
					assertThat(received.get(0)).isEqualTo(Map.of("A", "1"));
				}
			}
		}
	}

	@Test
	void statusFailureInsideSuccessIsException() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Search", Recording.of(200,
					"<RETS ReplyCode=\"0\"><RETS-STATUS ReplyCode=\"20207\" ReplyText=\"Unauthorized\"/></RETS>",
					"Content-Type", "text/xml"));
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				assertThatThrownBy(() -> client.search(request(), (row) -> {
				})).isInstanceOfSatisfying(RetsReplyException.class, (ex) -> assertThat(ex.replyCode()).isEqualTo(20207));
			}
		}
	}

	@Test
	void charsetFromContentType() throws IOException {
		byte[] body = "<RETS ReplyCode=\"0\"><COLUMNS>\tA\t</COLUMNS><DATA>\t\u20ac 5 \u201cnew\u201d\t</DATA></RETS>"
			.getBytes(java.nio.charset.Charset.forName("windows-1252"));
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Search", Recording.of(200, body, "Content-Type", "text/xml; charset=windows-1252"));
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				List<Map<String, String>> received = new ArrayList<>();

				client.search(request(), (row) -> received.add(row.toMap()));

				assertThat(received).containsExactly(Map.of("A", "\u20ac 5 \u201cnew\u201d"));
			}
		}
	}

	private static ReplayServer misshapenServer() throws IOException {
		ReplayServer server = ReplayServer.start();
		server.route("/rets2_1/Search", Recording.of(200, MISSHAPEN, "Content-Type", "text/xml"));
		return FlexmlsReplay.register(server);
	}

	private static SearchRequest request() {
		return SearchRequest.builder("Property", "A").query("(A=1+)").build();
	}

}
