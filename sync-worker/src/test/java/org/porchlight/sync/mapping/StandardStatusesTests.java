package org.porchlight.sync.mapping;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;

class StandardStatusesTests {

	@ParameterizedTest
	@CsvSource(nullValues = "-", textBlock = """
			Active,                  Active
			A-Active,                Active
			Active Under Contract,   ActiveUnderContract
			ActiveUnderContract,     ActiveUnderContract
			Contingent,              ActiveUnderContract
			Pending,                 Pending
			P-Pending Sale,          Pending
			Under Contract,          Pending
			Closed,                  Closed
			S-Closed/Rented,         Closed
			Sold,                    Closed
			Expired,                 Expired
			Withdrawn,               Withdrawn
			Cancelled,               Canceled
			Canceled,                Canceled
			Coming Soon,             ComingSoon
			ComingSoon,              ComingSoon
			Temporarily Off Market,  Hold
			Hold,                    Hold
			Incomplete,              Incomplete
			Something Else,          -
			""")
	void displayValuesNormalize(String displayValue, String expected) {
		assertThat(StandardStatuses.normalize(displayValue)).isEqualTo(expected);
	}

}
