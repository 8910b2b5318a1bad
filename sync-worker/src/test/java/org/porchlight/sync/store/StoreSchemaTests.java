package org.porchlight.sync.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;

import jakarta.persistence.EntityManager;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks that the Flyway migrations build a schema the entities validate against, and that every column type
 * round-trips. Run once per database by the subclasses.
 */
abstract class StoreSchemaTests {

	@Autowired
	private ListingRepository listings;

	@Autowired
	private ListingPhotoRepository photos;

	@Autowired
	private SyncRunRepository runs;

	@Autowired
	private EntityManager entityManager;

	@Autowired
	private JdbcTemplate jdbc;

	@Test
	void migrationsApplied() {
		Integer applied = this.jdbc.queryForObject(
				"select count(*) from \"flyway_schema_history\" where \"success\" = true and \"version\" = '1'",
				Integer.class);

		assertThat(applied).isEqualTo(1);
	}

	@Test
	void listingColumnsRoundTrip() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.MICROS);
		Listing listing = listing("K-1", now);
		listing.setListPrice(new BigDecimal("1234567890123.45"));
		listing.setLatitude(new BigDecimal("-46.8771860"));
		listing.setBathroomsTotalDecimal(new BigDecimal("2.75"));
		listing.setListingContractDate(LocalDate.of(2024, 2, 29));
		listing.setPhotosChangeTimestamp(now);
		listing.setPublicRecord("{\"Public Remarks\":\"" + "x".repeat(150_000) + "\"}");
		Long id = this.listings.saveAndFlush(listing).getId();
		this.entityManager.clear();

		Listing stored = this.listings.findByFeedIdAndListingKey("default", "K-1").orElseThrow();

		assertThat(stored.getId()).isEqualTo(id);
		assertThat(stored.getListPrice()).isEqualByComparingTo("1234567890123.45");
		assertThat(stored.getLatitude()).isEqualByComparingTo("-46.877186");
		assertThat(stored.getBathroomsTotalDecimal()).isEqualByComparingTo("2.75");
		assertThat(stored.getListingContractDate()).isEqualTo(LocalDate.of(2024, 2, 29));
		assertThat(stored.getPhotosChangeTimestamp()).isEqualTo(now);
		assertThat(stored.getPublicRecord()).hasSize(150_000 + 21);
		assertThat(this.listings.countByVisibleTrue()).isEqualTo(1);
	}

	@Test
	void photosFollowTheirListing() {
		Instant now = Instant.now();
		Listing listing = this.listings.saveAndFlush(listing("K-2", now));
		ListingPhoto photo = new ListingPhoto();
		photo.setListing(listing);
		photo.setSequenceNumber(1);
		photo.setObjectId(1);
		photo.setContentType("image/jpeg");
		photo.setStorageKey("default/abc/1-1");
		photo.setWidth(640);
		photo.setHeight(480);
		photo.setByteSize(12345);
		photo.setSha256("0".repeat(64));
		photo.setFetchedAt(now);
		this.photos.saveAndFlush(photo);

		assertThat(this.photos.findByListingIdOrderBySequenceNumber(listing.getId())).hasSize(1);
		assertThat(this.photos.findByStorageKey("default/abc/1-1")).isPresent();

		this.jdbc.update("delete from listing where id = ?", listing.getId());

		assertThat(this.jdbc.queryForObject("select count(*) from listing_photo", Integer.class)).isZero();
	}

	@Test
	void runQueries() {
		SyncRun running = run(SyncRunStatus.RUNNING, Instant.parse("2024-03-01T10:00:00Z"));
		SyncRun succeeded = run(SyncRunStatus.SUCCEEDED, Instant.parse("2024-03-01T09:00:00Z"));
		succeeded.setFinishedAt(Instant.parse("2024-03-01T09:05:00Z"));
		this.runs.saveAndFlush(running);
		this.runs.saveAndFlush(succeeded);

		assertThat(this.runs.existsByStatus(SyncRunStatus.RUNNING)).isTrue();
		assertThat(this.runs.findByStatus(SyncRunStatus.RUNNING)).hasSize(1);
		assertThat(this.runs.findTop20ByOrderByStartedAtDesc()).extracting(SyncRun::getId)
			.containsExactly(running.getId(), succeeded.getId());
		assertThat(this.runs.findFirstByStatusOrderByFinishedAtDesc(SyncRunStatus.SUCCEEDED)).get()
			.extracting(SyncRun::getId)
			.isEqualTo(succeeded.getId());
	}

	private static Listing listing(String key, Instant now) {
		Listing listing = new Listing();
		listing.setFeedId("default");
		listing.setListingKey(key);
		listing.setVisible(true);
		listing.setRecordHash("f".repeat(64));
		listing.setFirstSeenAt(now);
		listing.setLastSeenAt(now);
		listing.setUpdatedAt(now);
		return listing;
	}

	private static SyncRun run(SyncRunStatus status, Instant startedAt) {
		SyncRun run = new SyncRun();
		run.setFeedId("default");
		run.setMode(SyncRunMode.FULL);
		run.setStatus(status);
		run.setRequestedBy("schedule");
		run.setStartedAt(startedAt);
		return run;
	}

}
