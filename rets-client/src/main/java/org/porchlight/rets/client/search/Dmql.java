package org.porchlight.rets.client.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Builder of DMQL2 queries, the {@code Query} argument of a RETS Search.
 *
 * <pre>
 * Dmql.and(Dmql.field("LIST_15").lookupAny("A", "P"),
 *         Dmql.field("LIST_22").between(100_000, 250_000),
 *         Dmql.not(Dmql.field("LIST_39").equalTo("Springfield")))
 * </pre>
 *
 * gives {@code (LIST_15=|A,P),(LIST_22=100000-250000),~(LIST_39=Springfield)}. Plain values of letters and digits
 * are sent as they are. Any other string value is sent as a DMQL2 string literal in double quotes with inner quotes
 * doubled (the SQL-92 form DMQL2 took over), so that commas, parentheses and operators in a value cannot change the
 * query. Dates are sent as {@code YYYY-MM-DD} and timestamps as {@code YYYY-MM-DDThh:mm:ss}, with milliseconds only
 * when they are not zero.
 */
public final class Dmql {

	private static final Pattern PLAIN = Pattern.compile("[A-Za-z0-9]+");

	private static final Pattern LOOKUP_FORBIDDEN = Pattern.compile("[,()|\"\\s]");

	private static final Pattern FIELD_NAME = Pattern.compile("[A-Za-z0-9_.:\\-]+");

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss");

	private static final DateTimeFormatter DATE_TIME_MILLIS = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSS");

	private Dmql() {
	}

	/**
	 * Starts a condition on one field, named by its SystemName (or StandardName when the search uses them).
	 * @throws IllegalArgumentException when the name contains characters no field name has, such as {@code =}
	 */
	public static Field field(String name) {
		Objects.requireNonNull(name, "name must not be null");
		if (!FIELD_NAME.matcher(name).matches()) {
			throw new IllegalArgumentException("Invalid DMQL field name '" + name + "'");
		}
		return new Field(name);
	}

	/** Returns the conjunction of {@code conditions}, joined with {@code ,}. */
	public static Condition and(Condition... conditions) {
		return join(",", conditions);
	}

	/** Returns the disjunction of {@code conditions}, joined with {@code |} and grouped in parentheses. */
	public static Condition or(Condition... conditions) {
		Condition joined = join("|", conditions);
		return (conditions.length > 1) ? new Condition("(" + joined.text + ")") : joined;
	}

	/** Returns the negation of {@code condition}. */
	public static Condition not(Condition condition) {
		String text = condition.text;
		boolean single = text.startsWith("(") && closingParenthesis(text) == text.length() - 1;
		return new Condition("~" + (single ? text : "(" + text + ")"));
	}

	/** Formats a date as DMQL2 writes it, {@code YYYY-MM-DD}. */
	public static String format(LocalDate date) {
		return date.toString();
	}

	/** Formats a timestamp as DMQL2 writes it, {@code YYYY-MM-DDThh:mm:ss[.sss]}, in the server's local time. */
	public static String format(LocalDateTime dateTime) {
		LocalDateTime millis = dateTime.truncatedTo(ChronoUnit.MILLIS);
		return (millis.getNano() == 0) ? DATE_TIME.format(millis) : DATE_TIME_MILLIS.format(millis);
	}

	/** Formats an instant as a DMQL2 timestamp in UTC, for servers whose timestamps are in UTC. */
	public static String format(Instant instant) {
		return format(LocalDateTime.ofInstant(instant, ZoneOffset.UTC));
	}

	private static Condition join(String operator, Condition... conditions) {
		if (conditions.length == 0) {
			throw new IllegalArgumentException("At least one condition is required");
		}
		List<String> parts = new ArrayList<>(conditions.length);
		for (Condition condition : conditions) {
			parts.add(Objects.requireNonNull(condition, "condition must not be null").text);
		}
		return new Condition(String.join(operator, parts));
	}

	private static int closingParenthesis(String text) {
		int depth = 0;
		boolean quoted = false;
		for (int i = 0; i < text.length(); i++) {
			char current = text.charAt(i);
			if (current == '"') {
				quoted = !quoted;
			}
			else if (!quoted && current == '(') {
				depth++;
			}
			else if (!quoted && current == ')' && --depth == 0) {
				return i;
			}
		}
		return -1;
	}

	static String literal(String value) {
		Objects.requireNonNull(value, "value must not be null");
		if (PLAIN.matcher(value).matches()) {
			return value;
		}
		return "\"" + value.replace("\"", "\"\"") + "\"";
	}

	private static String lookup(String value) {
		Objects.requireNonNull(value, "lookup value must not be null");
		if (value.isEmpty() || LOOKUP_FORBIDDEN.matcher(value).find()) {
			throw new IllegalArgumentException("Invalid lookup value '" + value
					+ "': DMQL2 lookup values cannot be empty or contain commas, parentheses, '|', quotes or spaces");
		}
		return value;
	}

	private static String wildcardPart(String value) {
		if (!PLAIN.matcher(value).matches()) {
			throw new IllegalArgumentException("Invalid pattern text '" + value
					+ "': DMQL2 allows only letters and digits around the * wildcard");
		}
		return value;
	}

	/** One DMQL2 search condition. {@link #toString()} returns the query text. */
	public static final class Condition {

		private final String text;

		private Condition(String text) {
			this.text = text;
		}

		@Override
		public String toString() {
			return this.text;
		}

		@Override
		public boolean equals(Object other) {
			return other instanceof Condition condition && condition.text.equals(this.text);
		}

		@Override
		public int hashCode() {
			return this.text.hashCode();
		}

	}

	/** A field that conditions are built on. */
	public static final class Field {

		private final String name;

		private Field(String name) {
			this.name = name;
		}

		/** Matches a string value exactly; non-alphanumeric values are sent as a quoted string literal. */
		public Condition equalTo(String value) {
			return condition(literal(value));
		}

		public Condition equalTo(long value) {
			return condition(Long.toString(value));
		}

		public Condition equalTo(BigDecimal value) {
			return condition(value.toPlainString());
		}

		public Condition equalTo(LocalDate value) {
			return condition(format(value));
		}

		/** Matches a lookup field holding any of {@code values} ({@code =|A,B}). */
		public Condition lookupAny(String... values) {
			return lookupList("|", values);
		}

		/** Matches a multi-value lookup field holding all of {@code values} ({@code =+A,B}). */
		public Condition lookupAll(String... values) {
			return lookupList("+", values);
		}

		/** Matches a lookup field holding none of {@code values} ({@code =~A,B}). */
		public Condition lookupNone(String... values) {
			return lookupList("~", values);
		}

		/** Matches strings starting with {@code prefix} ({@code =prefix*}). */
		public Condition startsWith(String prefix) {
			return condition(wildcardPart(prefix) + "*");
		}

		/** Matches strings containing {@code text} ({@code =*text*}). */
		public Condition contains(String text) {
			return condition("*" + wildcardPart(text) + "*");
		}

		/** Matches values from {@code low} to {@code high}, both included. */
		public Condition between(long low, long high) {
			return condition(low + "-" + high);
		}

		public Condition between(BigDecimal low, BigDecimal high) {
			return condition(low.toPlainString() + "-" + high.toPlainString());
		}

		public Condition between(LocalDate low, LocalDate high) {
			return condition(format(low) + "-" + format(high));
		}

		public Condition between(LocalDateTime low, LocalDateTime high) {
			return condition(format(low) + "-" + format(high));
		}

		public Condition greaterOrEqual(long value) {
			return condition(value + "+");
		}

		public Condition greaterOrEqual(BigDecimal value) {
			return condition(value.toPlainString() + "+");
		}

		public Condition greaterOrEqual(LocalDate value) {
			return condition(format(value) + "+");
		}

		public Condition greaterOrEqual(LocalDateTime value) {
			return condition(format(value) + "+");
		}

		/** Matches timestamps at or after {@code value}, written in UTC. */
		public Condition greaterOrEqual(Instant value) {
			return condition(format(value) + "+");
		}

		public Condition lessOrEqual(long value) {
			return condition(value + "-");
		}

		public Condition lessOrEqual(BigDecimal value) {
			return condition(value.toPlainString() + "-");
		}

		public Condition lessOrEqual(LocalDate value) {
			return condition(format(value) + "-");
		}

		public Condition lessOrEqual(LocalDateTime value) {
			return condition(format(value) + "-");
		}

		public Condition lessOrEqual(Instant value) {
			return condition(format(value) + "-");
		}

		private Condition lookupList(String operator, String... values) {
			if (values.length == 0) {
				throw new IllegalArgumentException("At least one lookup value is required for " + this.name);
			}
			List<String> parts = new ArrayList<>(values.length);
			for (String value : values) {
				parts.add(lookup(value));
			}
			return condition(operator + String.join(",", parts));
		}

		private Condition condition(String value) {
			return new Condition("(" + this.name + "=" + value + ")");
		}

	}

}
