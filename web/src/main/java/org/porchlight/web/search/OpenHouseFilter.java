package org.porchlight.web.search;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.TemporalAdjusters;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;

import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.OpenHouse;

import org.springframework.data.jpa.domain.Specification;

/**
 * The open-house filter of a search (query parameter {@code openHouse}): listings with an open house that has not
 * ended, or with one during the coming weekend in the site's time zone. On a Saturday or Sunday the coming weekend is
 * the current one.
 */
public enum OpenHouseFilter {

	/** Any open house that has not ended ({@code openHouse=upcoming}). */
	UPCOMING("upcoming"),

	/** An open house on the coming Saturday or Sunday that has not ended ({@code openHouse=weekend}). */
	WEEKEND("weekend");

	private final String parameter;

	OpenHouseFilter(String parameter) {
		this.parameter = parameter;
	}

	/** Returns the value of the {@code openHouse} query parameter. */
	public String parameter() {
		return this.parameter;
	}

	/** Returns the message key of the filter's option in the search form. */
	public String messageKey() {
		return "search.openHouse." + this.parameter;
	}

	static Optional<OpenHouseFilter> fromParameter(String value) {
		return Arrays.stream(values())
			.filter((filter) -> filter.parameter.equals(value.strip().toLowerCase(Locale.ROOT)))
			.findFirst();
	}

	/**
	 * Returns the listings that have an open house which overlaps this filter's time window.
	 * @param now the current time
	 * @param timeZone the site's time zone, in which a weekend starts and ends
	 */
	Specification<Listing> specification(Instant now, ZoneId timeZone) {
		Window window = window(now, timeZone);
		return (root, query, builder) -> {
			Subquery<Long> openHouses = query.subquery(Long.class);
			Root<OpenHouse> openHouse = openHouses.from(OpenHouse.class);
			openHouses.select(openHouse.get("id"));
			openHouses.where(builder.equal(openHouse.get("feedId"), root.get("feedId")),
					builder.equal(openHouse.get("listingKey"), root.get("listingKey")),
					builder.greaterThan(openHouse.get("visibleUntil"), window.from()),
					(window.to() != null) ? builder.lessThan(openHouse.get("startTime"), window.to())
							: builder.conjunction());
			return builder.exists(openHouses);
		};
	}

	/** Returns the time window in which a matching open house must take place. */
	Window window(Instant now, ZoneId timeZone) {
		if (this == UPCOMING) {
			return new Window(now, null);
		}
		LocalDate today = LocalDate.ofInstant(now, timeZone);
		LocalDate saturday = (today.getDayOfWeek() == DayOfWeek.SUNDAY) ? today.minusDays(1)
				: today.with(TemporalAdjusters.nextOrSame(DayOfWeek.SATURDAY));
		Instant weekendStart = saturday.atStartOfDay(timeZone).toInstant();
		return new Window(weekendStart.isAfter(now) ? weekendStart : now,
				saturday.plusDays(2).atStartOfDay(timeZone).toInstant());
	}

	/**
	 * The time in which an open house must take place to match: it must not have ended at {@code from} and must
	 * start before {@code to}.
	 *
	 * @param to the end of the window, or {@code null} for none
	 */
	record Window(Instant from, Instant to) {

	}

}
