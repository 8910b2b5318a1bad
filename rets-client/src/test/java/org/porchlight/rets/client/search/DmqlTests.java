package org.porchlight.rets.client.search;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;

import org.junit.jupiter.api.Test;

class DmqlTests {

	@Test
	void lookupOperators() {
		assertThat(Dmql.field("LIST_15").lookupAny("A", "B")).hasToString("(LIST_15=|A,B)");
		assertThat(Dmql.field("LIST_15").lookupAll("A", "B")).hasToString("(LIST_15=+A,B)");
		assertThat(Dmql.field("LIST_15").lookupNone("A")).hasToString("(LIST_15=~A)");
	}

	@Test
	void rangesOfNumbersAndDates() {
		assertThat(Dmql.field("LIST_22").between(100000, 250000)).hasToString("(LIST_22=100000-250000)");
		assertThat(Dmql.field("LIST_22").greaterOrEqual(new BigDecimal("99.50"))).hasToString("(LIST_22=99.50+)");
		assertThat(Dmql.field("LIST_22").lessOrEqual(5)).hasToString("(LIST_22=5-)");
		assertThat(Dmql.field("D").between(LocalDate.of(2024, 1, 2), LocalDate.of(2024, 2, 3)))
			.hasToString("(D=2024-01-02-2024-02-03)");
	}

	@Test
	void timestampsInRetsForm() {
		assertThat(Dmql.field("LIST_87").greaterOrEqual(LocalDateTime.of(2024, 3, 4, 5, 6, 7)))
			.hasToString("(LIST_87=2024-03-04T05:06:07+)");
		assertThat(Dmql.field("LIST_87").greaterOrEqual(LocalDateTime.of(2024, 3, 4, 5, 6, 7, 120_000_000)))
			.hasToString("(LIST_87=2024-03-04T05:06:07.120+)");
		assertThat(Dmql.field("LIST_87").lessOrEqual(Instant.parse("2024-03-04T05:06:07Z")))
			.hasToString("(LIST_87=2024-03-04T05:06:07-)");
	}

	@Test
	void valuesWithOperatorsAreQuoted() {
		assertThat(Dmql.field("LIST_39").equalTo("Springfield")).hasToString("(LIST_39=Springfield)");
		assertThat(Dmql.field("LIST_31").equalTo("12 Main St, (rear)|x")).hasToString("(LIST_31=\"12 Main St, (rear)|x\")");
		assertThat(Dmql.field("LIST_31").equalTo("say \"hi\"")).hasToString("(LIST_31=\"say \"\"hi\"\"\")");
	}

	@Test
	void booleanOperators() {
		Dmql.Condition a = Dmql.field("A").equalTo(1);
		Dmql.Condition b = Dmql.field("B").equalTo(2);
		Dmql.Condition c = Dmql.field("C").equalTo(3);

		assertThat(Dmql.and(a, b)).hasToString("(A=1),(B=2)");
		assertThat(Dmql.and(Dmql.or(a, b), c)).hasToString("((A=1)|(B=2)),(C=3)");
		assertThat(Dmql.not(a)).hasToString("~(A=1)");
		assertThat(Dmql.not(Dmql.and(a, b))).hasToString("~((A=1),(B=2))");
	}

	@Test
	void invalidInputIsRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> Dmql.field("A=1"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dmql.field("A").lookupAny("X,Y"));
		assertThatIllegalArgumentException().isThrownBy(() -> Dmql.field("A").lookupAny());
		assertThatIllegalArgumentException().isThrownBy(() -> Dmql.field("A").startsWith("a*b"));
		assertThatIllegalArgumentException().isThrownBy(Dmql::and);
	}

}
