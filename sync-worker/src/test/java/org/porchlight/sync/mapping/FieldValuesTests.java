package org.porchlight.sync.mapping;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FieldValuesTests {

	private static final ZoneOffset CENTRAL = ZoneOffset.of("-05:00");

	@ParameterizedTest
	@CsvSource(textBlock = """
			2024-03-01T10:15:00,            2024-03-01T15:15:00Z
			2024-03-01 10:15:00,            2024-03-01T15:15:00Z
			2024-03-01T10:15:00.5,          2024-03-01T15:15:00.500Z
			2024-03-01T10:15:00Z,           2024-03-01T10:15:00Z
			2024-03-01T10:15:00+01:00,      2024-03-01T09:15:00Z
			2024-03-01T10:15:00.123456789Z, 2024-03-01T10:15:00.123456Z
			""")
	void timestampsParse(String text, String expected) {
		assertThat(FieldValues.parseTimestamp(text, CENTRAL)).isEqualTo(Instant.parse(expected));
	}

	@Test
	void typesFollowRetsDataType() {
		assertThat(FieldValues.parse("Int", "42", CENTRAL)).isEqualTo(42L);
		assertThat(FieldValues.parse("Small", "3.00", CENTRAL)).isEqualTo(3L);
		assertThat(FieldValues.parse("Decimal", "2.75", CENTRAL)).isEqualTo(new BigDecimal("2.75"));
		assertThat(FieldValues.parse("Date", "2024-02-20T00:00:00", CENTRAL)).isEqualTo(LocalDate.of(2024, 2, 20));
		assertThat(FieldValues.parse("Boolean", "N", CENTRAL)).isEqualTo(false);
		assertThat(FieldValues.parse("Boolean", "true", CENTRAL)).isEqualTo(true);
		assertThat(FieldValues.parse("Character", "N", CENTRAL)).isEqualTo("N");
	}

	@Test
	void invalidValuesAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> FieldValues.parse("Int", "3.5", CENTRAL));
		assertThatIllegalArgumentException().isThrownBy(() -> FieldValues.parse("Decimal", "1,000", CENTRAL));
		assertThatIllegalArgumentException().isThrownBy(() -> FieldValues.parse("Date", "20/02/2024", CENTRAL));
		assertThatIllegalArgumentException().isThrownBy(() -> FieldValues.parse("Boolean", "maybe", CENTRAL));
	}

}
