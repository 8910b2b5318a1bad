package org.porchlight.sync.mapping;

import java.util.List;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.porchlight.rets.client.metadata.MetadataField;

import static org.assertj.core.api.Assertions.assertThat;

class ConfidentialFieldsTests {

	private final ConfidentialFields confidential = new ConfidentialFields(List.of("LIST_200"));

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			Remarks                 | Private Remarks
			-                       | Semi-Private Remarks
			AgentRemarks            | Agent Remarks
			ShowingInstructions     | How To Show
			-                       | Showing Time
			-                       | Lock Box Nbr
			LockBoxCode             | -
			SecuritySystemCode      | -
			-                       | Alarm Info
			-                       | Selling Office Comm.
			-                       | Other Comm.
			-                       | Financial: Sales Commission
			BuyerAgencyCompensation | -
			OwnersName              | Owner
			-                       | Owner Phone
			-                       | Owner Contact
			-                       | Seller Name
			-                       | Owner Type: Buyer Name
			-                       | Buyer
			-                       | ListingMemberEmail
			-                       | Tenant Phone
			""")
	void confidentialNamesAreDenied(String standardName, String longName) {
		assertThat(this.confidential.isDenied(field("LIST_1", standardName, longName))).isTrue();
	}

	@ParameterizedTest
	@CsvSource(delimiter = '|', nullValues = "-", textBlock = """
			PublicRemarks  | Public Remarks
			-              | ListingOfficeName
			-              | ListingOfficePhone
			-              | ListingMemberName
			-              | Community
			-              | Bonus Room: Office
			-              | Security Deposit
			-              | Year Built
			Directions     | Directions
			ListPrice      | List Price
			""")
	void publicNamesAreKept(String standardName, String longName) {
		assertThat(this.confidential.isDenied(field("LIST_1", standardName, longName))).isFalse();
	}

	@ParameterizedTest
	@CsvSource({ "LIST_200", "list_200" })
	void configuredSystemNamesAreDenied(String systemName) {
		assertThat(this.confidential.isDenied(field(systemName, null, "Public Remarks"))).isTrue();
	}

	private static MetadataField field(String systemName, String standardName, String longName) {
		return new MetadataField(systemName, standardName, longName, longName, "Character", 100, null, null, null,
				true);
	}

}
