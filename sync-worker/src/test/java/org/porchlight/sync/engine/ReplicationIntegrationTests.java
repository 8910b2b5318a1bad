package org.porchlight.sync.engine;

import java.math.BigDecimal;
import java.nio.file.Path;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxListings;
import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.mapping.ListingMapper;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.sync.testsupport.PostgresDatabase;
import org.porchlight.testapp.WorkerTestApplication;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replication against a real RETS sandbox into a real PostgreSQL database, as one scenario. A full run sets the
 * checkpoint and incremental runs follow changes from it. A reconcile run finds deleted listings, failed photo
 * fetches are retried, and no value of a denied field reaches any column.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(classes = WorkerTestApplication.class,
		properties = { "porchlight.sync.enabled=false", "porchlight.sync.page-size=10",
				"porchlight.sync.batch-size=8", "porchlight.sync.overlap=1s",
				"porchlight.sync.mapping.ListOfficeName=listing_office_name",
				"porchlight.sync.mapping.YearBuilt=LIST_53" })
@DirtiesContext
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ReplicationIntegrationTests {

	private static final String CANARY = "QZXCANARY";

	@TempDir
	static Path photoDirectory;

	private static RetsSandbox sandbox;

	/** Listing key whose photo fetches fail while set. */
	private static final AtomicReference<String> failingPhotos = new AtomicReference<>();

	private static Set<String> deniedFields;

	private static List<String> canaryKeys;

	@Autowired
	private SyncEngine engine;

	@Autowired
	private SyncLauncher launcher;

	@Autowired
	private ReplicationState state;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private ObjectProvider<MeterRegistry> meterRegistry;

	@BeforeAll
	static void startSandbox() {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("sync")
			.password("sync-secret")
			.listingCount(40)
			.seed(7L)
			.maxRows(15)
			.filter((request, response, chain) -> {
				String failing = failingPhotos.get();
				if (failing != null && request.transaction() == RetsTransaction.GET_OBJECT
						&& request.parameter("ID").orElse("").startsWith(failing)) {
					response.sendError(503, "photo service unavailable");
					return;
				}
				chain.proceed(request, response);
			})
			.build());
		deniedFields = deniedFieldsOfClassA();
		canaryKeys = sandbox.listings().activeKeys().subList(0, 3);
		for (String key : canaryKeys) {
			for (String field : deniedFields) {
				sandbox.listings().setField(key, field, CANARY + field);
			}
		}
	}

	private static Set<String> deniedFieldsOfClassA() {
		try (RetsClient client = RetsClient.create(RetsClientConfig.builder()
			.loginUrl(sandbox.loginUrl())
			.username("sync")
			.password("sync-secret")
			.build())) {
			client.login();
			RetsMetadata metadata = client.metadata();
			MetadataClass classA = metadata.resource("Property").orElseThrow().metadataClass("A").orElseThrow();
			return ListingMapper.deniedFields(classA, List.of());
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
	void incrementalRunWithoutCheckpointRunsFullAndSetsTheCheckpoint() {
		SyncRun run = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(run.getMode()).isEqualTo(SyncRunMode.FULL);
		assertThat(run.getListingsInserted()).isEqualTo(sandbox.listings().activeKeys().size());
		assertThat(this.state.checkpoint("default")).isPresent();
		assertThat(this.state.lastReconciledAt("default")).isPresent();
		assertThat(this.jdbc.queryForObject("select count(*) from listing where photos_pending = true", Integer.class))
			.isZero();
		MeterRegistry registry = this.meterRegistry.getIfAvailable(() -> Metrics.globalRegistry);
		assertThat(registry.counter("porchlight.sync.listings", "result", "inserted").count())
			.isEqualTo(run.getListingsInserted());
		assertThat(registry.counter("porchlight.sync.photos").count()).isEqualTo(run.getPhotosFetched());
		assertThat(this.jdbc.queryForObject("select listings_seen from sync_run where id = ?", Integer.class,
				run.getId())).isEqualTo(run.getListingsSeen());
	}

	@Test
	@Order(2)
	void priceChangeIsFollowedIncrementallyWithoutFetchingPhotos() {
		String key = visibleKeys().get(0);
		List<String> photosBefore = storageKeys(key);
		sandbox.listings().setField(key, "LIST_22", "987654.00");

		SyncRun run = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");

		assertThat(run.getMode()).isEqualTo(SyncRunMode.INCREMENTAL);
		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(run.getListingsSeen()).isBetween(1, sandbox.listings().activeKeys().size() / 2);
		assertThat(run.getListingsUpdated()).isEqualTo(1);
		assertThat(run.getPhotosFetched()).isZero();
		assertThat(this.jdbc.queryForObject("select list_price from listing where listing_key = ?", BigDecimal.class,
				key)).isEqualByComparingTo("987654.00");
		assertThat(storageKeys(key)).isEqualTo(photosBefore);
	}

	@Test
	@Order(3)
	void closedListingLeavesPublicViewInAnIncrementalRun() {
		String key = visibleKeys().get(1);
		sandbox.listings().setStatus(key, "Closed");

		SyncRun run = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(visibleKeys()).doesNotContain(key);
	}

	@Test
	@Order(4)
	void reconcileRemovesDeletedListingsAndFetchesMissingOnes() {
		List<String> visible = visibleKeys();
		String deleted = visible.get(2);
		String lost = visible.get(3);
		assertThat(sandbox.listings().remove(deleted)).isTrue();
		this.jdbc.update("delete from listing where listing_key = ?", lost);

		SyncRun incremental = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");
		assertThat(incremental.getListingsRemoved()).isZero();
		assertThat(visibleKeys()).contains(deleted);

		SyncRun reconcile = this.engine.runNow(SyncRunMode.RECONCILE, "test");

		assertThat(reconcile.getMode()).isEqualTo(SyncRunMode.RECONCILE);
		assertThat(reconcile.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(reconcile.getListingsRemoved()).isEqualTo(1);
		assertThat(reconcile.getListingsInserted()).isEqualTo(1);
		assertThat(visibleKeys()).doesNotContain(deleted).contains(lost);
		assertThat(storageKeys(lost)).isNotEmpty();
	}

	@Test
	@Order(5)
	void badValueIsRecordedWithItsKeyWhileTheRunGoesOn() {
		String key = visibleKeys().get(4);
		sandbox.listings().setField(key, "LIST_48", "not-a-number");

		SyncRun run = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(run.getErrorCount()).isEqualTo(1);
		List<Map<String, Object>> errors = this.jdbc
			.queryForList("select listing_key, message from sync_run_error where run_id = ?", run.getId());
		assertThat(errors).singleElement().satisfies((error) -> {
			assertThat(error.get("listing_key")).isEqualTo(key);
			assertThat((String) error.get("message")).contains("LIST_48");
		});
	}

	@Test
	@Order(6)
	void failedPhotoFetchIsRetriedByALaterIncrementalRun() {
		String key = visibleKeys().get(5);
		int count = Integer.parseInt(sandbox.listings().record(key).get("LIST_133")) + 1;
		sandbox.listings().setField(key, "LIST_133", Integer.toString(count));
		sandbox.listings().setField(key, "LIST_22", "111111.00");
		failingPhotos.set(key);

		SyncRun failed = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");

		assertThat(failed.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(failed.getListingsUpdated()).isEqualTo(1);
		assertThat(failed.getPhotosFetched()).isZero();
		assertThat(this.jdbc.queryForObject("select list_price from listing where listing_key = ?", BigDecimal.class,
				key)).isEqualByComparingTo("111111.00");
		assertThat(this.jdbc.queryForList("select listing_key from sync_run_error where run_id = ?"
				+ " and message like '%photos not updated%503%'", String.class, failed.getId())).containsExactly(key);

		failingPhotos.set(null);
		SyncRun retried = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");

		assertThat(retried.getPhotosFetched()).isEqualTo(count);
		assertThat(storageKeys(key)).hasSize(count);
		assertThat(this.jdbc.queryForObject("select photos_pending from listing where listing_key = ?", Boolean.class,
				key)).isFalse();
	}

	@Test
	@Order(7)
	void lockHeldByAnotherProcessKeepsRunsFromStarting() {
		SyncLock otherProcess = new SyncLock(this.jdbc, Duration.ofMinutes(1));
		assertThat(otherProcess.tryAcquire(SyncEngine.lockName("default"))).isTrue();
		try {
			assertThat(this.engine.runNow(SyncRunMode.INCREMENTAL, "test")).isNull();
		}
		finally {
			otherProcess.release(SyncEngine.lockName("default"));
		}
		assertThat(this.engine.runNow(SyncRunMode.INCREMENTAL, "test").getStatus())
			.isEqualTo(SyncRunStatus.SUCCEEDED);
	}

	@Test
	@Order(8)
	void requestIsClaimedByOneProcessOnly() {
		this.state.addRequest("default", SyncRunMode.RECONCILE, "admin");

		List<Object> claims = new ArrayList<>();
		this.state.claimRequest("worker-1").ifPresent(claims::add);
		this.state.claimRequest("worker-2").ifPresent(claims::add);

		assertThat(claims).singleElement()
			.isEqualTo(new ReplicationState.RunRequest(((ReplicationState.RunRequest) claims.get(0)).id(), "default",
					SyncRunMode.RECONCILE, "admin"));
	}

	@Test
	@Order(9)
	void pauseIsStoredPerFeed() {
		this.launcher.pause("default");
		assertThat(this.launcher.isPaused("default")).isTrue();
		assertThat(this.launcher.isPaused("other")).isFalse();

		this.launcher.resume("default");
		assertThat(this.launcher.isPaused("default")).isFalse();
	}

	@Test
	@Order(10)
	void scheduledRunsSkipPausedFeedsAndReconcileWhenDue() {
		long runsBefore = runCount();
		this.launcher.pause("default");

		this.engine.runScheduled();

		assertThat(runCount()).isEqualTo(runsBefore);
		this.launcher.resume("default");

		this.engine.runScheduled();

		assertThat(lastRunMode()).isEqualTo("INCREMENTAL");
		this.jdbc.update("update sync_feed_state set last_reconciled_at = ?", OffsetDateTime.now().minusDays(2));

		this.engine.runScheduled();

		assertThat(lastRunMode()).isEqualTo("RECONCILE");
		assertThat(runCount()).isEqualTo(runsBefore + 2);
	}

	@Test
	@Order(11)
	void noDeniedFieldValueReachesAnyColumnOfAnyTable() {
		assertThat(deniedFields).contains("LIST_79", "LIST_86", "LIST_30", "LIST_83");
		assertThat(this.jdbc.queryForList("select listing_key from listing", String.class)).containsAll(canaryKeys);
		List<Map<String, Object>> columns = this.jdbc.queryForList("select table_name, column_name"
				+ " from information_schema.columns where table_schema = current_schema()"
				+ " and data_type in ('character varying', 'text', 'character')");
		assertThat(columns).extracting((column) -> column.get("table_name"))
			.contains("listing", "listing_photo", "sync_run", "sync_run_error", "sync_feed_state", "sync_request",
					"sync_lock", "flyway_schema_history");

		for (Map<String, Object> column : columns) {
			String table = (String) column.get("table_name");
			String name = (String) column.get("column_name");
			Integer hits = this.jdbc.queryForObject("select count(*) from \"" + table + "\" where \"" + name
					+ "\" like '%" + CANARY + "%'", Integer.class);
			assertThat(hits).as("%s.%s", table, name).isZero();
		}
	}

	@Test
	@Order(12)
	void changedMappingMakesNextRunReadEveryListing() {
		String fingerprint = this.state.mappingFingerprint("default").orElseThrow();
		this.jdbc.update("update sync_feed_state set mapping_fingerprint = 'rules of an earlier version'"
				+ " where feed_id = 'default'");

		SyncRun changed = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");

		assertThat(changed.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(changed.getMode()).isEqualTo(SyncRunMode.FULL);
		assertThat(changed.getListingsSeen()).isEqualTo(sandbox.listings().activeKeys().size());
		assertThat(this.state.mappingFingerprint("default")).contains(fingerprint);
		SyncRun next = this.engine.runNow(SyncRunMode.INCREMENTAL, "test");
		assertThat(next.getMode()).isEqualTo(SyncRunMode.INCREMENTAL);
		assertThat(next.getListingsSeen()).isLessThan(sandbox.listings().activeKeys().size() / 2);
	}

	private long runCount() {
		return this.jdbc.queryForObject("select count(*) from sync_run", Long.class);
	}

	private String lastRunMode() {
		return this.jdbc.queryForObject("select mode from sync_run order by id desc limit 1", String.class);
	}

	private List<String> visibleKeys() {
		return this.jdbc.queryForList("select listing_key from listing where visible = true order by listing_key",
				String.class);
	}

	private List<String> storageKeys(String listingKey) {
		return this.jdbc.queryForList("select p.storage_key from listing_photo p join listing l on l.id = p.listing_id"
				+ " where l.listing_key = ? order by p.sequence_number", String.class, listingKey);
	}

}
