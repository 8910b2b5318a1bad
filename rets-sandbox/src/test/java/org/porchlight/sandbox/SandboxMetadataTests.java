package org.porchlight.sandbox;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porchlight.sandbox.CompactReply.Block;
import org.porchlight.sandbox.internal.metadata.CapturedResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GetMetadata over real HTTP: COMPACT converted from the captured STANDARD-XML, the captured
 * STANDARD-XML itself, and the reply codes for what the sandbox does not have.
 */
class SandboxMetadataTests {

	private static final String STATUS_LOOKUP = "20000426151013377656000000";

	private static RetsSandbox sandbox;

	private static TestRetsClient client;

	@BeforeAll
	static void start() {
		sandbox = RetsSandbox.start(SandboxConfig.builder().port(0).listingCount(10).build());
		client = TestRetsClient.digest(sandbox);
		assertThat(client.login().statusCode()).isEqualTo(200);
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void systemInCompact() {
		HttpResponse<byte[]> response = metadata("METADATA-SYSTEM", "0", "COMPACT");

		String body = new String(response.body(), StandardCharsets.US_ASCII);
		assertThat(response.headers().firstValue("Content-ID")).hasValue("METADATA-SYSTEM");
		assertThat(body).contains("<METADATA-SYSTEM Version=\"01.03.28598\" Date=\"2014-07-08T20:10:20Z\">",
				"<SYSTEM SystemID=\"demomls\" SystemDescription=\"flexmls Web Demo Database\" TimeZoneOffset=\"-05:00\"/>",
				"<COMMENTS></COMMENTS>");
		assertThat(CompactReply.parse(response.body()).replyCode()).isZero();
	}

	@Test
	void resourceInCompact() {
		Block block = compact("METADATA-RESOURCE", "0").only();

		assertThat(block.attributes()).containsEntry("System", "demomls").containsEntry("Version", "01.03.28598");
		assertThat(block.rows()).hasSize(9);
		assertThat(block.column("ResourceID")).contains("Property", "Agent", "Office");
		Map<String, String> property = block.rows().stream()
			.filter((row) -> row.get("ResourceID").equals("Property"))
			.findFirst()
			.orElseThrow();
		assertThat(property).containsEntry("KeyField", "LIST_1").containsEntry("ClassCount", "7");
	}

	@Test
	void classInCompact() {
		Block block = compact("METADATA-CLASS", "Property").only();

		assertThat(block.attributes()).containsEntry("Resource", "Property");
		assertThat(block.column("ClassName")).containsExactly("A", "B", "C", "D", "E", "F", "G");
		assertThat(block.rows().get(0)).containsEntry("StandardName", "ResidentialProperty")
			.containsEntry("VisibleName", "Residential");
	}

	@Test
	void tableOfClassAHas313Fields() {
		Block block = compact("METADATA-TABLE", "Property:A").only();

		assertThat(block.attributes()).containsEntry("Resource", "Property").containsEntry("Class", "A")
			.containsEntry("Version", "01.03.28598").containsEntry("Date", "2014-07-08T20:10:20Z");
		assertThat(block.columns()).startsWith("MetadataEntryID", "SystemName", "StandardName", "LongName")
			.contains("DataType", "Precision", "Interpretation", "LookupName", "InKeyIndex");
		assertThat(block.rows()).hasSize(313);
		Map<String, String> status = block.rows().stream()
			.filter((row) -> row.get("SystemName").equals("LIST_15"))
			.findFirst()
			.orElseThrow();
		assertThat(status).containsEntry("StandardName", "ListingStatus").containsEntry("LookupName", STATUS_LOOKUP)
			.containsEntry("Interpretation", "Lookup");
	}

	@ParameterizedTest
	@CsvSource({ "Property:*", "Property" })
	void tableIdForms(String id) {
		assertThat(compact("METADATA-TABLE", id).only().rows()).hasSize(313);
	}

	@ParameterizedTest
	@CsvSource({ "*", "0" })
	void tableIdFormsOfEveryResource(String id) {
		List<Block> tables = compact("METADATA-TABLE", id).blocks();

		assertThat(tables).extracting((block) -> block.attributes().get("Resource") + ":" + block.attributes().get("Class"))
			.containsExactly("Property:A", "OpenHouse:OpenHouse");
		assertThat(tables.get(0).rows()).hasSize(313);
	}

	@Test
	void lookupListsEveryLookupWithValues() {
		Block lookups = compact("METADATA-LOOKUP", "Property").only();

		assertThat(lookups.columns()).containsExactly("MetadataEntryID", "LookupName", "VisibleName", "Version", "Date");
		assertThat(lookups.column("LookupName")).contains(STATUS_LOOKUP, "20000426151013376279000000",
				"20000426151013383757000000", "20000426151013383980000000", "20000426151013384434000000",
				"20000426151013384206000000");
		CompactReply allTypes = compact("METADATA-LOOKUP_TYPE", "Property:*");
		assertThat(allTypes.blocks()).hasSameSizeAs(lookups.rows());
	}

	@Test
	void statusLookupTypeInCompact() {
		Block block = compact("METADATA-LOOKUP_TYPE", "Property:" + STATUS_LOOKUP).only();

		assertThat(block.attributes()).containsEntry("Resource", "Property").containsEntry("Lookup", STATUS_LOOKUP);
		assertThat(block.columns()).containsExactly("MetadataEntryID", "LongValue", "ShortValue", "Value");
		assertThat(block.column("LongValue")).containsExactly("Active", "Pending", "Closed", "Expired", "Withdrawn");
		assertThat(block.column("Value")).allSatisfy((code) -> assertThat(code).matches("[0-9A-Z]{11}"));
	}

	@Test
	void capturedLookupTypeInCompact() {
		Block block = compact("METADATA-LOOKUP_TYPE", "Property:20000426151013376279000000").only();

		assertThat(block.attributes()).containsEntry("System", "demomls");
		assertThat(block.rows()).hasSize(6);
		assertThat(block.rows().get(0)).containsEntry("LongValue", "Lake/Other").containsEntry("Value", "5PSUX49PM1Q");
	}

	@Test
	void objectInCompact() {
		Block block = compact("METADATA-OBJECT", "Property").only();

		assertThat(block.column("ObjectType")).startsWith("Photo", "Thumbnail").hasSize(9);
		assertThat(block.rows().get(0)).containsEntry("ObjectTimeStamp", "LIST_134").containsEntry("ObjectCount",
				"LIST_133").containsEntry("MimeType", "image/jpeg");
	}

	@Test
	void systemWithStarReturnsEverything() {
		CompactReply reply = compact("METADATA-SYSTEM", "*");

		assertThat(reply.blocks()).extracting(Block::element)
			.startsWith("METADATA-SYSTEM", "METADATA-RESOURCE", "METADATA-CLASS", "METADATA-TABLE")
			.contains("METADATA-OBJECT", "METADATA-LOOKUP", "METADATA-LOOKUP_TYPE");
	}

	@Test
	void standardXmlIsServedAsCaptured() {
		HttpResponse<byte[]> response = metadata("METADATA-TABLE", "Property:A", "STANDARD-XML");

		byte[] captured = CapturedResponse
			.load("org/porchlight/sandbox/captured/metadata-table-property-a.txt")
			.body();
		assertThat(response.body()).isEqualTo(captured);
	}

	@Test
	void standardXmlOfDefinedLookupIsWritten() {
		HttpResponse<byte[]> response = metadata("METADATA-LOOKUP_TYPE", "Property:" + STATUS_LOOKUP, "STANDARD-XML");

		String body = new String(response.body(), StandardCharsets.US_ASCII);
		assertThat(body).contains("<METADATA-LOOKUP_TYPE Resource=\"Property\"", "<LongValue>Active</LongValue>",
				"<LookupType>");
	}

	@ParameterizedTest
	@CsvSource({ "METADATA-TABLE, Property:Z", "METADATA-CLASS, Agent", "METADATA-LOOKUP_TYPE, Property:NOPE",
			"METADATA-FOO, 0", "METADATA-RESOURCE, Nowhere" })
	void unknownTypeOrIdIsNoMetadataFound(String type, String id) {
		CompactReply reply = compact(type, id);

		assertThat(reply.replyCode()).isEqualTo(20503);
	}

	@Test
	void unsupportedFormatIsRejected() {
		CompactReply reply = CompactReply.parse(metadata("METADATA-SYSTEM", "0", "COMPACT-DECODED").body());

		assertThat(reply.replyCode()).isEqualTo(20514);
	}

	@Test
	void gzipWhenAccepted() throws Exception {
		TestRetsClient basic = TestRetsClient.basic(sandbox);
		basic.login();
		java.net.http.HttpRequest request = java.net.http.HttpRequest
			.newBuilder(sandbox.loginUrl().resolve("/rets2_1/GetMetadata?Type=METADATA-TABLE&ID=Property:A&Format=COMPACT"))
			.header("Accept-Encoding", "gzip")
			.build();

		HttpResponse<byte[]> response = basic.send(request);

		assertThat(response.headers().firstValue("Content-Encoding")).hasValue("gzip");
		byte[] body = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(response.body())).readAllBytes();
		assertThat(CompactReply.parse(body).only().rows()).hasSize(313);
	}

	private static CompactReply compact(String type, String id) {
		HttpResponse<byte[]> response = metadata(type, id, "COMPACT");
		assertThat(response.statusCode()).isEqualTo(200);
		return CompactReply.parse(response.body());
	}

	private static HttpResponse<byte[]> metadata(String type, String id, String format) {
		return client.get(RetsTransaction.GET_METADATA, Map.of("Type", type, "ID", id, "Format", format));
	}

}
