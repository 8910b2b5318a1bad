package org.porchlight.sandbox.internal.openhouse;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.Collection;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.SplittableRandom;
import java.util.concurrent.ConcurrentSkipListMap;

import org.porchlight.sandbox.SandboxListings;
import org.porchlight.sandbox.SandboxOpenHouses;
import org.porchlight.sandbox.internal.metadata.FieldDefinition;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;

/**
 * The open houses the sandbox serves, ordered by key. They are generated once, when the sandbox starts, one or two
 * each for about a third of the Active listings. Most fall in the two weeks after the sandbox clock's date, many on
 * a weekend, and about one in five in the week before it, so that a feed has both upcoming and past ones.
 * Which listings get open houses, and when, depends only on the seed and the listing keys.
 */
public final class OpenHouseStore implements SandboxOpenHouses {

	public static final String RESOURCE = "OpenHouse";

	public static final String CLASS_NAME = "OpenHouse";

	static final String KEY_FIELD = "EVENT0";

	static final String MODIFIED_FIELD = "EVENT87";

	private static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	/** Percentage of Active listings that get open houses. */
	private static final int SHARE_PERCENT = 35;

	private static final List<String> REMARKS = List.of("", "Refreshments served.", "Please park on the street.",
			"Shoe covers provided at the door.", "Stop by after the neighbourhood garage sale.");

	private final ConcurrentSkipListMap<String, Map<String, String>> openHouses = new ConcurrentSkipListMap<>();

	private final Map<String, FieldDefinition> fields;

	private final Clock clock;

	private final ZoneOffset serverOffset;

	/**
	 * Generates the open houses of the listings that are Active now.
	 * @param clock the sandbox clock; its date is the one the generated dates are relative to
	 */
	public OpenHouseStore(MetadataCatalog catalog, SandboxListings listings, long seed, Clock clock) {
		this.fields = catalog.fields(RESOURCE, CLASS_NAME)
			.orElseThrow(() -> new IllegalStateException("The metadata has no table for OpenHouse class OpenHouse"));
		this.clock = clock;
		this.serverOffset = catalog.timeZoneOffset();
		LocalDateTime now = now();
		int sequence = 0;
		for (String listingKey : listings.activeKeys()) {
			SplittableRandom random = new SplittableRandom(seed * 31 + listingKey.hashCode());
			if (random.nextInt(100) >= SHARE_PERCENT) {
				continue;
			}
			Map<String, String> listing = listings.record(listingKey);
			int count = 1 + random.nextInt(2);
			for (int i = 0; i < count; i++) {
				sequence++;
				Map<String, String> openHouse = generate(random, String.format("OH%024d", sequence), listing, now);
				this.openHouses.put(openHouse.get(KEY_FIELD), openHouse);
			}
		}
	}

	private Map<String, String> generate(SplittableRandom random, String key, Map<String, String> listing,
			LocalDateTime now) {
		LocalDate today = now.toLocalDate();
		LocalDate date = (random.nextInt(100) < 20) ? today.minusDays(1 + random.nextInt(7))
				: today.plusDays(1 + random.nextInt(14));
		if (random.nextInt(100) < 60) {
			DayOfWeek weekendDay = random.nextBoolean() ? DayOfWeek.SATURDAY : DayOfWeek.SUNDAY;
			date = date.with(TemporalAdjusters.nextOrSame(weekendDay));
		}
		LocalDateTime start = date.atTime(10 + random.nextInt(6), random.nextBoolean() ? 0 : 30);
		LocalDateTime end = start.plusMinutes(60 + 30L * random.nextInt(4));
		String[] agentName = listing.getOrDefault("listing_member_name", "").split(" ", 2);

		Map<String, String> record = emptyRecord();
		record.put(KEY_FIELD, key);
		record.put("LIST_1", listing.get("LIST_1"));
		record.put("LIST_105", listing.getOrDefault("LIST_105", ""));
		record.put("EVENT100", date.toString());
		record.put("EVENT200", DATE_TIME.format(start));
		record.put("EVENT300", DATE_TIME.format(end));
		record.put("EVENT400", REMARKS.get(random.nextInt(REMARKS.size())));
		record.put("EVENT500", (random.nextInt(100) < 85) ? "Public" : "Broker");
		record.put("EVENT510", (random.nextInt(100) < 92) ? "Active" : "Cancelled");
		record.put("EVENT600", agentName[0]);
		record.put("EVENT601", (agentName.length > 1) ? agentName[1] : "");
		record.put("EVENT602", listing.getOrDefault("listing_member_shortid", ""));
		record.put("EVENT603", "701-555-02" + (10 + random.nextInt(90)));
		LocalDateTime modified = now.minusMinutes(random.nextInt(7 * 24 * 60)).truncatedTo(ChronoUnit.SECONDS);
		record.put(MODIFIED_FIELD, DATE_TIME.format(modified));
		return record;
	}

	/** Returns every open house in ascending key order, each as SystemName to COMPACT value. */
	public Collection<Map<String, String>> records() {
		return this.openHouses.values();
	}

	/** Returns the fields of class OpenHouse in METADATA-TABLE order. */
	public Map<String, FieldDefinition> fields() {
		return this.fields;
	}

	@Override
	public List<String> allKeys() {
		return List.copyOf(this.openHouses.keySet());
	}

	@Override
	public Map<String, String> record(String key) {
		return Collections.unmodifiableMap(new LinkedHashMap<>(require(key)));
	}

	@Override
	public synchronized void setField(String key, String systemName, String value) {
		Map<String, String> changed = new LinkedHashMap<>(require(key));
		if (!this.fields.containsKey(systemName)) {
			throw new IllegalArgumentException("Class OpenHouse has no field " + systemName);
		}
		if (systemName.equals(KEY_FIELD)) {
			throw new IllegalArgumentException("The key field " + KEY_FIELD + " cannot be changed");
		}
		changed.put(systemName, (value != null) ? value : "");
		if (!systemName.equals(MODIFIED_FIELD)) {
			changed.put(MODIFIED_FIELD, DATE_TIME.format(now()));
		}
		this.openHouses.put(key, changed);
	}

	@Override
	public synchronized boolean remove(String key) {
		return this.openHouses.remove(key) != null;
	}

	private Map<String, String> emptyRecord() {
		Map<String, String> record = new LinkedHashMap<>();
		for (String systemName : this.fields.keySet()) {
			record.put(systemName, "");
		}
		return record;
	}

	private LocalDateTime now() {
		return LocalDateTime.ofInstant(this.clock.instant(), this.serverOffset).truncatedTo(ChronoUnit.SECONDS);
	}

	private Map<String, String> require(String key) {
		Map<String, String> openHouse = this.openHouses.get(key);
		if (openHouse == null) {
			throw new NoSuchElementException("No open house has key " + key);
		}
		return openHouse;
	}

}
