package org.porchlight.sandbox.internal.metadata;

import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class MetadataCatalogTests {

	private final MetadataCatalog catalog = MetadataCatalog.load();

	@Test
	void systemFacts() {
		assertThat(this.catalog.version()).isEqualTo("01.03.28598");
		assertThat(this.catalog.date()).isEqualTo("2014-07-08T20:10:20Z");
		assertThat(this.catalog.timeZoneOffset()).isEqualTo(ZoneOffset.ofHours(-5));
		assertThat(this.catalog.keyField("Property")).hasValue("LIST_1");
	}

	@Test
	void classAFields() {
		Map<String, FieldDefinition> fields = this.catalog.fields("Property", "A").orElseThrow();

		assertThat(fields).hasSize(313);
		assertThat(fields.get("LIST_22")).isEqualTo(new FieldDefinition("LIST_22", "ListPrice", "List Price", "Decimal",
				15, 2, "Number", "", true));
		assertThat(fields.get("GF20000426144503192975000000").isMultiLookup()).isTrue();
		assertThat(fields.get("LIST_87").kind()).isEqualTo(FieldDefinition.ValueKind.DATE_TIME);
		assertThat(this.catalog.fields("Property", "B")).isEmpty();
	}

	@Test
	void everyLookupOfTheCapturedRecordsHasValues() {
		assertThat(this.catalog.lookup("20000426151013376279000000").orElseThrow().codeOf("lake/other"))
			.hasValue("5PSUX49PM1Q");
		assertThat(this.catalog.lookup("20000426151013377656000000").orElseThrow().longValues())
			.containsExactly("Active", "Pending", "Closed", "Expired", "Withdrawn");
		assertThat(this.catalog.lookup("20000426151013383980000000").orElseThrow().shortValue(
				this.catalog.lookup("20000426151013383980000000").orElseThrow().requireCode("North Dakota")))
			.hasValue("ND");
	}

	@Test
	void compactKeepsAttributesAndColumns() {
		List<MetadataBlock> table = this.catalog.select("TABLE", "Property:A");

		String compact = new String(MetadataWriter.compact(table), StandardCharsets.US_ASCII);

		assertThat(compact).contains("<METADATA-TABLE Resource=\"Property\" Class=\"A\" Version=\"01.03.28598\" "
				+ "Date=\"2014-07-08T20:10:20Z\" System=\"demomls\">");
		assertThat(compact).contains("<COLUMNS>\tMetadataEntryID\tSystemName\tStandardName\tLongName\tDBName\tShortName\t"
				+ "MaximumLength\tDataType\tPrecision\tSearchable\tInterpretation\tAlignment\tUseSeparator\tEditMaskID\t"
				+ "LookupName\tMaxSelect\tUnits\tIndex\tMinimum\tMaximum\tDefault\tRequired\tSearchHelpID\tUnique\t"
				+ "InKeyIndex\t</COLUMNS>");
		assertThat(compact).contains("<DATA>\t1a0b25f3df5272c0d5ed279a9af030dc\tLIST_1\t\tInternal Listing ID\ttechid\t"
				+ "LISTID\t26\tCharacter\t\t1\t");
		assertThat(compact.lines().filter((line) -> line.startsWith("<DATA>"))).hasSize(313);
	}

	@Test
	void capturedBlockKeepsItsBody() {
		MetadataBlock object = this.catalog.select("OBJECT", "Property").get(0);

		assertThat(object.capturedBody()).isNotNull();
		assertThat(MetadataWriter.standardXml(List.of(object))).isEqualTo(object.capturedBody());
		assertThat(this.catalog.select("OBJECT", "Property:Photo").get(0).capturedBody()).isNull();
	}

	@Test
	void standardXmlRoundTrips() {
		List<MetadataBlock> lookups = this.catalog.select("LOOKUP_TYPE", "*");

		List<MetadataBlock> reread = StandardXmlMetadataReader.read(MetadataWriter.standardXml(lookups), false);

		assertThat(reread).hasSameSizeAs(lookups);
		for (int i = 0; i < lookups.size(); i++) {
			assertThat(reread.get(i).attributes()).isEqualTo(lookups.get(i).attributes());
			assertThat(reread.get(i).rows()).isEqualTo(lookups.get(i).rows());
		}
	}

	@Test
	void unknownIdsHaveNoMetadata() {
		assertThatExceptionOfType(NoMetadataException.class).isThrownBy(() -> this.catalog.select("TABLE", "Property:Q"));
		assertThatExceptionOfType(NoMetadataException.class).isThrownBy(() -> this.catalog.select("UPDATE", "0"));
		assertThatExceptionOfType(NoMetadataException.class).isThrownBy(() -> this.catalog.select("CLASS", "Office"));
	}

}
