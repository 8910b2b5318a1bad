package org.porchlight.sync.openhouse;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Optional;

import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.search.SearchRow;
import org.porchlight.sync.openhouse.OpenHouseSource.Field;

/**
 * Reads open-house search rows. Dates are ISO dates. Start and end times are RETS DateTimes in the server's time
 * zone (with a {@code T} or a space, with or without an offset), or, as some servers send them, times of day such
 * as {@code 13:00} or {@code 1:00 PM} on the open house's date. Lookup codes of the type and status become their
 * display values.
 */
final class OpenHouseRows {

	private static final DateTimeFormatter TIME_OF_DAY = new DateTimeFormatterBuilder().parseCaseInsensitive()
		.appendPattern("[h:mm[:ss] a][h:mm[:ss]a][HH:mm[:ss]]")
		.toFormatter(Locale.ROOT);

	private final OpenHouseSource source;

	private final ZoneOffset serverOffset;

	OpenHouseRows(OpenHouseSource source, ZoneOffset serverOffset) {
		this.source = source;
		this.serverOffset = serverOffset;
	}

	/** Returns whether the row's status, when the class has one, is Active or empty. */
	boolean isActive(SearchRow row) {
		String status = text(row, Field.STATUS);
		return status == null || status.equalsIgnoreCase("Active");
	}

	/**
	 * Reads one row.
	 * @throws InvalidOpenHouseException if a required value is missing or a value cannot be read
	 */
	OpenHouseRecord read(SearchRow row) {
		String key = text(row, Field.OPEN_HOUSE_KEY);
		String listingKey = text(row, Field.LISTING_KEY);
		String listingId = text(row, Field.LISTING_ID);
		String name = "Open house " + ((key != null) ? key : "without a key") + " of listing "
				+ ((listingKey != null) ? listingKey : (listingId != null) ? listingId : "(none)");
		if (key == null) {
			throw invalid(name + ": the key (" + this.source.systemName(Field.OPEN_HOUSE_KEY).orElse("") + ") is empty",
					listingKey);
		}
		if (listingKey == null && listingId == null) {
			throw invalid(name + ": it names no listing", null);
		}
		LocalDate date = readDate(row, name, listingKey);
		Instant start = readTime(row, Field.START_TIME, date, name, listingKey);
		if (start == null) {
			throw invalid(name + ": the start time is empty", listingKey);
		}
		if (date == null) {
			date = LocalDateTime.ofInstant(start, this.serverOffset).toLocalDate();
		}
		Instant end = readTime(row, Field.END_TIME, date, name, listingKey);
		if (end != null && end.isBefore(start)) {
			throw invalid(name + ": the end time " + end + " is before the start time " + start, listingKey);
		}
		Instant visibleUntil = (end != null) ? end : date.plusDays(1).atStartOfDay().toInstant(this.serverOffset);
		Instant modified = readTime(row, Field.MODIFICATION_TIMESTAMP, null, name, listingKey);
		return new OpenHouseRecord(key, listingKey, listingId, date, start, end, visibleUntil, text(row, Field.TYPE),
				text(row, Field.REMARKS), modified);
	}

	private LocalDate readDate(SearchRow row, String name, String listingKey) {
		String text = text(row, Field.OPEN_HOUSE_DATE);
		if (text == null) {
			return null;
		}
		try {
			// Some servers type the date as a DateTime, whose first ten characters are the date.
			return LocalDate.parse((text.length() > 10) ? text.substring(0, 10) : text);
		}
		catch (DateTimeParseException ex) {
			throw invalid(name + ": the date '" + text + "' is not a date such as 2026-05-02", listingKey);
		}
	}

	private Instant readTime(SearchRow row, Field field, LocalDate date, String name, String listingKey) {
		String text = text(row, field);
		if (text == null) {
			return null;
		}
		try {
			return parseTime(text, date);
		}
		catch (DateTimeException ex) {
			throw invalid(name + ": the " + field.resoName() + " '" + text + "' is not a time such as "
					+ "2026-05-02T13:00:00" + ((date != null) ? " or 13:00" : ""), listingKey);
		}
	}

	private Instant parseTime(String text, LocalDate date) {
		String normalized = text.replace(' ', 'T');
		if (normalized.length() >= 16 && normalized.charAt(10) == 'T') {
			if (normalized.endsWith("Z") || normalized.lastIndexOf('+') > 10 || normalized.lastIndexOf('-') > 10) {
				return OffsetDateTime.parse(normalized).toInstant();
			}
			return LocalDateTime.parse(normalized).toInstant(this.serverOffset);
		}
		if (date == null) {
			throw new DateTimeException("A time of day needs a date");
		}
		return LocalTime.parse(text.trim(), TIME_OF_DAY).atDate(date).toInstant(this.serverOffset);
	}

	private String text(SearchRow row, Field field) {
		Optional<MetadataField> metadataField = Optional.ofNullable(this.source.fields().get(field));
		if (metadataField.isEmpty()) {
			return null;
		}
		String value = row.get(metadataField.get().systemName());
		if (value == null || value.isBlank()) {
			return null;
		}
		return decode(metadataField.get(), value.strip());
	}

	private String decode(MetadataField field, String value) {
		if (!field.hasLookup()) {
			return value;
		}
		Optional<MetadataLookup> lookup = this.source.resource().lookup(field.lookupName());
		return lookup.flatMap((found) -> found.findByValue(value)).map((entry) -> entry.displayValue()).orElse(value);
	}

	private static InvalidOpenHouseException invalid(String message, String listingKey) {
		return new InvalidOpenHouseException(message, listingKey);
	}

}
