package org.porchlight.web.system;

import java.time.Duration;
import java.time.Instant;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Locale;

import org.springframework.context.MessageSource;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Formats times and durations for templates, as {@code @formats}, in the request's locale and the site's time zone.
 */
@Component("formats")
public class DisplayFormats {

	private final SiteProperties properties;

	private final MessageSource messages;

	DisplayFormats(SiteProperties properties, MessageSource messages) {
		this.properties = properties;
		this.messages = messages;
	}

	/** Formats an instant as a date and time with the time zone, such as "Dec 4, 2026, 8:05 PM EST" in English. */
	public String dateTime(Instant instant) {
		if (instant == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		DateTimeFormatter formatter = new DateTimeFormatterBuilder()
			.appendLocalized(FormatStyle.MEDIUM, FormatStyle.SHORT)
			.appendLiteral(' ')
			.appendZoneText(TextStyle.SHORT)
			.toFormatter(locale)
			.withZone(this.properties.timeZone());
		return formatter.format(instant);
	}

	/** Formats an instant for the {@code datetime} attribute of a {@code <time>} element. */
	public String isoDateTime(Instant instant) {
		return (instant != null) ? DateTimeFormatter.ISO_INSTANT.format(instant) : "";
	}

	/** Formats a duration in hours, minutes and seconds, such as "1 min 5 s", leaving out leading zero units. */
	public String duration(Duration duration) {
		if (duration == null) {
			return "";
		}
		Locale locale = LocaleContextHolder.getLocale();
		long seconds = Math.max(0, duration.toSeconds());
		if (seconds >= 3600) {
			return this.messages.getMessage("duration.hours", new Object[] { seconds / 3600, (seconds % 3600) / 60 },
					locale);
		}
		if (seconds >= 60) {
			return this.messages.getMessage("duration.minutes", new Object[] { seconds / 60, seconds % 60 }, locale);
		}
		return this.messages.getMessage("duration.seconds", new Object[] { seconds }, locale);
	}

}
