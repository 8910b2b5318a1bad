package org.porchlight.sync.photo;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectFailure;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.RetsObject;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.sync.store.PhotoSize;
import org.porchlight.sync.store.PhotoStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * Refreshes the photos of listings. Every photo is fetched with GetObject and stored in every size under a new
 * storage key. Only when the whole new set is stored do its rows replace the old ones, whose files are deleted
 * afterwards, so the site never shows a half-fetched gallery. A failed refresh leaves the listing's stored photo
 * count and timestamp unchanged, so that the next run tries again.
 */
@Component
public class ListingPhotos {

	private static final Logger logger = LoggerFactory.getLogger(ListingPhotos.class);

	/** The server's reply when a listing has no photos. */
	private static final int NO_OBJECT_FOUND = 20403;

	private static final int MAX_DESCRIPTION_LENGTH = 1000;

	private final PhotoStore store;

	private final PhotoSetWriter writer;

	private final PhotoProcessor processor;

	private final SyncProperties properties;

	private final Clock clock;

	@Autowired
	ListingPhotos(PhotoStore store, PhotoSetWriter writer, SyncProperties properties) {
		this(store, writer, properties, Clock.systemUTC());
	}

	ListingPhotos(PhotoStore store, PhotoSetWriter writer, SyncProperties properties, Clock clock) {
		this.store = store;
		this.writer = writer;
		this.processor = new PhotoProcessor(properties.maxPhotoSize().toBytes());
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Replaces the photos of one listing with the server's current set. Failures of the server or of the photos
	 * are returned, not thrown; database errors are thrown.
	 * @param runId the sync run, which makes the new storage keys unique together with the time
	 */
	public PhotoRefresh refresh(RetsClient client, PhotoTask task, long runId) {
		return refresh(client, task, runId, this.properties.feedId(), this.properties.resource());
	}

	/**
	 * Replaces the photos of one listing of the feed {@code feedId}, whose listings are in the RETS resource
	 * {@code resource}, like {@link #refresh(RetsClient, PhotoTask, long)}.
	 */
	public PhotoRefresh refresh(RetsClient client, PhotoTask task, long runId, String feedId, String resource) {
		Instant fetchedAt = this.clock.instant();
		List<ListingPhoto> photos = new ArrayList<>();
		String failure = fetch(client, task, resource, keyPrefix(feedId, task.listingKey(), runId, fetchedAt),
				fetchedAt, photos);
		if (failure != null) {
			deleteFiles(photos);
			return PhotoRefresh.failed(failure);
		}
		if (task.photoCount() != null && task.photoCount() != photos.size()) {
			logger.warn("Listing {}: the server reports {} photos but delivered {}; storing the {} delivered",
					task.listingKey(), task.photoCount(), photos.size(), photos.size());
		}

		// Without a count from the server, the stored count is that of the stored set, so that it is not null.
		Integer photoCount = (task.photoCount() != null) ? task.photoCount() : photos.size();
		List<String> oldKeys;
		try {
			oldKeys = this.writer.replace(task.listingId(), photos, photoCount, task.photoTimestamp());
		}
		catch (RuntimeException ex) {
			deleteFiles(photos);
			throw ex;
		}
		for (String oldKey : oldKeys) {
			deleteFile(oldKey);
		}
		return PhotoRefresh.stored(photos.size());
	}

	/**
	 * Fetches every photo of a listing and stores each under a new key, adding its row to {@code photos}.
	 * @return why the new set is incomplete, or {@code null} when it is complete
	 */
	private String fetch(RetsClient client, PhotoTask task, String resource, String keyPrefix, Instant fetchedAt,
			List<ListingPhoto> photos) {
		if (task.photoCount() != null && task.photoCount() == 0) {
			return null;
		}
		List<String> rejected = new ArrayList<>();
		ObjectRequest request = ObjectRequest.all(resource, this.properties.photoObjectType(),
				task.listingKey());
		try {
			GetObjectResult result = client.getObject(request,
					(object) -> accept(object, keyPrefix, fetchedAt, photos, rejected));
			return problem(result, photos, rejected);
		}
		catch (RuntimeException ex) {
			// The client reports the sink's write errors wrapped, and either way the new set is incomplete.
			return "GetObject failed: " + ex.getMessage();
		}
	}

	private void accept(RetsObject object, String keyPrefix, Instant fetchedAt, List<ListingPhoto> photos,
			List<String> rejected) throws IOException {
		PhotoProcessor.ProcessedPhoto processed;
		try {
			processed = this.processor.process(object.content());
		}
		catch (RejectedPhotoException ex) {
			rejected.add("photo " + object.objectId() + " rejected: " + ex.getMessage());
			return;
		}
		int sequence = photos.size() + 1;
		String storageKey = keyPrefix + "-" + sequence;
		ListingPhoto photo = new ListingPhoto();
		photo.setSequenceNumber(sequence);
		photo.setObjectId(object.objectId());
		photo.setContentType("image/jpeg");
		photo.setDescription(truncate(object.description()));
		photo.setStorageKey(storageKey);
		photo.setWidth(processed.width());
		photo.setHeight(processed.height());
		photo.setByteSize(processed.byteSize());
		photo.setSha256(processed.sha256());
		photo.setFetchedAt(fetchedAt);
		// Added before writing, so that a failed write still has its files cleaned up.
		photos.add(photo);
		for (Map.Entry<PhotoSize, byte[]> rendition : processed.renditions().entrySet()) {
			this.store.write(storageKey, rendition.getKey(), rendition.getValue());
		}
	}

	private static String problem(GetObjectResult result, List<ListingPhoto> photos, List<String> rejected) {
		if (!rejected.isEmpty()) {
			return String.join("; ", rejected);
		}
		List<ObjectFailure> failures = result.failures();
		boolean noPhotos = photos.isEmpty() && !failures.isEmpty()
				&& failures.stream().allMatch((failure) -> failure.replyCode() == NO_OBJECT_FOUND);
		if (!failures.isEmpty() && !noPhotos) {
			ObjectFailure first = failures.get(0);
			return failures.size() + " photos missing; photo " + first.objectId() + ": reply " + first.replyCode()
					+ " " + first.replyText();
		}
		if (!result.complete()) {
			return "the GetObject response ended early";
		}
		return null;
	}

	private void deleteFiles(List<ListingPhoto> photos) {
		for (ListingPhoto photo : photos) {
			deleteFile(photo.getStorageKey());
		}
	}

	private void deleteFile(String storageKey) {
		try {
			this.store.delete(storageKey);
		}
		catch (IOException | RuntimeException ex) {
			logger.warn("Could not delete photo {}; the file stays behind: {}", storageKey, ex.toString());
		}
	}

	/** Builds {@code <feed>/<hash of the key>/<run>-<millis>}, because listing keys may contain any character. */
	private static String keyPrefix(String feedId, String listingKey, long runId, Instant fetchedAt) {
		return feedId + "/" + sha256(listingKey).substring(0, 16) + "/" + runId + "-"
				+ fetchedAt.toEpochMilli();
	}

	private static String truncate(String description) {
		if (description == null || description.length() <= MAX_DESCRIPTION_LENGTH) {
			return description;
		}
		return description.substring(0, MAX_DESCRIPTION_LENGTH);
	}

	private static String sha256(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

}
