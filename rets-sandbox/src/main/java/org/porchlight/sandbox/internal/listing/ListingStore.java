package org.porchlight.sandbox.internal.listing;

import java.time.Clock;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;
import java.util.Optional;
import java.util.concurrent.ConcurrentSkipListMap;

import org.porchlight.sandbox.SandboxListings;
import org.porchlight.sandbox.internal.metadata.FieldDefinition;
import org.porchlight.sandbox.internal.metadata.LookupValues;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;

/**
 * The listings the sandbox serves, ordered by key. Reads see a consistent record without locking;
 * changes are serialised so that each one gets a modification timestamp later than every record's.
 */
public final class ListingStore implements SandboxListings {

	static final String KEY_FIELD = "LIST_1";

	static final String STATUS_FIELD = "LIST_15";

	static final String MODIFIED_FIELD = "LIST_87";

	static final String PHOTO_COUNT_FIELD = "LIST_133";

	static final String PHOTO_TIMESTAMP_FIELD = "LIST_134";

	private final ConcurrentSkipListMap<String, Listing> listings = new ConcurrentSkipListMap<>();

	private final Map<String, FieldDefinition> fields;

	private final MetadataCatalog catalog;

	private final LookupValues statuses;

	private final ListingGenerator generator;

	private final PhotoLibrary photos;

	private final Clock clock;

	private final ZoneOffset serverOffset;

	private LocalDateTime latestModification = LocalDateTime.MIN;

	/**
	 * Creates the store with the captured records and {@code count} generated listings.
	 * @param clock the clock that change timestamps come from; generated data never read it
	 */
	public ListingStore(MetadataCatalog catalog, PhotoLibrary photos, int count, long seed, Clock clock) {
		this.catalog = catalog;
		this.fields = catalog.fields("Property", "A")
			.orElseThrow(() -> new IllegalStateException("The metadata has no table for Property class A"));
		FieldDefinition status = this.fields.get(STATUS_FIELD);
		this.statuses = catalog.lookup(status.lookupName())
			.orElseThrow(() -> new IllegalStateException("The status lookup " + status.lookupName() + " has no values"));
		this.photos = photos;
		this.clock = clock;
		this.serverOffset = catalog.timeZoneOffset();
		this.generator = new ListingGenerator(catalog, this.fields, photos, seed);
		for (Listing listing : CapturedListings.load(catalog, this.fields, photos)) {
			this.generator.reserveKey(listing.key());
			put(listing);
		}
		for (int i = 0; i < count; i++) {
			put(this.generator.next());
		}
	}

	/** Returns the fields of class A in METADATA-TABLE order. */
	public Map<String, FieldDefinition> fields() {
		return this.fields;
	}

	/** Returns the photo library listings' photos point into. */
	public PhotoLibrary photos() {
		return this.photos;
	}

	/** Returns every listing in ascending key order, as of the moment each entry is reached. */
	public Collection<Listing> listings() {
		return this.listings.values();
	}

	/** Returns the listing with that key, if any. */
	public Optional<Listing> find(String key) {
		return Optional.ofNullable(this.listings.get(key));
	}

	/** Returns the listing with that key, or else the listing with that MLS number (LIST_105). */
	public Optional<Listing> findByKeyOrMlsNumber(String id) {
		Listing byKey = this.listings.get(id);
		if (byKey != null) {
			return Optional.of(byKey);
		}
		return this.listings.values().stream().filter((listing) -> listing.value("LIST_105").equals(id)).findFirst();
	}

	@Override
	public List<String> activeKeys() {
		String active = this.statuses.requireCode("Active");
		return this.listings.values()
			.stream()
			.filter((listing) -> listing.value(STATUS_FIELD).equals(active))
			.map(Listing::key)
			.toList();
	}

	@Override
	public List<String> allKeys() {
		return List.copyOf(this.listings.keySet());
	}

	@Override
	public Map<String, String> record(String key) {
		Listing listing = require(key);
		Map<String, String> record = new LinkedHashMap<>();
		for (String systemName : this.fields.keySet()) {
			record.put(systemName, listing.value(systemName));
		}
		return record;
	}

	@Override
	public synchronized void setStatus(String key, String status) {
		Listing listing = require(key);
		String code = this.statuses.requireCode(status);
		LocalDateTime modified = nextModification();
		LocalDate today = modified.toLocalDate();
		Listing changed = listing.with(STATUS_FIELD, code).with("LIST_16", today.toString());
		String longValue = this.statuses.longValue(code).orElse(status);
		if (longValue.equals("Closed")) {
			changed = changed.with("LIST_12", today.toString());
			if (changed.value("LIST_23").isEmpty()) {
				changed = changed.with("LIST_23", changed.value("LIST_22"));
			}
		}
		else if (longValue.equals("Withdrawn")) {
			changed = changed.with("LIST_17", today.toString());
		}
		put(changed.with(MODIFIED_FIELD, RecordBuilder.DATE_TIME.format(modified)));
	}

	@Override
	public synchronized void setField(String key, String systemName, String value) {
		Listing listing = require(key);
		FieldDefinition field = this.fields.get(systemName);
		if (field == null) {
			throw new IllegalArgumentException("Class A has no field " + systemName);
		}
		if (systemName.equals(KEY_FIELD)) {
			throw new IllegalArgumentException("The key field " + KEY_FIELD + " cannot be changed; remove the listing "
					+ "and add another instead");
		}
		String newValue = (value != null) ? value : "";
		checkLookupCodes(field, newValue);
		LocalDateTime modified = nextModification();
		Listing changed = listing.with(systemName, newValue);
		if (systemName.equals(PHOTO_COUNT_FIELD)) {
			changed = resizePhotos(changed, newValue.isEmpty() ? 0 : Integer.parseInt(newValue), modified);
		}
		if (!systemName.equals(MODIFIED_FIELD)) {
			changed = changed.with(MODIFIED_FIELD, RecordBuilder.DATE_TIME.format(modified));
		}
		put(changed);
	}

	@Override
	public synchronized boolean remove(String key) {
		return this.listings.remove(key) != null;
	}

	@Override
	public synchronized String addListing() {
		Listing listing = this.generator.next("Active", nextModification());
		put(listing);
		return listing.key();
	}

	private Listing resizePhotos(Listing listing, int count, LocalDateTime modified) {
		if (count < 0) {
			throw new IllegalArgumentException("Picture count must not be negative: " + count);
		}
		List<ListingPhoto> resized = new ArrayList<>(listing.photos().subList(0, Math.min(count,
				listing.photos().size())));
		while (resized.size() < count) {
			int previous = resized.isEmpty() ? 0 : resized.get(resized.size() - 1).imageIndex() + 1;
			resized.add(new ListingPhoto(previous % this.photos.size()));
		}
		return listing.withPhotos(resized).with(PHOTO_TIMESTAMP_FIELD, RecordBuilder.DATE_TIME.format(modified));
	}

	private void checkLookupCodes(FieldDefinition field, String value) {
		if (!field.isLookup() || value.isEmpty()) {
			return;
		}
		LookupValues lookup = this.catalog.lookup(field.lookupName()).orElse(null);
		if (lookup == null) {
			return;
		}
		List<String> codes = field.isMultiLookup() ? List.of(value.split(",")) : List.of(value);
		for (String code : codes) {
			if (!lookup.contains(code)) {
				throw new IllegalArgumentException("'" + code + "' is not a code of lookup " + field.lookupName()
						+ " of field " + field.systemName() + "; its codes are " + lookup.asMap());
			}
		}
	}

	// The wall clock in the server's time zone, but never at or before the latest change, so a changed
	// record is always the newest even when the generated timestamps lie after the clock.
	private LocalDateTime nextModification() {
		LocalDateTime now = LocalDateTime.ofInstant(this.clock.instant(), this.serverOffset)
			.truncatedTo(ChronoUnit.SECONDS);
		LocalDateTime next = now.isAfter(this.latestModification) ? now : this.latestModification.plusSeconds(1);
		this.latestModification = next;
		return next;
	}

	private synchronized void put(Listing listing) {
		this.listings.put(listing.key(), listing);
		String modified = listing.value(MODIFIED_FIELD);
		if (!modified.isEmpty()) {
			LocalDateTime time = LocalDateTime.parse(modified);
			if (time.isAfter(this.latestModification)) {
				this.latestModification = time;
			}
		}
	}

	private Listing require(String key) {
		Listing listing = this.listings.get(key);
		if (listing == null) {
			throw new NoSuchElementException("No listing has key " + key);
		}
		return listing;
	}

}
