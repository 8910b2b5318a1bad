package org.porchlight.sync.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porchlight.rets.client.metadata.MetadataField;

import static org.assertj.core.api.Assertions.assertThat;

class FieldNamesTests {

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			ListingMemberShortId | -     | Listing Member Short Id
			MLSNumber            | -     | MLS Number
			HOAFee               | -     | HOA Fee
			YearBuilt2           | -     | Year Built2
			Year Built           | -     | Year Built
			Total SqFt.          | -     | Total SqFt.
			MLS                  | -     | MLS
			Geo Lat              | -     | Geo Lat
			-                    | ListOffShort | List Off Short
			-                    | -     | LIST_110
			""")
	void labelSplitsCamelCaseWordsOnly(String longName, String shortName, String label) {
		MetadataField field = new MetadataField("LIST_110", null, longName, shortName, "Character", 20, null, null,
				null, true);

		assertThat(FieldNames.label(field)).isEqualTo(label);
	}

}
