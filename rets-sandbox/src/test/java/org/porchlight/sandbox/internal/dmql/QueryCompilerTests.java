package org.porchlight.sandbox.internal.dmql;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.porchlight.sandbox.internal.metadata.FieldDefinition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class QueryCompilerTests {

	private static final Map<String, FieldDefinition> FIELDS = fields(
			field("PRICE", "Decimal", 2, "", ""), field("BEDS", "Int", 0, "", ""),
			field("LISTED", "Date", 0, "", ""), field("MODIFIED", "DateTime", 0, "", ""),
			field("STATUS", "Character", 0, "Lookup", "STATUS_LOOKUP"),
			field("FEATURES", "Character", 0, "LookupMulti", "FEATURE_LOOKUP"), field("STREET", "Character", 0, "", ""));

	private static final Map<String, String> RECORD = Map.of("PRICE", "250000.00", "BEDS", "3", "LISTED", "2014-07-08",
			"MODIFIED", "2014-07-08T20:10:20", "STATUS", "ACT", "FEATURES", "POOL,DECK", "STREET", "Prairie Rose");

	private final QueryCompiler compiler = new QueryCompiler(FIELDS, () -> LocalDateTime.of(2014, 7, 9, 12, 0),
			ZoneOffset.ofHours(-5));

	@Test
	void numbersCompareAsDecimals() {
		assertThat(matches("(PRICE=250000)")).isTrue();
		assertThat(matches("(PRICE=250000.001)")).isFalse();
		assertThat(matches("(PRICE=249999.99+)")).isTrue();
		assertThat(matches("(PRICE=90000+)")).isTrue();
		assertThat(matches("(PRICE=250000-)")).isTrue();
		assertThat(matches("(PRICE=249999-)")).isFalse();
		assertThat(matches("(PRICE=200000-300000)")).isTrue();
		assertThat(matches("(BEDS=4-5)")).isFalse();
		assertThat(matches("(BEDS=1,3,5)")).isTrue();
	}

	@Test
	void datesCompareAsDates() {
		assertThat(matches("(LISTED=2014-07-08)")).isTrue();
		assertThat(matches("(LISTED=2014-07-08+)")).isTrue();
		assertThat(matches("(LISTED=2014-07-09+)")).isFalse();
		assertThat(matches("(LISTED=2014-07-08T23:00:00)")).isTrue();
		assertThat(matches("(LISTED=2014-07-01-2014-07-31)")).isTrue();
		assertThat(matches("(LISTED=TODAY-)")).isTrue();
	}

	@Test
	void timestampsCompareAsTimestamps() {
		assertThat(matches("(MODIFIED=2014-07-08T20:10:20)")).isTrue();
		assertThat(matches("(MODIFIED=2014-07-08T20:10:21+)")).isFalse();
		assertThat(matches("(MODIFIED=2014-07-08T20:10:20+)")).isTrue();
		assertThat(matches("(MODIFIED=2014-07-08T20:10:19-)")).isFalse();
		assertThat(matches("(MODIFIED=2014-07-08)")).isTrue();
		assertThat(matches("(MODIFIED=2014-07-09+)")).isFalse();
		assertThat(matches("(MODIFIED=2014-07-08T20:00:00-2014-07-08T21:00:00)")).isTrue();
		assertThat(matches("(MODIFIED=2014-07-09T01:10:20Z)")).isTrue();
		assertThat(matches("(MODIFIED=NOW-)")).isTrue();
	}

	@Test
	void lookupCodes() {
		assertThat(matches("(STATUS=|ACT,PND)")).isTrue();
		assertThat(matches("(STATUS=~ACT)")).isFalse();
		assertThat(matches("(STATUS=ACT)")).isTrue();
		assertThat(matches("(FEATURES=|DECK)")).isTrue();
		assertThat(matches("(FEATURES=+POOL,DECK)")).isTrue();
		assertThat(matches("(FEATURES=+POOL,FENCE)")).isFalse();
		assertThat(matches("(FEATURES=~FENCE,GARDEN)")).isTrue();
	}

	@Test
	void textIgnoresCaseAndSupportsWildcards() {
		assertThat(matches("(STREET=prairie rose)")).isTrue();
		assertThat(matches("(STREET=Prairie*)")).isTrue();
		assertThat(matches("(STREET=*ros?)")).isTrue();
		assertThat(matches("(STREET=\"Prairie*\")")).isFalse();
		assertThat(matches("(STREET=Prairie)")).isFalse();
	}

	@Test
	void emptyValues() {
		Map<String, String> empty = Map.of();

		assertThat(matches("(PRICE=0+)", empty)).isFalse();
		assertThat(matches("(STATUS=~ACT)", empty)).isTrue();
		assertThat(matches("(STREET=.EMPTY.)", empty)).isTrue();
		assertThat(matches("(STREET=.ANY.)")).isTrue();
	}

	@Test
	void booleanCombinations() {
		assertThat(matches("(BEDS=3),(STATUS=|ACT)")).isTrue();
		assertThat(matches("(BEDS=4)|(STATUS=|ACT)")).isTrue();
		assertThat(matches("~(BEDS=4),~(STATUS=|PND)")).isTrue();
		assertThat(matches("((BEDS=4)|(BEDS=5)),(STATUS=|ACT)")).isFalse();
	}

	@Test
	void unknownField() {
		assertThatExceptionOfType(UnknownFieldException.class).isThrownBy(() -> matches("(BEDS=3)|(NOPE=1)"))
			.satisfies((ex) -> assertThat(ex.field()).isEqualTo("NOPE"));
	}

	@Test
	void itemsMustFitDataType() {
		assertThatExceptionOfType(DmqlSyntaxException.class).isThrownBy(() -> matches("(PRICE=cheap)"));
		assertThatExceptionOfType(DmqlSyntaxException.class).isThrownBy(() -> matches("(LISTED=2014-13-45)"));
		assertThatExceptionOfType(DmqlSyntaxException.class).isThrownBy(() -> matches("(MODIFIED=yesterday+)"));
	}

	private boolean matches(String query) {
		return matches(query, RECORD);
	}

	private boolean matches(String query, Map<String, String> record) {
		Predicate<FieldValues> predicate = this.compiler.compile(DmqlParser.parse(query));
		return predicate.test((name) -> record.getOrDefault(name, ""));
	}

	private static FieldDefinition field(String name, String dataType, int precision, String interpretation,
			String lookup) {
		return new FieldDefinition(name, "", name, dataType, 20, precision, interpretation, lookup, true);
	}

	private static Map<String, FieldDefinition> fields(FieldDefinition... definitions) {
		Map<String, FieldDefinition> fields = new LinkedHashMap<>();
		for (FieldDefinition definition : definitions) {
			fields.put(definition.systemName(), definition);
		}
		return fields;
	}

}
