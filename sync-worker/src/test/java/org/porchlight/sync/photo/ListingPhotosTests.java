package org.porchlight.sync.photo;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectFailure;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.ObjectSink;
import org.porchlight.rets.client.object.RetsObject;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.sync.store.ListingPhotoRepository;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.PhotoSize;
import org.porchlight.testapp.StoreTestConfiguration;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import static org.assertj.core.api.Assertions.assertThat;

/** Replacing a listing's photo set, with a GetObject stand-in and the store on H2. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = StoreTestConfiguration.class)
@Import(PhotoSetWriter.class)
@Transactional(propagation = Propagation.NOT_SUPPORTED)
class ListingPhotosTests {

	private static final Instant PHOTOS_CHANGED = Instant.parse("2024-03-01T09:00:00Z");

	@TempDir
	Path directory;

	@Autowired
	private PhotoSetWriter writer;

	@Autowired
	private ListingRepository listings;

	@Autowired
	private ListingPhotoRepository photos;

	private ListingPhotos listingPhotos;

	private long listingId;

	@BeforeEach
	void createListing() {
		SyncProperties properties = new SyncProperties(null, null, null, null, null, null, null, null,
				this.directory, null, null, null, null, null, null, null, null, null);
		Clock clock = Clock.fixed(Instant.parse("2024-03-02T12:00:00Z"), ZoneOffset.UTC);
		this.listingPhotos = new ListingPhotos(new FileSystemPhotoStore(this.directory), this.writer, properties,
				clock);
		Listing listing = new Listing();
		listing.setFeedId("default");
		listing.setListingKey("20140904164308260560000000");
		listing.setVisible(true);
		listing.setRecordHash("0".repeat(64));
		listing.setFirstSeenAt(Instant.now());
		listing.setLastSeenAt(Instant.now());
		listing.setUpdatedAt(Instant.now());
		this.listingId = this.listings.save(listing).getId();
	}

	@AfterEach
	void deleteListings() {
		this.listings.deleteAll();
	}

	@Test
	void newSetIsStoredInBothSizes() throws IOException {
		PhotoRefresh refresh = this.listingPhotos.refresh(client(jpeg(1), jpeg(2)), task(2), 7);

		assertThat(refresh.succeeded()).isTrue();
		assertThat(refresh.photosStored()).isEqualTo(2);
		List<ListingPhoto> stored = this.photos.findByListingIdOrderBySequenceNumber(this.listingId);
		assertThat(stored).extracting(ListingPhoto::getObjectId).containsExactly(1, 2);
		for (ListingPhoto photo : stored) {
			assertThat(photo.getStorageKey()).startsWith("default/").contains("/7-");
			assertThat(photo.getWidth()).isEqualTo(256);
			for (PhotoSize size : PhotoSize.values()) {
				assertThat(this.directory.resolve(photo.getStorageKey() + "." + size.suffix() + ".jpg")).isRegularFile();
			}
		}
		Listing listing = this.listings.findById(this.listingId).orElseThrow();
		assertThat(listing.getPhotosCount()).isEqualTo(2);
		assertThat(listing.getPhotosChangeTimestamp()).isEqualTo(PHOTOS_CHANGED);
	}

	@Test
	void failedSetKeepsTheOldOne() throws IOException {
		this.listingPhotos.refresh(client(jpeg(1), jpeg(2)), task(2), 7);
		List<String> oldKeys = storageKeys();

		PhotoRefresh refresh = this.listingPhotos.refresh(client(jpeg(1), xmlError(2), jpeg(3)), task(3), 8);

		assertThat(refresh.succeeded()).isFalse();
		assertThat(refresh.failure()).contains("photo 2 rejected", "not an image");
		assertThat(storageKeys()).isEqualTo(oldKeys);
		assertThat(filesOnDisk()).hasSize(4).allMatch((file) -> file.contains("/7-"));
		assertThat(this.listings.findById(this.listingId).orElseThrow().getPhotosCount()).isEqualTo(2);
	}

	@Test
	void serverFailureKeepsTheOldOne() throws IOException {
		this.listingPhotos.refresh(client(jpeg(1)), task(1), 7);

		RetsClient failing = new StubClient(List.of(jpeg(1)),
				List.of(new ObjectFailure("K", 2, 20409, "Object unavailable")), true);
		PhotoRefresh refresh = this.listingPhotos.refresh(failing, task(2), 8);

		assertThat(refresh.succeeded()).isFalse();
		assertThat(refresh.failure()).contains("20409");
		assertThat(filesOnDisk()).hasSize(2).allMatch((file) -> file.contains("/7-"));
	}

	@Test
	void completeNewSetReplacesTheOldOne() throws IOException {
		this.listingPhotos.refresh(client(jpeg(1), jpeg(2)), task(2), 7);

		PhotoRefresh refresh = this.listingPhotos.refresh(client(jpeg(1), jpeg(2), jpeg(3)), task(3), 8);

		assertThat(refresh.photosStored()).isEqualTo(3);
		assertThat(storageKeys()).hasSize(3).allMatch((key) -> key.contains("/8-"));
		assertThat(filesOnDisk()).hasSize(6).allMatch((file) -> file.contains("/8-"));
		assertThat(this.listings.findById(this.listingId).orElseThrow().getPhotosCount()).isEqualTo(3);
	}

	@Test
	void zeroPhotosNeedsNoRequest() {
		PhotoRefresh refresh = this.listingPhotos.refresh(new StubClient(List.of(), List.of(), false), task(0), 7);

		assertThat(refresh.succeeded()).isTrue();
		assertThat(this.listings.findById(this.listingId).orElseThrow().getPhotosCount()).isZero();
	}

	private PhotoTask task(int count) {
		return new PhotoTask(this.listingId, "20140904164308260560000000", count, PHOTOS_CHANGED);
	}

	private List<String> storageKeys() {
		return this.photos.findByListingIdOrderBySequenceNumber(this.listingId)
			.stream()
			.map(ListingPhoto::getStorageKey)
			.toList();
	}

	private List<String> filesOnDisk() throws IOException {
		try (Stream<Path> files = Files.walk(this.directory)) {
			return files.filter(Files::isRegularFile)
				.map((file) -> this.directory.relativize(file).toString().replace('\\', '/'))
				.toList();
		}
	}

	private static RetsClient client(StubObject... objects) {
		return new StubClient(List.of(objects), List.of(), true);
	}

	private static StubObject jpeg(int objectId) {
		return new StubObject(objectId, "image/jpeg", TestImages.listingPhoto());
	}

	private static StubObject xmlError(int objectId) {
		return new StubObject(objectId, "image/jpeg",
				"<RETS ReplyCode=\"20409\" ReplyText=\"Object unavailable\"/>".getBytes(StandardCharsets.US_ASCII));
	}

	private record StubObject(int objectId, String contentType, byte[] content) {
	}

	/** Delivers fixed objects to GetObject; every other transaction is unused here. */
	private record StubClient(List<StubObject> objects, List<ObjectFailure> failures, boolean complete)
			implements RetsClient {

		@Override
		public GetObjectResult getObject(ObjectRequest request, ObjectSink sink) {
			assertThat(request.resource()).isEqualTo("Property");
			assertThat(request.type()).isEqualTo("Photo");
			for (StubObject object : this.objects) {
				try (InputStream content = new ByteArrayInputStream(object.content())) {
					sink.accept(new RetsObject(request.resourceKey(), object.objectId(), object.contentType(), null,
							null, false, content));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			}
			return new GetObjectResult(this.objects.size(), this.failures, this.complete);
		}

		@Override
		public Capabilities login() {
			throw new UnsupportedOperationException();
		}

		@Override
		public RetsMetadata metadata() {
			throw new UnsupportedOperationException();
		}

		@Override
		public SearchResult search(SearchRequest request, RowHandler handler) {
			throw new UnsupportedOperationException();
		}

		@Override
		public SearchResult searchAll(SearchRequest request, RowHandler handler) {
			throw new UnsupportedOperationException();
		}

		@Override
		public void logout() {
		}

		@Override
		public void close() {
		}

	}

}
