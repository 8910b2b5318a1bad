package org.porchlight.sync.engine;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxListings;
import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.store.PhotoSize;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.sync.testsupport.PostgresDatabase;
import org.porchlight.testapp.WorkerTestApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowCallbackHandler;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Full runs against a real RETS sandbox into a real PostgreSQL database, as one scenario: the first run mirrors
 * the feed, the second finds nothing to do, the third follows changes on the server.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(classes = WorkerTestApplication.class,
		properties = { "porchlight.sync.enabled=false", "porchlight.sync.page-size=20",
				"porchlight.sync.batch-size=15", "porchlight.sync.mapping.ListOfficeName=listing_office_name",
				"porchlight.sync.mapping.ListOfficePhone=listing_office_phone",
				"porchlight.sync.mapping.ListAgentFullName=listing_member_name",
				"porchlight.sync.mapping.YearBuilt=LIST_53", "spring.jpa.hibernate.ddl-auto=validate",
				"spring.jpa.open-in-view=false" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class SyncIntegrationTests {

	/** Put into confidential fields of some listings; it must reach no column. */
	private static final String CANARY = "CNRY";

	private static final List<String> CONFIDENTIAL_FIELDS = List.of("LIST_79", "LIST_86", "LIST_30", "LIST_83",
			"LIST_59");

	@TempDir
	static Path photoDirectory;

	private static RetsSandbox sandbox;

	private static List<String> canaryKeys;

	@Autowired
	private SyncEngine engine;

	@Autowired
	private SyncLauncher launcher;

	@Autowired
	private SyncRunRepository runs;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void startSandbox() {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("sync")
			.password("sync-secret")
			.listingCount(60)
			.seed(20240301L)
			.maxRows(25)
			.build());
		canaryKeys = sandbox.listings().activeKeys().subList(0, 3);
		for (String key : canaryKeys) {
			for (String field : CONFIDENTIAL_FIELDS) {
				sandbox.listings().setField(key, field, CANARY + "-" + field.substring(5));
			}
		}
	}

	@AfterAll
	static void stopSandbox() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
		registry.add("porchlight.rets.login-url", () -> sandbox.loginUrl().toString());
		registry.add("porchlight.rets.username", () -> "sync");
		registry.add("porchlight.rets.password", () -> "sync-secret");
		registry.add("porchlight.sync.photo-directory", () -> photoDirectory.toString());
	}

	@Test
	@Order(1)
	void firstRunMirrorsVisibleActiveListings() {
		SandboxListings listings = sandbox.listings();
		Set<String> expectedVisible = listings.activeKeys()
			.stream()
			.filter((key) -> !"N".equals(listings.record(key).get("LIST_104")))
			.collect(Collectors.toSet());
		assertThat(expectedVisible).hasSizeLessThan(listings.allKeys().size());

		SyncRun run = this.engine.runNow(SyncRunMode.FULL, "test");

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(run.getErrorSummary()).isNull();
		assertThat(run.getListingsSeen()).isEqualTo(listings.activeKeys().size());
		assertThat(run.getListingsInserted()).isEqualTo(listings.activeKeys().size());
		assertThat(visibleKeys()).isEqualTo(expectedVisible);
		int expectedPhotos = 0;
		for (String key : expectedVisible) {
			int count = Integer.parseInt(listings.record(key).get("LIST_133"));
			expectedPhotos += count;
			List<String> storageKeys = storageKeys(key);
			assertThat(storageKeys).as("photos of %s", key).hasSize(count);
			for (String storageKey : storageKeys) {
				for (PhotoSize size : PhotoSize.values()) {
					assertThat(photoDirectory.resolve(storageKey + "." + size.suffix() + ".jpg")).isRegularFile();
				}
			}
		}
		assertThat(run.getPhotosFetched()).isEqualTo(expectedPhotos);
	}

	@Test
	@Order(2)
	void mappedColumnsMatchTheServerRecord() {
		String key = sandbox.listings().activeKeys().get(5);
		Map<String, String> record = sandbox.listings().record(key);

		Map<String, Object> row = this.jdbc.queryForMap("select * from listing where listing_key = ?", key);

		assertThat(row.get("listing_id")).isEqualTo(record.get("LIST_105"));
		assertThat((BigDecimal) row.get("list_price")).isEqualByComparingTo(record.get("LIST_22"));
		assertThat(row.get("list_office_name")).isEqualTo(record.get("listing_office_name"));
		assertThat(row.get("list_agent_full_name")).isEqualTo(record.get("listing_member_name"));
		assertThat(String.valueOf(row.get("year_built"))).isEqualTo(record.get("LIST_53"));
		assertThat(row.get("standard_status")).isEqualTo("Active");
		assertThat(row.get("mls_status")).isEqualTo("Active");
		assertThat((String) row.get("city")).isNotBlank().isNotEqualTo(record.get("LIST_39"));
		assertThat((String) row.get("public_record")).contains("\"List Price\"");
	}

	@Test
	@Order(3)
	void secondRunChangesNothing() {
		Map<String, Timestamp> updatedBefore = updatedAt();
		List<String> photosBefore = this.jdbc.queryForList("select storage_key from listing_photo order by id",
				String.class);

		SyncRun run = this.engine.runNow(SyncRunMode.FULL, "test");

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(run.getListingsInserted()).isZero();
		assertThat(run.getListingsUpdated()).isZero();
		assertThat(run.getListingsRemoved()).isZero();
		assertThat(run.getPhotosFetched()).isZero();
		assertThat(run.getListingsUnchanged()).isEqualTo(run.getListingsSeen());
		assertThat(updatedAt()).isEqualTo(updatedBefore);
		assertThat(this.jdbc.queryForList("select storage_key from listing_photo order by id", String.class))
			.isEqualTo(photosBefore);
	}

	@Test
	@Order(4)
	void thirdRunFollowsServerChanges() {
		List<String> visible = visibleKeys().stream().sorted().toList();
		String closed = visible.get(0);
		String deleted = visible.get(1);
		String repriced = visible.get(2);
		sandbox.listings().setStatus(closed, "Closed");
		assertThat(sandbox.listings().remove(deleted)).isTrue();
		sandbox.listings().setField(repriced, "LIST_22", "123456.00");
		Timestamp repricedBefore = updatedAt().get(repriced);

		SyncRun run = this.engine.runNow(SyncRunMode.FULL, "test");

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(run.getListingsRemoved()).isEqualTo(2);
		assertThat(run.getListingsUpdated()).isEqualTo(1);
		assertThat(run.getListingsInserted()).isZero();
		assertThat(run.getPhotosFetched()).isZero();
		assertThat(visibleKeys()).doesNotContain(closed, deleted).contains(repriced);
		for (String key : List.of(closed, deleted)) {
			assertThat(this.jdbc.queryForObject("select removed_at from listing where listing_key = ?",
					Timestamp.class, key)).as("removed_at of %s", key).isNotNull();
		}
		assertThat(this.jdbc.queryForObject("select list_price from listing where listing_key = ?", BigDecimal.class,
				repriced)).isEqualByComparingTo("123456.00");
		assertThat(updatedAt().get(repriced)).isAfter(repricedBefore);
	}

	@Test
	@Order(5)
	void confidentialValuesReachNoColumn() {
		List<Map<String, Object>> columns = this.jdbc.queryForList("select table_name, column_name"
				+ " from information_schema.columns where table_schema = current_schema()"
				+ " and table_name in ('listing', 'listing_photo', 'sync_run')"
				+ " and data_type in ('character varying', 'text', 'character')");
		assertThat(columns).hasSizeGreaterThan(30);

		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			Integer hits = this.jdbc.queryForObject(
					"select count(*) from " + table + " where " + name + " like '%" + CANARY + "%'", Integer.class);
			assertThat(hits).as("%s.%s", table, name).isZero();
		}
		for (String key : canaryKeys) {
			assertThat(this.jdbc.queryForObject("select public_record from listing where listing_key = ?",
					String.class, key)).contains("\"Public Remarks\"");
		}
	}

	@Test
	@Order(6)
	void photoChangesAndMissingSetsAreFetched() {
		List<String> visible = visibleKeys().stream().sorted().toList();
		String morePhotos = visible.get(3);
		int moreCount = Integer.parseInt(sandbox.listings().record(morePhotos).get("LIST_133")) + 1;
		List<String> oldKeys = storageKeys(morePhotos);
		sandbox.listings().setField(morePhotos, "LIST_133", Integer.toString(moreCount));
		String neverStored = visible.get(4);
		int neverStoredCount = Integer.parseInt(sandbox.listings().record(neverStored).get("LIST_133"));
		// The state that a failed first fetch leaves: the listing's data, but no photo set and no photo count.
		this.jdbc.update("delete from listing_photo where listing_id = (select id from listing where listing_key = ?)",
				neverStored);
		this.jdbc.update("update listing set photos_count = null, photos_change_timestamp = null"
				+ " where listing_key = ?", neverStored);

		SyncRun run = this.engine.runNow(SyncRunMode.FULL, "test");

		assertThat(run.getListingsUpdated()).isEqualTo(1);
		assertThat(run.getPhotosFetched()).isEqualTo(moreCount + neverStoredCount);
		assertThat(storageKeys(morePhotos)).hasSize(moreCount).doesNotContainAnyElementsOf(oldKeys);
		for (String oldKey : oldKeys) {
			assertThat(photoDirectory.resolve(oldKey + ".display.jpg")).doesNotExist();
		}
		assertThat(this.jdbc.queryForObject("select photos_count from listing where listing_key = ?", Integer.class,
				morePhotos)).isEqualTo(moreCount);
		assertThat(storageKeys(neverStored)).hasSize(neverStoredCount);
	}

	@Test
	@Order(7)
	void launcherRunsInTheBackground() {
		long runsBefore = this.runs.count();

		assertThat(this.launcher.requestRun(SyncRunMode.FULL, "admin")).isTrue();

		await().atMost(Duration.ofSeconds(30)).until(() -> !this.launcher.isRunning());
		assertThat(this.runs.count()).isEqualTo(runsBefore + 1);
		SyncRun run = this.runs.findTop20ByOrderByStartedAtDesc().get(0);
		assertThat(run.getRequestedBy()).isEqualTo("admin");
		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(run.getListingsUnchanged()).isEqualTo(run.getListingsSeen());
	}

	private Set<String> visibleKeys() {
		return Set.copyOf(this.jdbc.queryForList("select listing_key from listing where visible = true", String.class));
	}

	private List<String> storageKeys(String listingKey) {
		return this.jdbc.queryForList("select p.storage_key from listing_photo p join listing l on l.id = p.listing_id"
				+ " where l.listing_key = ? order by p.sequence_number", String.class, listingKey);
	}

	private Map<String, Timestamp> updatedAt() {
		Map<String, Timestamp> updated = new HashMap<>();
		RowCallbackHandler collect = (row) -> updated.put(row.getString(1), row.getTimestamp(2));
		this.jdbc.query("select listing_key, updated_at from listing", collect);
		return updated;
	}

}
