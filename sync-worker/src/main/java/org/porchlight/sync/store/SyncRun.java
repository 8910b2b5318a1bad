package org.porchlight.sync.store;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One run of the sync: when it ran, what it did and what went wrong. */
@Entity
@Table(name = "sync_run")
public class SyncRun {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "feed_id")
	private String feedId;

	@Enumerated(EnumType.STRING)
	@Column(name = "mode")
	private SyncRunMode mode;

	@Enumerated(EnumType.STRING)
	@Column(name = "status")
	private SyncRunStatus status;

	/** Origin of the run: an admin's user name, or "schedule". */
	@Column(name = "requested_by")
	private String requestedBy;

	@Column(name = "started_at")
	private Instant startedAt;

	@Column(name = "finished_at")
	private Instant finishedAt;

	/** Records received from the server. */
	@Column(name = "listings_seen")
	private int listingsSeen;

	@Column(name = "listings_inserted")
	private int listingsInserted;

	@Column(name = "listings_updated")
	private int listingsUpdated;

	@Column(name = "listings_unchanged")
	private int listingsUnchanged;

	@Column(name = "listings_removed")
	private int listingsRemoved;

	@Column(name = "photos_fetched")
	private int photosFetched;

	@Column(name = "error_count")
	private int errorCount;

	/** The first errors of the run, one per line, with listing keys and reply codes. */
	@Column(name = "error_summary")
	private String errorSummary;

	/**
	 * When someone asked to cancel the run, or {@code null}. Written only with SQL, never by saving this entity, so
	 * that a progress update of the running process cannot overwrite a request that arrived after it read the run.
	 */
	@Column(name = "cancel_requested_at", insertable = false, updatable = false)
	private Instant cancelRequestedAt;

	/** The user who requested the cancel. */
	@Column(name = "cancel_requested_by", insertable = false, updatable = false)
	private String cancelRequestedBy;

	public Long getId() {
		return this.id;
	}

	/** Returns how long the run took, or {@code null} while it runs. */
	public Duration getDuration() {
		return (this.finishedAt != null) ? Duration.between(this.startedAt, this.finishedAt) : null;
	}

	public String getFeedId() {
		return this.feedId;
	}

	public void setFeedId(String feedId) {
		this.feedId = feedId;
	}

	public SyncRunMode getMode() {
		return this.mode;
	}

	public void setMode(SyncRunMode mode) {
		this.mode = mode;
	}

	public SyncRunStatus getStatus() {
		return this.status;
	}

	public void setStatus(SyncRunStatus status) {
		this.status = status;
	}

	public String getRequestedBy() {
		return this.requestedBy;
	}

	public void setRequestedBy(String requestedBy) {
		this.requestedBy = requestedBy;
	}

	public Instant getStartedAt() {
		return this.startedAt;
	}

	public void setStartedAt(Instant startedAt) {
		this.startedAt = startedAt;
	}

	public Instant getFinishedAt() {
		return this.finishedAt;
	}

	public void setFinishedAt(Instant finishedAt) {
		this.finishedAt = finishedAt;
	}

	public int getListingsSeen() {
		return this.listingsSeen;
	}

	public void setListingsSeen(int listingsSeen) {
		this.listingsSeen = listingsSeen;
	}

	public int getListingsInserted() {
		return this.listingsInserted;
	}

	public void setListingsInserted(int listingsInserted) {
		this.listingsInserted = listingsInserted;
	}

	public int getListingsUpdated() {
		return this.listingsUpdated;
	}

	public void setListingsUpdated(int listingsUpdated) {
		this.listingsUpdated = listingsUpdated;
	}

	public int getListingsUnchanged() {
		return this.listingsUnchanged;
	}

	public void setListingsUnchanged(int listingsUnchanged) {
		this.listingsUnchanged = listingsUnchanged;
	}

	public int getListingsRemoved() {
		return this.listingsRemoved;
	}

	public void setListingsRemoved(int listingsRemoved) {
		this.listingsRemoved = listingsRemoved;
	}

	public int getPhotosFetched() {
		return this.photosFetched;
	}

	public void setPhotosFetched(int photosFetched) {
		this.photosFetched = photosFetched;
	}

	public int getErrorCount() {
		return this.errorCount;
	}

	public void setErrorCount(int errorCount) {
		this.errorCount = errorCount;
	}

	public String getErrorSummary() {
		return this.errorSummary;
	}

	public void setErrorSummary(String errorSummary) {
		this.errorSummary = errorSummary;
	}

	public Instant getCancelRequestedAt() {
		return this.cancelRequestedAt;
	}

	public String getCancelRequestedBy() {
		return this.cancelRequestedBy;
	}

}
