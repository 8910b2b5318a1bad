package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;

/** STANDARD-XML search responses, well-formed and not, over HTTP. */
class StandardXmlSearchTests {

	private static final String TWO_LISTINGS = """
			<?xml version="1.0" encoding="windows-1252"?>
			<RETS ReplyCode="0" ReplyText="Operation Successful">
			<COUNT Records="3"/>
			<REData>
			<REProperties>
			<ResidentialProperty>
			<Listing><ListingID>L1</ListingID><ListPrice>250000</ListPrice>
			<StreetAddress><City>Montr\u00e9al</City><PostalCode>H2X</PostalCode></StreetAddress>
			<Remarks>Caf&amp;#233; nearby &amp; quiet\u0001 street &#1;</Remarks></Listing>
			<Office><City>Laval</City></Office>
			</ResidentialProperty>
			<ResidentialProperty>
			<Listing><ListingID>L2</ListingID><ListPrice>99000</ListPrice><Remarks>Fixer & upper</Remarks></Listing>
			</ResidentialProperty>
			</REProperties>
			</REData>
			<MAXROWS/>
			</RETS>
			""";

	private ReplayServer server;

	private RetsClient client;

	@BeforeEach
	void start() throws IOException {
		this.server = ReplayServer.start();
	}

	@AfterEach
	void stop() {
		if (this.client != null) {
			this.client.close();
		}
		this.server.close();
	}

	@Test
	void recordsAreFlattenedAndCleaned() {
		serve(TWO_LISTINGS.getBytes(Charset.forName("windows-1252")), "text/xml");
		List<Map<String, String>> rows = new ArrayList<>();

		SearchResult result = search(rows);

		assertThat(rows).hasSize(2);
		assertThat(rows.get(0)).containsEntry("ListingID", "L1")
			.containsEntry("City", "Montréal")
			.containsEntry("Remarks", "Café nearby & quiet street")
			.containsEntry("Office.City", "Laval");
		assertThat(rows.get(1)).containsEntry("Remarks", "Fixer & upper");
		assertThat(result.columns()).contains("ListingID", "ListPrice", "City", "Office.City");
		assertThat(result.totalCount()).hasValue(3);
		assertThat(result.maxRowsExceeded()).isTrue();
		assertThat(result.complete()).isFalse();
		assertThat(result.cleanedCharacters()).isEqualTo(4);
		assertThat(this.server.requests("/Search").get(0).argument("Format")).isEqualTo("STANDARD-XML");
	}

	@Test
	void charsetFromContentType() {
		String body = TWO_LISTINGS.replace("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n", "");
		serve(body.getBytes(StandardCharsets.ISO_8859_1), "text/xml; charset=ISO-8859-1");
		List<Map<String, String>> rows = new ArrayList<>();

		search(rows);

		assertThat(rows.get(0)).containsEntry("City", "Montréal");
	}

	@Test
	void noRecordsReplyIsEmpty() {
		serve("<RETS ReplyCode=\"20201\" ReplyText=\"No Records Found\"/>".getBytes(StandardCharsets.US_ASCII),
				"text/xml");
		List<Map<String, String>> rows = new ArrayList<>();

		SearchResult result = search(rows);

		assertThat(rows).isEmpty();
		assertThat(result.replyCode()).isEqualTo(20201);
	}

	@Test
	void statusInsideSuccessIsHonoured() {
		serve(("<RETS ReplyCode=\"0\" ReplyText=\"OK\"><RETS-STATUS ReplyCode=\"20207\" ReplyText=\"Unauthorized query\"/>"
				+ "</RETS>").getBytes(StandardCharsets.US_ASCII), "text/xml");

		assertThatThrownBy(() -> search(new ArrayList<>())).isInstanceOfSatisfying(RetsReplyException.class,
				(ex) -> assertThat(ex.replyCode()).isEqualTo(20207));
	}

	private SearchResult search(List<Map<String, String>> rows) {
		this.client = RetsClient.create(FlexmlsReplayTests.config(this.server.loginUrl()).build());
		return this.client.search(SearchRequest.builder("Property", "RES")
			.query("(ListPrice=0+)")
			.format(SearchFormat.STANDARD_XML)
			.build(), (row) -> rows.add(row.toMap()));
	}

	private void serve(byte[] body, String contentType) {
		this.server.route("/rets2_1/Search", Recording.of(200, body, "Content-Type", contentType));
		FlexmlsReplay.register(this.server);
	}

}
