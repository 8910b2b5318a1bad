package org.porchlight.web.listing;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.OpenHouse;
import org.porchlight.sync.store.OpenHouseRepository;
import org.porchlight.web.system.SiteProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.stereotype.Component;

/**
 * Reads the upcoming open houses of listings, and shows their dates and times in the request's locale and the site's
 * time zone. An open house is upcoming until its end, or until the end of its day when the feed gave no end time.
 * When the seller withheld the address, remarks that name the street are not shown.
 */
@Component("openHouses")
public class OpenHouses {

	private final OpenHouseRepository repository;

	private final ZoneId timeZone;

	private final Clock clock;

	OpenHouses(OpenHouseRepository repository, SiteProperties site, ObjectProvider<Clock> clock) {
		this.repository = repository;
		this.timeZone = site.timeZone();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	/** Returns the upcoming open houses of one listing, the earliest first. */
	public List<OpenHouseTime> of(Listing listing) {
		return this.repository
			.findByFeedIdAndListingKeyAndVisibleUntilAfterOrderByStartTime(listing.getFeedId(), listing.getListingKey(),
					now())
			.stream()
			.map((openHouse) -> format(openHouse, listing))
			.toList();
	}

	/** Returns the next open house of each listing that has one, keyed by listing id, in one query per feed. */
	Map<Long, OpenHouseTime> next(Collection<Listing> listings) {
		Map<Long, Listing> byId = listings.stream()
			.collect(Collectors.toMap(Listing::getId, (listing) -> listing, (first, second) -> first));
		Map<String, List<Listing>> byFeed = listings.stream()
			.collect(Collectors.groupingBy(Listing::getFeedId, LinkedHashMap::new, Collectors.toList()));
		Map<Long, OpenHouseTime> next = new HashMap<>();
		Instant now = now();
		for (Map.Entry<String, List<Listing>> feed : byFeed.entrySet()) {
			Map<String, Long> idsByKey = feed.getValue()
				.stream()
				.collect(Collectors.toMap(Listing::getListingKey, Listing::getId, (first, second) -> first));
			for (OpenHouse openHouse : this.repository.findUpcoming(feed.getKey(), idsByKey.keySet(), now)) {
				Long id = idsByKey.get(openHouse.getListingKey());
				next.putIfAbsent(id, format(openHouse, byId.get(id)));
			}
		}
		return next;
	}

	/** Returns whether any listing of the feed has an upcoming open house, so that the search offers the filter. */
	public boolean anyUpcoming(String feedId) {
		return this.repository.existsByFeedIdAndVisibleUntilAfter(feedId, now());
	}

	private Instant now() {
		return this.clock.instant();
	}

	private OpenHouseTime format(OpenHouse openHouse, Listing listing) {
		Locale locale = LocaleContextHolder.getLocale();
		ZonedDateTime start = openHouse.getStartTime().atZone(this.timeZone);
		DateTimeFormatter date = DateTimeFormatter.ofLocalizedDate(FormatStyle.FULL).withLocale(locale);
		DateTimeFormatter time = DateTimeFormatter.ofLocalizedTime(FormatStyle.SHORT).withLocale(locale);
		String zone = this.timeZone.getDisplayName(TextStyle.SHORT, locale);
		String endTime = (openHouse.getEndTime() != null)
				? time.format(openHouse.getEndTime().atZone(this.timeZone)) : null;
		return new OpenHouseTime(date.format(start), time.format(start), endTime, zone,
				start.toOffsetDateTime().toString(), openHouse.getOpenHouseType(),
				publicRemarks(openHouse.getRemarks(), listing));
	}

	// Remarks such as "park on Elm Street" would give away an address that the seller withheld.
	private static String publicRemarks(String remarks, Listing listing) {
		if (remarks == null || !listing.isAddressHidden()) {
			return remarks;
		}
		String text = remarks.toLowerCase(Locale.ROOT);
		for (String part : new String[] { listing.getStreetName(), listing.getStreetNumber(),
				listing.getUnparsedAddress() }) {
			if (part != null && part.strip().length() >= 3 && text.contains(part.strip().toLowerCase(Locale.ROOT))) {
				return null;
			}
		}
		return remarks;
	}

	/**
	 * One open house as the pages show it.
	 *
	 * @param date the localized date, such as "Saturday, June 13, 2026"
	 * @param startTime the localized start time, such as "1:00 PM"
	 * @param endTime the localized end time, or {@code null} when the feed gave none
	 * @param timeZone the site's time zone, such as "EST"
	 * @param isoStart the start with its offset, for the {@code datetime} attribute of {@code <time>}
	 * @param type the feed's type, such as "Public", or {@code null}
	 * @param remarks the feed's public remarks about the open house, or {@code null}
	 */
	public record OpenHouseTime(String date, String startTime, String endTime, String timeZone, String isoStart,
			String type, String remarks) {

	}

}
