package org.porchlight.sync.mapping;

import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

import org.porchlight.sync.store.Listing;

/**
 * One server record mapped to the listing model, with confidential fields already removed. Values that did not
 * parse are absent, and {@link #issues()} lists why.
 */
public final class MappedListing {

	private final String listingKey;

	private final Map<ListingField, Object> columns;

	private final String publicRecord;

	private final String recordHash;

	private final boolean visible;

	private final boolean addressHidden;

	private final List<String> issues;

	MappedListing(String listingKey, EnumMap<ListingField, Object> columns, String publicRecord, String recordHash,
			boolean visible, boolean addressHidden, List<String> issues) {
		this.listingKey = listingKey;
		this.columns = columns;
		this.publicRecord = publicRecord;
		this.recordHash = recordHash;
		this.visible = visible;
		this.addressHidden = addressHidden;
		this.issues = List.copyOf(issues);
	}

	/** Returns the record's KeyField value. */
	public String listingKey() {
		return this.listingKey;
	}

	/** Returns the public record as a JSON object of display label to display value. */
	public String publicRecord() {
		return this.publicRecord;
	}

	/** Returns the SHA-256 of the server's record and the mapping rules, as 64 hex digits. */
	public String recordHash() {
		return this.recordHash;
	}

	/** Returns whether the listing may appear on the public site: Active and allowed for Internet display. */
	public boolean visible() {
		return this.visible;
	}

	public boolean addressHidden() {
		return this.addressHidden;
	}

	/** Returns the photo count the server reports, or {@code null} when the feed has no such field. */
	public Integer photoCount() {
		return (Integer) this.columns.get(ListingField.PHOTOS_COUNT);
	}

	/** Returns when the photos last changed according to the server, or {@code null}. */
	public Instant photoTimestamp() {
		return (Instant) this.columns.get(ListingField.PHOTOS_CHANGE_TIMESTAMP);
	}

	/** Returns the problems found in the record, each naming the listing key, the field and the value. */
	public List<String> issues() {
		return this.issues;
	}

	/** Returns the value of a column by its RESO name, such as {@code ListPrice}, or {@code null}. */
	public Object value(String resoName) {
		return ListingField.byResoName(resoName).map(this.columns::get).orElse(null);
	}

	/**
	 * Copies the mapped columns, the public record, the record hash and the address flag into {@code listing}.
	 * Columns without a value are cleared. Visibility, timestamps and the photo columns are left to the caller.
	 */
	public void applyTo(Listing listing) {
		for (ListingField field : ListingField.values()) {
			if (field.hasColumn()) {
				field.apply(listing, this.columns.get(field));
			}
		}
		listing.setAddressHidden(this.addressHidden);
		listing.setPublicRecord(this.publicRecord);
		listing.setRecordHash(this.recordHash);
	}

}
