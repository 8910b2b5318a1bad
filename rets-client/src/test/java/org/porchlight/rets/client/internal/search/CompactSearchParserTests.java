package org.porchlight.rets.client.internal.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import javax.xml.parsers.DocumentBuilderFactory;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.RetsParseException;
import org.porchlight.rets.client.RetsReplyException;
import org.porchlight.rets.client.internal.xml.TextDecoder;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.search.SearchRow;
import org.xml.sax.SAXParseException;

/** COMPACT search parsing on responses captured from real servers and client projects. */
class CompactSearchParserTests {

	private final List<SearchRow> rows = new ArrayList<>();

	@Test
	void rawAngleBracketsInDataAreKept() throws IOException {
		SearchOutcome outcome = parse("search/rets4r-unescaped.xml");

		assertThat(outcome.columns()).containsExactly("First", "Second", "Third");
		assertThat(this.rows).hasSize(2);
		assertThat(this.rows.get(0).toMap()).containsExactly(Map.entry("First", "Datum1"),
				Map.entry("Second", "<Datum&2"), Map.entry("Third", "Datum3"));
		assertThat(this.rows.get(1).get("Second")).isEqualTo("D>atum5");
		assertThat(outcome.totalCount()).hasValue(4);
		assertThat(outcome.maxRows()).isTrue();
	}

	@Test
	void xmlParserRejectsTheSameResponse() {
		byte[] body = Recording.resource("search/rets4r-unescaped.xml");
		DocumentBuilderFactory factory = DocumentBuilderFactory.newInstance();

		assertThatThrownBy(() -> {
			javax.xml.parsers.DocumentBuilder builder = factory.newDocumentBuilder();
			builder.setErrorHandler(new org.xml.sax.helpers.DefaultHandler());
			builder.parse(new ByteArrayInputStream(body));
		}).isInstanceOf(SAXParseException.class);
	}

	@Test
	void dataWithoutTrailingDelimiter() throws IOException {
		parse("search/rets4r-compact.xml");

		assertThat(this.rows).extracting((row) -> row.get("Third")).containsExactly("Datum3", "Datum6");
		assertThat(this.rows.get(0).get("First")).isEqualTo("Datum1");
	}

	@Test
	void missingEdgeDelimitersGiveSameRows() throws IOException {
		List<Map<String, String>> expected = List.of(
				Map.of("ListingID", "LN000005", "ListPrice", "250000", "City", "Chicago", "ListDate", "2004-07-04"),
				Map.of("ListingID", "LN000004", "ListPrice", "380000", "City", "Buffalo Grove", "ListDate", "2004-05-30"));
		for (String capture : List.of("search/librets-no-count.xml", "search/librets-no-final-tab.xml",
				"search/librets-no-leading-tab.xml", "search/librets-maxrows-status.xml")) {
			this.rows.clear();

			parse(capture);

			assertThat(this.rows).as(capture).extracting(SearchRow::toMap).containsExactlyElementsOf(expected);
		}
	}

	@Test
	void retsStatus20208MeansMaxRows() throws IOException {
		SearchOutcome outcome = parse("search/librets-maxrows-status.xml");

		assertThat(outcome.maxRows()).isTrue();
		assertThat(outcome.replyCode()).isZero();
		assertThat(outcome.totalCount()).hasValue(2);
	}

	@Test
	void pipeDelimiter() throws IOException {
		parse("search/librets-pipe.xml");

		assertThat(this.rows).extracting(SearchRow::toMap).containsExactly(Map.of("CITY", "AURORA"));
	}

	@Test
	void singleColumnWithEmptyValue() throws IOException {
		parse("search/librets-single-column.xml");

		assertThat(this.rows).extracting((row) -> row.get("ListingID")).containsExactly("LN000005", "LN000004", "");
	}

	@Test
	void invalidUtf8FallsBackToWindows1252() throws IOException {
		parse("search/librets-latin1.xml");

		// The capture's name bytes are 0x9C 0x96, which windows-1252 maps to these two characters.
		assertThat(this.rows.get(0).get("LastName")).isEqualTo("N\u0153\u2013ez");
		assertThat(this.rows.get(0).get("FirstName")).isEqualTo("Placeholder");
	}

	@Test
	void latin1RemarksWithoutAnyDeclaration() throws IOException {
		byte[] body = "<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n<DELIMITER value=\"09\"/>\n<COLUMNS>\tListingKey\tRemarks\t</COLUMNS>\n<DATA>\tK1\tBrand\u00ae appliances, caf\u00e9 nearby\t</DATA>\n</RETS>"
			.getBytes(StandardCharsets.ISO_8859_1);

		parse(body, null);

		assertThat(this.rows.get(0).get("Remarks")).isEqualTo("Brand® appliances, café nearby");
	}

	@Test
	void utf8Bytes() throws IOException {
		parse("search/librets-utf8.xml");

		assertThat(this.rows.get(0).get("LastName")).isEqualTo("Núñez");
	}

	@Test
	void charsetFromContentType() throws IOException {
		byte[] body = "<RETS ReplyCode=\"0\" ReplyText=\"OK\"><COLUMNS>\tK\tRemarks\t</COLUMNS><DATA>\tK1\tcaf\u00e9 \u00ae\t</DATA></RETS>"
			.getBytes(StandardCharsets.ISO_8859_1);

		parse(body, "ISO-8859-1");

		assertThat(this.rows.get(0).get("Remarks")).isEqualTo("café ®");
	}

	@Test
	void charsetFromXmlDeclaration() throws IOException {
		byte[] body = ("<?xml version=\"1.0\" encoding=\"windows-1252\"?>\n<RETS ReplyCode=\"0\">\n<COLUMNS>\tK\tRemarks\t</COLUMNS>"
				+ "\n<DATA>\tK1\t\u20ac 5\t</DATA>\n</RETS>").getBytes(java.nio.charset.Charset.forName("windows-1252"));

		parse(body, null);

		assertThat(this.rows.get(0).get("Remarks")).isEqualTo("€ 5");
	}

	@Test
	void entitiesInRealRow() throws IOException {
		SearchOutcome outcome = parse("search/rets4r-ntreis-row.xml");

		SearchRow row = this.rows.get(0);
		assertThat(outcome.columns()).hasSize(79);
		assertThat(row.get("REMARKS")).startsWith("Custom home built in 05'.").contains("BDRM & Bath");
		assertThat(row.get("ZIPCODE")).isEqualTo("79606-6652");
		assertThat(row.get("LISTPRICE")).isEqualTo("239000");
		assertThat(outcome.totalCount()).hasValue(38610);
	}

	@Test
	void numericReferencesAndSurrogatePairs() throws IOException {
		parse(("<RETS ReplyCode=\"0\"><DELIMITER value=\"09\"/><COLUMNS>\tA\tB\tC\t</COLUMNS>"
				+ "<DATA>\t&#65;&#x42;&quot;&lt;&gt;\t&#55357;&#56842;\tAT&T &unknown; &#xZZ;\t</DATA></RETS>")
			.getBytes(StandardCharsets.UTF_8), null);

		assertThat(this.rows.get(0).get("A")).isEqualTo("AB\"<>");
		assertThat(this.rows.get(0).get("B")).isEqualTo("\uD83D\uDE0A");
		assertThat(this.rows.get(0).get("C")).isEqualTo("AT&T &unknown; &#xZZ;");
	}

	@Test
	void missingDelimiterElementMeansTab() throws IOException {
		parse("<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n<COUNT Records=\"1\" />\n<COLUMNS>\tListingKey\tListPrice\tUnitNumber\t</COLUMNS>\n<DATA>\tK1\t250000\t\t</DATA>\n</RETS>"
			.getBytes(StandardCharsets.UTF_8), null);

		assertThat(this.rows.get(0).toMap()).containsExactly(Map.entry("ListingKey", "K1"),
				Map.entry("ListPrice", "250000"), Map.entry("UnitNumber", ""));
	}

	@Test
	void rowWithWrongFieldCountIsSkipped() throws IOException {
		SearchOutcome outcome = parse(("<RETS ReplyCode=\"0\"><COLUMNS>\tA\tB\t</COLUMNS><DATA>\t1\t2\t</DATA>"
				+ "<DATA>\t1\t2\t3\t4\t</DATA><DATA>\t5\t6\t</DATA></RETS>").getBytes(StandardCharsets.UTF_8), null);

		assertThat(outcome.rowsRead()).isEqualTo(3);
		assertThat(outcome.malformedRows()).isEqualTo(1);
		assertThat(this.rows).extracting((row) -> row.get("A")).containsExactly("1", "5");
	}

	@Test
	void failureHiddenInRetsStatus() {
		byte[] body = "<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n<RETS-STATUS ReplyCode=\"20503\" ReplyText=\"No Metadata\"/>\n</RETS>"
			.getBytes(StandardCharsets.UTF_8);

		assertThatThrownBy(() -> parse(body, null)).isInstanceOfSatisfying(RetsReplyException.class,
				(ex) -> assertThat(ex.replyCode()).isEqualTo(20503));
	}

	@Test
	void noRecordsInRetsStatus() throws IOException {
		SearchOutcome outcome = parse("<RETS ReplyCode=\"0\"><RETS-STATUS ReplyCode=\"20201\" ReplyText=\"No Records\"/></RETS>"
			.getBytes(StandardCharsets.UTF_8), null);

		assertThat(outcome.replyCode()).isEqualTo(20201);
		assertThat(outcome.rowsRead()).isZero();
	}

	@Test
	void noRecordsReply() throws IOException {
		SearchOutcome outcome = parse("search/librets-no-records.xml");

		assertThat(outcome.replyCode()).isEqualTo(20201);
		assertThat(outcome.rowsRead()).isZero();
		assertThat(this.rows).isEmpty();
	}

	@Test
	void countOnlyReply() throws IOException {
		SearchOutcome outcome = parse("search/rets4r-count-only.xml");

		assertThat(outcome.totalCount()).hasValue(1024);
		assertThat(outcome.columns()).isEmpty();
	}

	@Test
	void errorReplyCarriesServerText() {
		assertThatThrownBy(() -> parse("search/librets-error-extended.xml"))
			.isInstanceOfSatisfying(RetsReplyException.class, (ex) -> {
				assertThat(ex.replyCode()).isEqualTo(20206 - 1);
				assertThat(ex.replyText()).isEqualTo("Invalid Query Syntax");
				assertThat(ex.getMessage()).contains("You can't do that, so try better next time.");
			});
	}

	@Test
	void truncatedResponseIsParseError() {
		assertThatThrownBy(() -> parse("search/rets4r-unclosed.xml")).isInstanceOf(RetsParseException.class)
			.hasMessageContaining("ended");
	}

	@Test
	void rowsArriveBeforeTheResponseEnds() throws IOException {
		byte[] head = "<RETS ReplyCode=\"0\"><COLUMNS>\tA\t</COLUMNS><DATA>\t1\t</DATA><DATA>\t2\t</DATA>"
			.getBytes(StandardCharsets.UTF_8);
		InputStream endless = new java.io.SequenceInputStream(new ByteArrayInputStream(head), new InputStream() {
			@Override
			public int read() {
				throw new IllegalStateException("read past the rows that were needed");
			}
		});
		CompactSearchParser parser = new CompactSearchParser("test", TextDecoder.forResponse("test", null), (row) -> {
			this.rows.add(row);
			if (this.rows.size() == 2) {
				throw new StopException();
			}
		});

		assertThatThrownBy(() -> parser.parse(endless)).isInstanceOf(StopException.class);
		assertThat(this.rows).extracting((row) -> row.get("A")).containsExactly("1", "2");
	}

	@Test
	void largeResponseIsStreamedRowByRow() throws IOException {
		byte[] row = "<DATA>\tK\t250000\tA long public remark with &amp; an entity and some more words\t</DATA>\n"
			.getBytes(StandardCharsets.UTF_8);
		int rowCount = 200_000;
		InputStream body = new java.io.SequenceInputStream(java.util.Collections.enumeration(List.of(
				new ByteArrayInputStream("<RETS ReplyCode=\"0\"><COLUMNS>\tK\tP\tR\t</COLUMNS>\n".getBytes(StandardCharsets.UTF_8)),
				new RepeatedInputStream(row, rowCount),
				new ByteArrayInputStream("</RETS>".getBytes(StandardCharsets.UTF_8)))));
		long[] remarks = new long[1];
		CompactSearchParser parser = new CompactSearchParser("test", TextDecoder.forResponse("test", null),
				(parsed) -> remarks[0] += parsed.get("R").length());

		SearchOutcome outcome = parser.parse(body);

		assertThat(outcome.rowsDelivered()).isEqualTo(rowCount);
		assertThat(remarks[0]).isEqualTo(rowCount * (long) "A long public remark with & an entity and some more words".length());
	}

	private SearchOutcome parse(String capture) throws IOException {
		return parse(Recording.resource(capture), null);
	}

	private SearchOutcome parse(byte[] body, String headerCharset) throws IOException {
		CompactSearchParser parser = new CompactSearchParser("test", TextDecoder.forResponse("test", headerCharset),
				this.rows::add);
		return parser.parse(new ByteArrayInputStream(body));
	}

	private static final class StopException extends RuntimeException {

	}

	/** Returns {@code count} copies of {@code unit} without holding them in memory. */
	private static final class RepeatedInputStream extends InputStream {

		private final byte[] unit;

		private long remaining;

		private int position;

		RepeatedInputStream(byte[] unit, long count) {
			this.unit = unit;
			this.remaining = count;
		}

		@Override
		public int read() {
			byte[] single = new byte[1];
			return (read(single, 0, 1) < 0) ? -1 : single[0];
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			if (this.remaining == 0) {
				return -1;
			}
			int count = Math.min(length, this.unit.length - this.position);
			System.arraycopy(this.unit, this.position, buffer, offset, count);
			this.position += count;
			if (this.position == this.unit.length) {
				this.position = 0;
				this.remaining--;
			}
			return count;
		}

	}

}
