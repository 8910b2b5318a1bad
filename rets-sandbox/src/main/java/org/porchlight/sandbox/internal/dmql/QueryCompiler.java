package org.porchlight.sandbox.internal.dmql;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.porchlight.sandbox.internal.dmql.Condition.And;
import org.porchlight.sandbox.internal.dmql.Condition.FieldCriterion;
import org.porchlight.sandbox.internal.dmql.Condition.Not;
import org.porchlight.sandbox.internal.dmql.Condition.Or;
import org.porchlight.sandbox.internal.dmql.FieldValue.Item;
import org.porchlight.sandbox.internal.metadata.FieldDefinition;
import org.porchlight.sandbox.internal.metadata.FieldDefinition.ValueKind;

/**
 * Turns a parsed DMQL2 condition into a predicate over records, reading each item according to its
 * field's DataType: numbers compare as decimals, Date fields as dates and DateTime fields as timestamps.
 * Text compares without regard to case and supports {@code *} and {@code ?} wildcards and ranges of letters
 * and digits ({@code a-m}, {@code abc+}, {@code xyz-}).
 */
public final class QueryCompiler {

	private static final Pattern NUMBER_ITEM = Pattern.compile("(-?\\d+(?:\\.\\d+)?)([+-])?");

	private static final Pattern NUMBER_RANGE = Pattern.compile("(-?\\d+(?:\\.\\d+)?)-(-?\\d+(?:\\.\\d+)?)");

	/** A range of letters and digits: {@code low-high}, {@code low+} or {@code high-}. */
	private static final Pattern TEXT_RANGE = Pattern.compile("([A-Za-z0-9]+)-([A-Za-z0-9]+)|([A-Za-z0-9]+)\\+|([A-Za-z0-9]+)-");

	private static final String TIME_TOKEN = "(\\d{4}-\\d{2}-\\d{2}(?:T\\d{2}:\\d{2}(?::\\d{2}(?:\\.\\d{1,9})?)?)?Z?|TODAY|NOW)";

	private static final Pattern TIME_ITEM = Pattern.compile(TIME_TOKEN + "([+-])?");

	private static final Pattern TIME_RANGE = Pattern.compile(TIME_TOKEN + "-" + TIME_TOKEN);

	private final Map<String, FieldDefinition> fields;

	private final Supplier<LocalDateTime> now;

	private final ZoneOffset serverOffset;

	/**
	 * Creates a compiler for one class.
	 * @param fields the class's fields by SystemName
	 * @param now the server's current local time, for {@code NOW} and {@code TODAY}
	 * @param serverOffset the offset of the server's local time, for timestamps given in UTC ({@code Z})
	 */
	public QueryCompiler(Map<String, FieldDefinition> fields, Supplier<LocalDateTime> now, ZoneOffset serverOffset) {
		this.fields = fields;
		this.now = now;
		this.serverOffset = serverOffset;
	}

	/**
	 * Compiles a condition.
	 * @throws UnknownFieldException if the condition names a field the class does not have
	 * @throws DmqlSyntaxException if an item does not fit its field's DataType
	 */
	public Predicate<FieldValues> compile(Condition condition) {
		if (condition instanceof Or or) {
			List<Predicate<FieldValues>> operands = compileAll(or.operands());
			return (record) -> operands.stream().anyMatch((operand) -> operand.test(record));
		}
		if (condition instanceof And and) {
			List<Predicate<FieldValues>> operands = compileAll(and.operands());
			return (record) -> operands.stream().allMatch((operand) -> operand.test(record));
		}
		if (condition instanceof Not not) {
			return compile(not.operand()).negate();
		}
		FieldCriterion criterion = (FieldCriterion) condition;
		FieldDefinition field = this.fields.get(criterion.field());
		if (field == null) {
			throw new UnknownFieldException(criterion.field());
		}
		Predicate<String> test = compileValue(field, criterion.value());
		String name = field.systemName();
		return (record) -> test.test(record.get(name));
	}

	private List<Predicate<FieldValues>> compileAll(List<Condition> conditions) {
		List<Predicate<FieldValues>> compiled = new ArrayList<>();
		for (Condition condition : conditions) {
			compiled.add(compile(condition));
		}
		return compiled;
	}

	private Predicate<String> compileValue(FieldDefinition field, FieldValue value) {
		if (value instanceof FieldValue.AnyValue) {
			return (text) -> !text.isEmpty();
		}
		if (value instanceof FieldValue.EmptyValue) {
			return String::isEmpty;
		}
		if (value instanceof FieldValue.LookupAny any) {
			Set<String> codes = Set.copyOf(any.codes());
			return (text) -> codesOf(text).stream().anyMatch(codes::contains);
		}
		if (value instanceof FieldValue.LookupNone none) {
			Set<String> codes = Set.copyOf(none.codes());
			return (text) -> codesOf(text).stream().noneMatch(codes::contains);
		}
		if (value instanceof FieldValue.LookupAll all) {
			List<String> codes = all.codes();
			return (text) -> codesOf(text).containsAll(codes);
		}
		List<Predicate<String>> alternatives = new ArrayList<>();
		for (Item item : ((FieldValue.Items) value).items()) {
			alternatives.add(compileItem(field, item));
		}
		return (text) -> alternatives.stream().anyMatch((alternative) -> alternative.test(text));
	}

	private Predicate<String> compileItem(FieldDefinition field, Item item) {
		if (field.isLookup()) {
			String code = item.text();
			return (text) -> codesOf(text).contains(code);
		}
		return switch (field.kind()) {
			case NUMBER -> numberItem(field, item);
			case DATE, DATE_TIME -> timeItem(field, item);
			case TEXT -> textItem(item);
		};
	}

	private Predicate<String> numberItem(FieldDefinition field, Item item) {
		Matcher single = NUMBER_ITEM.matcher(item.text());
		if (single.matches()) {
			BigDecimal bound = new BigDecimal(single.group(1));
			String operator = (single.group(2) != null) ? single.group(2) : "=";
			return (text) -> compareNumber(text, bound, operator);
		}
		Matcher range = NUMBER_RANGE.matcher(item.text());
		if (range.matches()) {
			BigDecimal low = new BigDecimal(range.group(1));
			BigDecimal high = new BigDecimal(range.group(2));
			return (text) -> compareNumber(text, low, "+") && compareNumber(text, high, "-");
		}
		throw new DmqlSyntaxException("Invalid value '" + item.text() + "' for " + field.dataType() + " field "
				+ field.systemName() + "; expected a number, n+, n- or n1-n2");
	}

	private static boolean compareNumber(String text, BigDecimal bound, String operator) {
		if (text.isEmpty()) {
			return false;
		}
		int comparison;
		try {
			comparison = new BigDecimal(text.trim()).compareTo(bound);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		return switch (operator) {
			case "+" -> comparison >= 0;
			case "-" -> comparison <= 0;
			default -> comparison == 0;
		};
	}

	private Predicate<String> timeItem(FieldDefinition field, Item item) {
		Matcher single = TIME_ITEM.matcher(item.text());
		if (single.matches()) {
			TimeSpan span = timeSpan(field, single.group(1));
			String operator = (single.group(2) != null) ? single.group(2) : "=";
			return switch (operator) {
				case "+" -> (text) -> within(field, text, span.start(), null);
				case "-" -> (text) -> within(field, text, null, span.end());
				default -> (text) -> within(field, text, span.start(), span.end());
			};
		}
		Matcher range = TIME_RANGE.matcher(item.text());
		if (range.matches()) {
			LocalDateTime start = timeSpan(field, range.group(1)).start();
			LocalDateTime end = timeSpan(field, range.group(2)).end();
			return (text) -> within(field, text, start, end);
		}
		throw new DmqlSyntaxException("Invalid value '" + item.text() + "' for " + field.dataType() + " field "
				+ field.systemName() + "; expected a date (2014-07-08), a timestamp (2014-07-08T20:10:20), TODAY "
				+ "or NOW, followed by + or -, or a range d1-d2");
	}

	// A date covers its whole day; a timestamp covers one instant. Date fields compare by day only.
	private TimeSpan timeSpan(FieldDefinition field, String token) {
		LocalDateTime start;
		boolean wholeDay;
		try {
			if (token.equals("NOW")) {
				start = this.now.get();
				wholeDay = false;
			}
			else if (token.equals("TODAY")) {
				start = this.now.get().toLocalDate().atStartOfDay();
				wholeDay = true;
			}
			else if (token.length() <= 10) {
				start = LocalDate.parse(token).atStartOfDay();
				wholeDay = true;
			}
			else if (token.endsWith("Z")) {
				start = OffsetDateTime.parse(token).withOffsetSameInstant(this.serverOffset).toLocalDateTime();
				wholeDay = false;
			}
			else {
				start = LocalDateTime.parse(token);
				wholeDay = false;
			}
		}
		catch (DateTimeParseException ex) {
			throw new DmqlSyntaxException("Invalid date '" + token + "' for field " + field.systemName());
		}
		if (field.kind() == ValueKind.DATE || wholeDay) {
			LocalDateTime dayStart = start.toLocalDate().atStartOfDay();
			return new TimeSpan(dayStart, dayStart.plusDays(1).minusNanos(1));
		}
		return new TimeSpan(start, start);
	}

	private static boolean within(FieldDefinition field, String text, LocalDateTime start, LocalDateTime end) {
		LocalDateTime value = parseRecordTime(field, text);
		if (value == null) {
			return false;
		}
		if (field.kind() == ValueKind.DATE) {
			// A record date matches when its day overlaps the span.
			LocalDateTime dayEnd = value.plusDays(1).minusNanos(1);
			return (start == null || !dayEnd.isBefore(start)) && (end == null || !value.isAfter(end));
		}
		return (start == null || !value.isBefore(start)) && (end == null || !value.isAfter(end));
	}

	private static LocalDateTime parseRecordTime(FieldDefinition field, String text) {
		if (text.isEmpty()) {
			return null;
		}
		try {
			if (text.length() <= 10) {
				return LocalDate.parse(text).atStartOfDay();
			}
			LocalDateTime time = LocalDateTime.parse(text.endsWith("Z") ? text.substring(0, text.length() - 1) : text);
			return (field.kind() == ValueKind.DATE) ? time.toLocalDate().atStartOfDay() : time;
		}
		catch (DateTimeParseException ex) {
			return null;
		}
	}

	private static Predicate<String> textItem(Item item) {
		String expected = item.text();
		if (!item.quoted()) {
			Matcher range = TEXT_RANGE.matcher(expected);
			if (range.matches()) {
				return textRange(range);
			}
		}
		if (!item.quoted() && (expected.contains("*") || expected.contains("?"))) {
			Pattern pattern = wildcardPattern(expected);
			return (text) -> pattern.matcher(text).matches();
		}
		return (text) -> text.equalsIgnoreCase(expected);
	}

	/** Compares text without regard to case, as DMQL2 ranges of string values ({@code abc+}, {@code a-m}) ask. */
	private static Predicate<String> textRange(Matcher range) {
		String low = (range.group(1) != null) ? range.group(1) : range.group(3);
		String high = (range.group(2) != null) ? range.group(2) : range.group(4);
		if (range.group(3) != null) {
			return (text) -> !text.isEmpty() && text.compareToIgnoreCase(low) >= 0;
		}
		if (range.group(4) != null) {
			return (text) -> !text.isEmpty() && text.compareToIgnoreCase(high) <= 0;
		}
		return (text) -> !text.isEmpty() && text.compareToIgnoreCase(low) >= 0 && text.compareToIgnoreCase(high) <= 0;
	}

	private static Pattern wildcardPattern(String wildcard) {
		StringBuilder regex = new StringBuilder();
		StringBuilder literal = new StringBuilder();
		for (char c : wildcard.toCharArray()) {
			if (c == '*' || c == '?') {
				if (literal.length() > 0) {
					regex.append(Pattern.quote(literal.toString()));
					literal.setLength(0);
				}
				regex.append((c == '*') ? ".*" : ".");
			}
			else {
				literal.append(c);
			}
		}
		if (literal.length() > 0) {
			regex.append(Pattern.quote(literal.toString()));
		}
		return Pattern.compile(regex.toString(), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE | Pattern.DOTALL);
	}

	private static List<String> codesOf(String text) {
		if (text.isEmpty()) {
			return List.of();
		}
		List<String> codes = new ArrayList<>();
		for (String code : text.split(",")) {
			codes.add(code.trim());
		}
		return codes;
	}

	private record TimeSpan(LocalDateTime start, LocalDateTime end) {
	}

}
