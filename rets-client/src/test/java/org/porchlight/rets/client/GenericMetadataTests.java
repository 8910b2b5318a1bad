package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.metadata.MetadataTable;
import org.porchlight.rets.client.metadata.MetadataTables;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxFilter;

/** Generic metadata types on captures, and loading all resources at once against the sandbox. */
class GenericMetadataTests {

	private static final String MISSHAPEN_LOOKUP = "<RETS ReplyCode=\"0\" ReplyText=\"Success\">\n"
			+ "<METADATA-SEARCH_HELP Resource=\"Property\" Version=\"1.0\">\n"
			+ "<COLUMNS>\tMetadataEntryID\tSearchHelpID\tValue\t</COLUMNS>\n"
			+ "<DATA>\t1\tH1\tEnter a price\u0007 &amp;#8364;\t</DATA>\n<DATA>\t2\t</DATA>\n"
			+ "</METADATA-SEARCH_HELP>\n</RETS>\n";

	@Test
	void foreignKeysFromCapture() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/GetMetadata", Recording.load("metadata/librets-foreign-keys.txt"));
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				MetadataTables result = client.metadata("FOREIGNKEYS", "0");

				assertThat(result.tables()).hasSize(1);
				MetadataTable table = result.tables().get(0);
				assertThat(table.type()).isEqualTo("FOREIGNKEYS");
				assertThat(table.columns()).startsWith("ForeignKeyID", "ParentResourceID", "ParentClassID");
				assertThat(table.rows()).hasSize(1);
				assertThat(table.rows().get(0).get("ChildSystemName")).isEqualTo("AgentID");
				assertThat(server.requests("/GetMetadata").get(0).argument("Type")).isEqualTo("METADATA-FOREIGNKEYS");
			}
		}
	}

	@Test
	void updateTypeFromCapture() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/GetMetadata", Recording.of(200, Recording.resource("metadata/terradatum-update-type.xml"),
					"Content-Type", "text/xml"));
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				MetadataTable table = client.metadata("METADATA-UPDATE_TYPE", "ActiveAgent:ACTAGT:Change_ACTAGT")
					.tables()
					.get(0);

				assertThat(table.attributes()).containsEntry("Resource", "ActiveAgent").containsEntry("Class", "ACTAGT");
				assertThat(table.rows()).extracting((row) -> row.get("SystemName")).containsExactly("AGENT_ID", "OFFICE_ID");
			}
		}
	}

	@Test
	void misshapenRowsAndCleaningCounted() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/GetMetadata", Recording.of(200, MISSHAPEN_LOOKUP, "Content-Type", "text/xml"));
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				MetadataTables result = client.metadata("SEARCH_HELP", "Property");

				assertThat(result.malformedRows()).isEqualTo(1);
				assertThat(result.tables().get(0).rows()).hasSize(1);
				assertThat(result.tables().get(0).rows().get(0).get("Value")).isEqualTo("Enter a price \u20ac");
				assertThat(result.cleanedCharacters()).isEqualTo(2);
			}
		}
	}

	@Test
	void allResourcesAreLoadedAtOnce() {
		List<String> ids = new CopyOnWriteArrayList<>();
		SandboxFilter recording = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.GET_METADATA) {
				ids.add(request.parameter("Type").orElse("") + " " + request.parameter("ID").orElse(""));
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = ResilienceTests.start(recording);
				RetsClient client = RetsClient.create(ResilienceTests.config(sandbox).build())) {
			RetsMetadata metadata = client.metadata();

			assertThat(metadata.resource("Property").orElseThrow().classes()).isNotEmpty();
			assertThat(ids).containsExactlyInAnyOrder("METADATA-SYSTEM 0", "METADATA-RESOURCE 0", "METADATA-CLASS *",
					"METADATA-TABLE *:*", "METADATA-OBJECT *", "METADATA-LOOKUP *", "METADATA-LOOKUP_TYPE *:*");
		}
	}

	@Test
	void rejectedWildcardFallsBackPerResource() {
		SandboxFilter rejecting = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.GET_METADATA
					&& request.parameter("ID").orElse("").startsWith("*")) {
				response.sendError(400, "Invalid ID");
				return;
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = ResilienceTests.start(rejecting);
				RetsClient client = RetsClient.create(ResilienceTests.config(sandbox).build());
				RetsSandbox plain = ResilienceTests.start((request, response, chain) -> chain.proceed(request, response));
				RetsClient plainClient = RetsClient.create(ResilienceTests.config(plain).build())) {
			RetsMetadata perResource = client.metadata();
			RetsMetadata atOnce = plainClient.metadata();

			assertThat(perResource).isEqualTo(atOnce);
			assertThat(perResource.resource("Property").orElseThrow().lookups()).isNotEmpty();
		}
	}

}
