package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.porchlight.rets.client.replay.ReplayServer.arguments;

import java.io.IOException;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;

/** COMPACT metadata loading, with a server that rejects {@code ID=Resource:*} for lookup values. */
class MetadataLoadingTests {

	@Test
	void lookupValuesOneLookupAtATime() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Login", Recording.load("flexmls/login-1.7.2.txt"));
			server.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
			String path = "/rets2_1/GetMetadata";
			server.route(path, arguments("Type", "METADATA-SYSTEM"), compact("<METADATA-SYSTEM Version=\"1.0\">"
					+ "<SYSTEM SystemID=\"TEST\" SystemDescription=\"Test MLS\"/></METADATA-SYSTEM>"));
			server.route(path, arguments("Type", "METADATA-RESOURCE"), compact("<METADATA-RESOURCE>"
					+ "<COLUMNS>\tResourceID\tStandardName\tKeyField\t</COLUMNS><DATA>\tProperty\tProperty\tKEY\t</DATA>"
					+ "</METADATA-RESOURCE>"));
			server.route(path, arguments("Type", "METADATA-CLASS"), compact("<METADATA-CLASS Resource=\"Property\">"
					+ "<COLUMNS>\tClassName\tVisibleName\t</COLUMNS><DATA>\tRES\tResidential\t</DATA></METADATA-CLASS>"));
			server.route(path, arguments("Type", "METADATA-TABLE", "ID", "Property:RES"), compact(
					"<METADATA-TABLE Resource=\"Property\" Class=\"RES\"><COLUMNS>\tSystemName\tStandardName\tDataType\tLookupName\t</COLUMNS>"
							+ "<DATA>\tKEY\tListingKey\tCharacter\t\t</DATA><DATA>\tSTAT\tStandardStatus\tCharacter\tSTATUS\t</DATA>"
							+ "</METADATA-TABLE>"));
			server.route(path, arguments("Type", "METADATA-LOOKUP"), compact("<METADATA-LOOKUP Resource=\"Property\">"
					+ "<COLUMNS>\tLookupName\tVisibleName\t</COLUMNS><DATA>\tSTATUS\tStatus\t</DATA></METADATA-LOOKUP>"));
			rejectLookupWildcard(server);
			server.route(path, arguments("Type", "METADATA-LOOKUP_TYPE", "ID", "Property:STATUS"), compact(
					"<METADATA-LOOKUP_TYPE Resource=\"Property\" Lookup=\"STATUS\"><COLUMNS>\tValue\tShortValue\tLongValue\t</COLUMNS>"
							+ "<DATA>\tA\tAct\tActive\t</DATA><DATA>\tS\tSld\tSold\t</DATA></METADATA-LOOKUP_TYPE>"));
			server.route(path, arguments("Type", "METADATA-OBJECT"),
					Recording.of(200, "<RETS ReplyCode=\"20503\" ReplyText=\"No Metadata Found\"/>", "Content-Type", "text/xml"));
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				RetsMetadata metadata = client.metadata();

				MetadataResource property = metadata.resource("Property").orElseThrow();
				MetadataLookup status = property.lookup("STATUS").orElseThrow();
				assertThat(metadata.systemId()).isEqualTo("TEST");
				assertThat(status.visibleName()).isEqualTo("Status");
				assertThat(status.values()).extracting((value) -> value.longValue()).containsExactly("Active", "Sold");
				assertThat(property.objectTypes()).isEmpty();
				assertThat(property.metadataClass("RES").orElseThrow().fields()).hasSize(2);
				assertThat(server.requests("/GetMetadata")).allMatch((request) -> request.argument("Format").equals("COMPACT"));
			}
		}
	}

	private static void rejectLookupWildcard(ReplayServer server) {
		server.route("/rets2_1/GetMetadata", (request) -> "Property:*".equals(request.argument("ID")),
				Recording.of(200, "<RETS ReplyCode=\"20502\" ReplyText=\"Invalid Identifier\"/>", "Content-Type", "text/xml"),
				false);
	}

	private static Recording compact(String content) {
		return Recording.of(200, "<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n" + content + "\n</RETS>\n", "Content-Type",
				"text/xml");
	}

}
