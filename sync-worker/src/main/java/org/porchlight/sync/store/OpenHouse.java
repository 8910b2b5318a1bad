package org.porchlight.sync.store;

import java.time.Instant;
import java.time.LocalDate;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * An upcoming open house of a listing, as the last sync run of its feed stored it. The sync worker writes this table
 * with JDBC, replacing a feed's whole set at once, so the entity is read-only.
 */
@Entity
@Table(name = "open_house")
public class OpenHouse {

	@Id
	private Long id;

	@Column(name = "feed_id")
	private String feedId;

	@Column(name = "open_house_key")
	private String openHouseKey;

	@Column(name = "listing_key")
	private String listingKey;

	@Column(name = "listing_id")
	private String listingId;

	@Column(name = "open_house_date")
	private LocalDate openHouseDate;

	@Column(name = "start_time")
	private Instant startTime;

	@Column(name = "end_time")
	private Instant endTime;

	@Column(name = "visible_until")
	private Instant visibleUntil;

	@Column(name = "open_house_type")
	private String openHouseType;

	private String remarks;

	@Column(name = "modification_timestamp")
	private Instant modificationTimestamp;

	@Column(name = "stored_at")
	private Instant storedAt;

	protected OpenHouse() {
	}

	public Long getId() {
		return this.id;
	}

	public String getFeedId() {
		return this.feedId;
	}

	public String getOpenHouseKey() {
		return this.openHouseKey;
	}

	public String getListingKey() {
		return this.listingKey;
	}

	public String getListingId() {
		return this.listingId;
	}

	/** Returns the date of the open house in the server's time zone, as the feed gave it. */
	public LocalDate getOpenHouseDate() {
		return this.openHouseDate;
	}

	public Instant getStartTime() {
		return this.startTime;
	}

	/** Returns the end time, or {@code null} when the feed gave none. */
	public Instant getEndTime() {
		return this.endTime;
	}

	/** Returns the end time, or the end of the open house's day when the feed gave no end time. */
	public Instant getVisibleUntil() {
		return this.visibleUntil;
	}

	/** Returns the feed's type of the open house, such as {@code Public} or {@code Broker}, or {@code null}. */
	public String getOpenHouseType() {
		return this.openHouseType;
	}

	public String getRemarks() {
		return this.remarks;
	}

	public Instant getModificationTimestamp() {
		return this.modificationTimestamp;
	}

	public Instant getStoredAt() {
		return this.storedAt;
	}

}
