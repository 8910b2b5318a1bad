package org.porchlight.sync.store;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;

/**
 * A photo of a listing. The image files live in the {@link PhotoStore} under {@link #getStorageKey()}, one file per
 * {@link PhotoSize}.
 */
@Entity
@Table(name = "listing_photo")
public class ListingPhoto {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@ManyToOne(fetch = FetchType.LAZY, optional = false)
	@JoinColumn(name = "listing_id")
	private Listing listing;

	/** Position in the gallery, starting at 1. */
	@Column(name = "sequence_number")
	private int sequenceNumber;

	/** The object's number on the RETS server. */
	@Column(name = "object_id")
	private int objectId;

	@Column(name = "content_type")
	private String contentType;

	private String description;

	@Column(name = "storage_key")
	private String storageKey;

	/** Width of the original image in pixels. */
	private int width;

	/** Height of the original image in pixels. */
	private int height;

	/** Size of the original image in bytes. */
	@Column(name = "byte_size")
	private long byteSize;

	/** SHA-256 of the original image bytes, in hex. */
	private String sha256;

	@Column(name = "fetched_at")
	private Instant fetchedAt;

	public Long getId() {
		return this.id;
	}

	public Listing getListing() {
		return this.listing;
	}

	public void setListing(Listing listing) {
		this.listing = listing;
	}

	public int getSequenceNumber() {
		return this.sequenceNumber;
	}

	public void setSequenceNumber(int sequenceNumber) {
		this.sequenceNumber = sequenceNumber;
	}

	public int getObjectId() {
		return this.objectId;
	}

	public void setObjectId(int objectId) {
		this.objectId = objectId;
	}

	public String getContentType() {
		return this.contentType;
	}

	public void setContentType(String contentType) {
		this.contentType = contentType;
	}

	public String getDescription() {
		return this.description;
	}

	public void setDescription(String description) {
		this.description = description;
	}

	public String getStorageKey() {
		return this.storageKey;
	}

	public void setStorageKey(String storageKey) {
		this.storageKey = storageKey;
	}

	public int getWidth() {
		return this.width;
	}

	public void setWidth(int width) {
		this.width = width;
	}

	public int getHeight() {
		return this.height;
	}

	public void setHeight(int height) {
		this.height = height;
	}

	public long getByteSize() {
		return this.byteSize;
	}

	public void setByteSize(long byteSize) {
		this.byteSize = byteSize;
	}

	public String getSha256() {
		return this.sha256;
	}

	public void setSha256(String sha256) {
		this.sha256 = sha256;
	}

	public Instant getFetchedAt() {
		return this.fetchedAt;
	}

	public void setFetchedAt(Instant fetchedAt) {
		this.fetchedAt = fetchedAt;
	}

}
