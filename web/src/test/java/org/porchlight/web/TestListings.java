package org.porchlight.web;

import java.math.BigDecimal;
import java.time.Instant;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;

/** Builds store rows for tests, with every column that the schema requires filled in. */
public final class TestListings {

	public static final String FEED_ID = "default";

	private TestListings() {
	}

	/** Returns a visible three-bedroom listing in Springfield with the given key, priced at 300,000. */
	public static Listing listing(String listingKey) {
		Instant now = Instant.parse("2026-03-01T12:00:00Z");
		Listing listing = new Listing();
		listing.setFeedId(FEED_ID);
		listing.setListingKey(listingKey);
		listing.setListingId("MLS-" + listingKey);
		listing.setStandardStatus("Active");
		listing.setMlsStatus("Active");
		listing.setVisible(true);
		listing.setListPrice(new BigDecimal("300000"));
		listing.setStreetNumber("12");
		listing.setStreetName("Maple");
		listing.setStreetSuffix("Ave");
		listing.setCity("Springfield");
		listing.setStateOrProvince("IL");
		listing.setPostalCode("62701");
		listing.setBedroomsTotal(3);
		listing.setBathroomsTotalInteger(2);
		listing.setLivingArea(new BigDecimal("1850"));
		listing.setYearBuilt(1998);
		listing.setPublicRemarks("Bright home near the park.");
		listing.setListOfficeName("Prairie Realty");
		listing.setListOfficePhone("217-555-0100");
		listing.setListAgentFullName("Pat Example");
		listing.setModificationTimestamp(now);
		listing.setRecordHash("hash-" + listingKey);
		listing.setFirstSeenAt(now);
		listing.setLastSeenAt(now);
		listing.setUpdatedAt(now);
		return listing;
	}

	/** Adds a photo to a listing; the storage key is {@code <listing key>/<sequence>}. */
	public static ListingPhoto addPhoto(Listing listing, int sequenceNumber) {
		ListingPhoto photo = new ListingPhoto();
		photo.setListing(listing);
		photo.setSequenceNumber(sequenceNumber);
		photo.setObjectId(sequenceNumber);
		photo.setContentType("image/jpeg");
		photo.setStorageKey(listing.getListingKey() + "/" + sequenceNumber);
		photo.setWidth(1024);
		photo.setHeight(768);
		photo.setByteSize(1000);
		photo.setSha256("%064x".formatted(sequenceNumber + (long) listing.getListingKey().hashCode()));
		photo.setFetchedAt(Instant.parse("2026-03-01T12:00:00Z"));
		listing.getPhotos().add(photo);
		return photo;
	}

	/** Returns a finished run of the given status. */
	public static SyncRun run(SyncRunStatus status, Instant startedAt, Instant finishedAt) {
		SyncRun run = new SyncRun();
		run.setFeedId(FEED_ID);
		run.setMode(SyncRunMode.FULL);
		run.setStatus(status);
		run.setRequestedBy("schedule");
		run.setStartedAt(startedAt);
		run.setFinishedAt(finishedAt);
		return run;
	}

}
