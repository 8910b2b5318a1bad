package org.porchlight.rets.client.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.internal.xml.TextDecoder;
import org.porchlight.rets.client.replay.Recording;

/** GetMetadata parsing in both formats, on captured responses. */
class MetadataResponseParserTests {

	@Test
	void compactSystemTakesAttributesAsRow() throws IOException {
		MetadataResponseParser.Result result = parse(Recording.resource("metadata/terradatum-system.xml"));

		MetadataBlock system = result.blocks().get(0);
		assertThat(system.type()).isEqualTo("SYSTEM");
		assertThat(system.attribute("version")).isEqualTo("01.00.001");
		assertThat(system.rows().get(0)).containsEntry("SystemID", "CRT_RETS")
			.containsEntry("SystemDescription", "Center for REALTOR Technology");
		assertThat(MetadataAssembler.metadata(result.blocks(), List.of(), 0, 0).systemId()).isEqualTo("CRT_RETS");
	}

	@Test
	void compactLookupsOfTwoResources() throws IOException {
		MetadataResponseParser.Result result = parse(Recording.resource("metadata/terradatum-lookup.xml"));

		assertThat(result.blocks()).extracting((block) -> block.attribute("Resource")).containsExactly("Property", "Agent");
		assertThat(result.blocks().get(0).rows()).hasSize(9);
		assertThat(result.blocks().get(0).rows().get(6)).containsEntry("LookupName", "LISTING_STATUS")
			.containsEntry("visiblename", "Listing Status");
		assertThat(result.malformedRows()).isZero();
	}

	@Test
	void noMetadataReply() throws IOException {
		MetadataResponseParser.Result result = parse(Recording.resource("metadata/terradatum-no-records.xml"));

		assertThat(result.reply().code()).isEqualTo(20503);
		assertThat(result.blocks()).isEmpty();
	}

	@Test
	void compactTableWithLatin1Declaration() throws IOException {
		MetadataResponseParser.Result result = parse(Recording.resource("metadata/homefinder-table.txt"));

		MetadataBlock table = result.blocks().get(0);
		assertThat(table.attribute("Class")).isEqualTo("Place");
		assertThat(table.rows()).hasSize(6);
		assertThat(MetadataAssembler.field(table.rows().get(2))).satisfies((field) -> {
			assertThat(field.systemName()).isEqualTo("DM_LVL");
			assertThat(field.dataType()).isEqualTo("Decimal");
			assertThat(field.maximumLength()).isEqualTo(5);
			assertThat(field.precision()).isZero();
			assertThat(field.searchable()).isTrue();
			assertThat(field.standardName()).isNull();
		});
	}

	@Test
	void latin1ByteInDescription() throws IOException {
		MetadataResponseParser.Result result = parse(Recording.resource("metadata/librets-latin1-class.xml"));

		assertThat(result.blocks().get(0).rows()).anySatisfy((row) -> assertThat(row.get("Description")).isEqualTo("N\u0153\u2013ez"));
	}

	@Test
	void standardXmlTableOfFlexmls() throws IOException {
		MetadataResponseParser.Result result = parse(Recording.load("flexmls/metadata-table-a.txt").body());

		MetadataBlock table = result.blocks().get(0);
		assertThat(table.type()).isEqualTo("TABLE");
		assertThat(table.attribute("Resource")).isEqualTo("Property");
		assertThat(table.rows()).hasSize(313);
		assertThat(table.rows()).anySatisfy((row) -> {
			assertThat(row.get("SystemName")).isEqualTo("LIST_87");
			assertThat(row.get("StandardName")).isEqualTo("ModificationTimestamp");
			assertThat(row.get("DataType")).isEqualTo("DateTime");
		});
	}

	@Test
	void standardXmlNamesIgnoreCase() throws IOException {
		String body = "<rets replycode=\"0\"><metadata><metadata-object resource=\"Property\"><object>"
				+ "<OBJECTTYPE>Photo</OBJECTTYPE><MIMEType>image/jpeg</MIMEType><objectcount>PIX</objectcount>"
				+ "</object></metadata-object></metadata></rets>";

		MetadataResponseParser.Result result = parse(body.getBytes(StandardCharsets.UTF_8));

		assertThat(MetadataAssembler.objectType(result.blocks().get(0).rows().get(0))).satisfies((type) -> {
			assertThat(type.objectType()).isEqualTo("Photo");
			assertThat(type.mimeType()).isEqualTo("image/jpeg");
			assertThat(type.objectCountField()).isEqualTo("PIX");
		});
	}

	@Test
	void nestedStandardXmlInheritsResourceAndClass() throws IOException {
		String body = "<RETS ReplyCode=\"0\"><METADATA><METADATA-RESOURCE><Resource><ResourceID>Property</ResourceID>"
				+ "<METADATA-CLASS><Class><ClassName>RES</ClassName><METADATA-TABLE><Field><SystemName>L1</SystemName>"
				+ "</Field></METADATA-TABLE></Class></METADATA-CLASS><KeyField>L1</KeyField></Resource>"
				+ "</METADATA-RESOURCE></METADATA></RETS>";

		MetadataResponseParser.Result result = parse(body.getBytes(StandardCharsets.UTF_8));

		MetadataBlock table = result.blocks().stream().filter((block) -> block.type().equals("TABLE")).findFirst().orElseThrow();
		assertThat(table.attribute("Resource")).isEqualTo("Property");
		assertThat(table.attribute("Class")).isEqualTo("RES");
		assertThat(table.rows().get(0)).containsEntry("SystemName", "L1");
		assertThat(result.blocks().get(0).rows().get(0)).containsEntry("KeyField", "L1");
	}

	@Test
	void compactRowWithWrongFieldCountIsCounted() throws IOException {
		String body = "<RETS ReplyCode=\"0\"><METADATA-LOOKUP_TYPE Resource=\"Property\" Lookup=\"STATUS\">"
				+ "<COLUMNS>\tValue\tShortValue\tLongValue\t</COLUMNS><DATA>\tA\tAct\tActive\t</DATA>"
				+ "<DATA>\tX\t</DATA></METADATA-LOOKUP_TYPE></RETS>";

		MetadataResponseParser.Result result = parse(body.getBytes(StandardCharsets.UTF_8));

		assertThat(result.malformedRows()).isEqualTo(1);
		assertThat(result.blocks().get(0).rows()).hasSize(1);
	}

	private static MetadataResponseParser.Result parse(byte[] body) throws IOException {
		return new MetadataResponseParser("test", TextDecoder.forResponse("test", null))
			.parse(new ByteArrayInputStream(body));
	}

}
