package org.porchlight.sync.mapping;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.Locale;

/**
 * Parses the text values of a RETS record into Java values by RETS data type, and converts them to column types.
 * Every method throws {@link IllegalArgumentException} with a message naming the expected form when a value does
 * not parse.
 */
final class FieldValues {

	private FieldValues() {
	}

	/**
	 * Parses {@code text} by the RETS DataType of its field. Unknown data types, such as {@code Character}, stay text.
	 * @param serverOffset the offset of DateTime values that carry none
	 */
	static Object parse(String dataType, String text, ZoneOffset serverOffset) {
		String type = (dataType != null) ? dataType.trim().toLowerCase(Locale.ROOT) : "character";
		return switch (type) {
			case "int", "small", "tiny", "long" -> parseWholeNumber(text);
			case "decimal" -> parseDecimal(text);
			case "date" -> parseDate(text);
			case "datetime" -> parseTimestamp(text, serverOffset);
			case "boolean" -> parseBoolean(text);
			default -> text;
		};
	}

	/** Converts a parsed value to the type of a column, checking that it fits the column. */
	static Object toColumn(ListingField field, Object value, ZoneOffset serverOffset) {
		return switch (field.type()) {
			case TEXT -> text(field, value);
			case INTEGER -> toInteger(value);
			case DECIMAL -> toDecimal(field, value);
			case DATE -> (value instanceof LocalDate date) ? date : parseDate(display(value));
			case TIMESTAMP -> (value instanceof Instant instant) ? instant : parseTimestamp(display(value), serverOffset);
			case BOOLEAN -> (value instanceof Boolean bool) ? bool : parseBoolean(display(value));
		};
	}

	/** Returns the text the site shows for a parsed value. */
	static String display(Object value) {
		if (value instanceof BigDecimal decimal) {
			return decimal.stripTrailingZeros().toPlainString();
		}
		if (value instanceof Boolean bool) {
			return bool ? "Yes" : "No";
		}
		return value.toString();
	}

	static Long parseWholeNumber(String text) {
		try {
			return new BigDecimal(text.trim()).longValueExact();
		}
		catch (ArithmeticException | NumberFormatException ex) {
			throw new IllegalArgumentException("expected a whole number");
		}
	}

	static BigDecimal parseDecimal(String text) {
		try {
			return new BigDecimal(text.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("expected a decimal number");
		}
	}

	/** Parses {@code yyyy-MM-dd}, also when a time of day follows, as some servers send for Date fields. */
	static LocalDate parseDate(String text) {
		String trimmed = text.trim();
		try {
			if (trimmed.length() > 10 && (trimmed.charAt(10) == 'T' || trimmed.charAt(10) == ' ')) {
				trimmed = trimmed.substring(0, 10);
			}
			return LocalDate.parse(trimmed);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("expected a date as yyyy-MM-dd");
		}
	}

	/**
	 * Parses an ISO-8601 date and time, with {@code T} or a space before the time, optional fractions of a second
	 * and an optional offset; values without an offset are in {@code serverOffset}. The result is truncated to
	 * microseconds.
	 */
	static Instant parseTimestamp(String text, ZoneOffset serverOffset) {
		String normalized = text.trim().replace(' ', 'T');
		try {
			Instant instant = hasOffset(normalized) ? OffsetDateTime.parse(normalized).toInstant()
					: LocalDateTime.parse(normalized).toInstant(serverOffset);
			// Databases keep microseconds, so finer values would never compare equal to the stored ones.
			return instant.truncatedTo(ChronoUnit.MICROS);
		}
		catch (DateTimeException ex) {
			throw new IllegalArgumentException("expected a date and time as yyyy-MM-ddTHH:mm:ss");
		}
	}

	static Boolean parseBoolean(String text) {
		return switch (text.trim().toLowerCase(Locale.ROOT)) {
			case "y", "yes", "t", "true", "1" -> Boolean.TRUE;
			case "n", "no", "f", "false", "0" -> Boolean.FALSE;
			default -> throw new IllegalArgumentException("expected Y, N, true, false, 1 or 0");
		};
	}

	private static boolean hasOffset(String text) {
		int timeStart = text.indexOf('T');
		if (timeStart < 0) {
			return false;
		}
		String time = text.substring(timeStart);
		return time.endsWith("Z") || time.endsWith("z") || time.indexOf('+') >= 0 || time.indexOf('-') >= 0;
	}

	private static String text(ListingField field, Object value) {
		String text = display(value);
		if (text.length() > field.length()) {
			throw new IllegalArgumentException("longer than the column's " + field.length() + " characters");
		}
		return text;
	}

	private static Integer toInteger(Object value) {
		long number = (value instanceof Long whole) ? whole : parseWholeNumber(display(value));
		if (number < Integer.MIN_VALUE || number > Integer.MAX_VALUE) {
			throw new IllegalArgumentException("out of the range of a whole number column");
		}
		return (int) number;
	}

	private static BigDecimal toDecimal(ListingField field, Object value) {
		BigDecimal decimal = (value instanceof BigDecimal number) ? number
				: (value instanceof Long whole) ? BigDecimal.valueOf(whole) : parseDecimal(display(value));
		BigDecimal scaled = decimal.setScale(field.scale(), RoundingMode.HALF_UP);
		if (scaled.precision() - scaled.scale() > field.length() - field.scale()) {
			throw new IllegalArgumentException(
					"too large for the column's " + (field.length() - field.scale()) + " digits before the point");
		}
		return scaled;
	}

}
