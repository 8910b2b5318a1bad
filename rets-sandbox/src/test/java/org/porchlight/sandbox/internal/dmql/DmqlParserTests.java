package org.porchlight.sandbox.internal.dmql;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.porchlight.sandbox.internal.dmql.Condition.And;
import org.porchlight.sandbox.internal.dmql.Condition.FieldCriterion;
import org.porchlight.sandbox.internal.dmql.Condition.Not;
import org.porchlight.sandbox.internal.dmql.Condition.Or;
import org.porchlight.sandbox.internal.dmql.FieldValue.Item;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class DmqlParserTests {

	@Test
	void equality() {
		assertThat(DmqlParser.parse("(LIST_1=20040722165230940356000000)"))
			.isEqualTo(criterion("LIST_1", items("20040722165230940356000000")));
	}

	@Test
	void spacesAroundTokens() {
		assertThat(DmqlParser.parse("  ( LIST_22 = 100000+ )  ")).isEqualTo(criterion("LIST_22", items("100000+")));
	}

	@Test
	void lookupLists() {
		assertThat(DmqlParser.parse("(LIST_15=|A1,B2)"))
			.isEqualTo(criterion("LIST_15", new FieldValue.LookupAny(List.of("A1", "B2"))));
		assertThat(DmqlParser.parse("(LIST_15=~A1)"))
			.isEqualTo(criterion("LIST_15", new FieldValue.LookupNone(List.of("A1"))));
		assertThat(DmqlParser.parse("(GF1=+A1,B2)"))
			.isEqualTo(criterion("GF1", new FieldValue.LookupAll(List.of("A1", "B2"))));
	}

	@Test
	void anyAndEmpty() {
		assertThat(DmqlParser.parse("(LIST_79=.ANY.)")).isEqualTo(criterion("LIST_79", new FieldValue.AnyValue()));
		assertThat(DmqlParser.parse("(LIST_79=.EMPTY.)")).isEqualTo(criterion("LIST_79", new FieldValue.EmptyValue()));
	}

	@Test
	void itemListsAndRangesStayText() {
		assertThat(DmqlParser.parse("(LIST_22=100-200,500+)")).isEqualTo(criterion("LIST_22", items("100-200", "500+")));
		assertThat(DmqlParser.parse("(LIST_87=2014-07-08T20:10:20-2014-07-09)"))
			.isEqualTo(criterion("LIST_87", items("2014-07-08T20:10:20-2014-07-09")));
	}

	@Test
	void quotedStringsKeepCommasAndParentheses() {
		Condition parsed = DmqlParser.parse("(LIST_78=\"Fargo, ND (north)\",\"say \"\"hi\"\"\")");

		assertThat(parsed).isEqualTo(criterion("LIST_78", new FieldValue.Items(
				List.of(new Item("Fargo, ND (north)", true), new Item("say \"hi\"", true)))));
	}

	@Test
	void andBindsTighterThanOr() {
		Condition parsed = DmqlParser.parse("(A=1)|(B=2),(C=3)");

		assertThat(parsed).isEqualTo(new Or(List.of(criterion("A", items("1")),
				new And(List.of(criterion("B", items("2")), criterion("C", items("3")))))));
	}

	@Test
	void parenthesesGroup() {
		Condition parsed = DmqlParser.parse("((A=1)|(B=2)),(C=3)");

		assertThat(parsed).isEqualTo(new And(List.of(
				new Or(List.of(criterion("A", items("1")), criterion("B", items("2")))), criterion("C", items("3")))));
	}

	@Test
	void notAppliesToOneElement() {
		Condition parsed = DmqlParser.parse("~(A=1),(B=2)");

		assertThat(parsed).isEqualTo(new And(List.of(new Not(criterion("A", items("1"))), criterion("B", items("2")))));
	}

	@Test
	void keywordOperators() {
		Condition parsed = DmqlParser.parse("(A=1) AND NOT (B=2) OR (C=3)");

		assertThat(parsed).isEqualTo(new Or(List.of(
				new And(List.of(criterion("A", items("1")), new Not(criterion("B", items("2"))))),
				criterion("C", items("3")))));
	}

	@Test
	void deepNesting() {
		Condition parsed = DmqlParser.parse("(((A=1)))");

		assertThat(parsed).isEqualTo(criterion("A", items("1")));
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "   ", "A=1", "(A=1", "(A=)", "(A=1))", "(A=1)(B=2)", "(A=1),", "(=1)", "(A=1,,2)",
			"(A=\"open)", "(A=1)|", "~", "((A=1)", "(A=\"x\"y)" })
	void syntaxErrors(String query) {
		assertThatExceptionOfType(DmqlSyntaxException.class).isThrownBy(() -> DmqlParser.parse(query))
			.withMessageContaining("query");
	}

	@Test
	void errorGivesPosition() {
		assertThatExceptionOfType(DmqlSyntaxException.class).isThrownBy(() -> DmqlParser.parse("(A=1)x"))
			.withMessageContaining("position 6");
	}

	private static FieldCriterion criterion(String field, FieldValue value) {
		return new FieldCriterion(field, value);
	}

	private static FieldValue.Items items(String... texts) {
		return new FieldValue.Items(List.of(texts).stream().map((text) -> new Item(text, false)).toList());
	}

}
