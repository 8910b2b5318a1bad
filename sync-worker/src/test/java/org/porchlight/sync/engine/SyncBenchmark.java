package org.porchlight.sync.engine;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.search.CountMode;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.testsupport.PostgresDatabase;
import org.porchlight.testapp.WorkerTestApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures an initial sync into PostgreSQL beside the same search without storing, and an incremental run after 1%
 * of the listings changed. Not part of {@code mvn verify}, because its name matches no test pattern of Surefire.
 * Run it with
 * {@code mvn -B -o -pl sync-worker test -Dtest=SyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false
 * -Dbenchmark.listings=100000 -Dbenchmark.photoListings=10000}.
 * <p>
 * NOTE: the sandbox runs in the same JVM, so the peak heap includes the sandbox's listings.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(classes = WorkerTestApplication.class,
		properties = { "porchlight.sync.enabled=false", "porchlight.sync.page-size=2500",
				"porchlight.sync.batch-size=500", "porchlight.sync.overlap=0s",
				"logging.level.org.porchlight=WARN" })
@DirtiesContext
class SyncBenchmark {

	private static final int LISTINGS = Integer.getInteger("benchmark.listings", 100_000);

	private static final int PHOTO_LISTINGS = Integer.getInteger("benchmark.photoListings", 10_000);

	private static final int PHOTOS_PER_LISTING = 5;

	@TempDir
	static Path photoDirectory;

	private static RetsSandbox sandbox;

	@Autowired
	private SyncEngine engine;

	@Autowired
	private DataSource dataSource;

	@BeforeAll
	static void startSandbox() {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("bench")
			.password("bench-secret")
			.listingCount(LISTINGS)
			.seed(99L)
			.maxRows(2500)
			.build());
		List<String> active = sandbox.listings().activeKeys();
		for (int i = 0; i < active.size(); i++) {
			sandbox.listings()
				.setField(active.get(i), "LIST_133", (i < PHOTO_LISTINGS) ? Integer.toString(PHOTOS_PER_LISTING) : "0");
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
		// Lets the PostgreSQL driver send a batch of inserts as multi-row statements.
		registry.add("spring.datasource.url",
				() -> withParameter(PostgresDatabase.jdbcUrl(), "reWriteBatchedInserts=true"));
		registry.add("porchlight.rets.login-url", () -> sandbox.loginUrl().toString());
		registry.add("porchlight.rets.username", () -> "bench");
		registry.add("porchlight.rets.password", () -> "bench-secret");
		registry.add("porchlight.sync.photo-directory", () -> photoDirectory.toString());
	}

	@Test
	void initialAndIncrementalSync() {
		System.gc();
		resetPeakHeap();
		long searchStart = System.nanoTime();
		long searched = searchOnly();
		Duration searchTime = Duration.ofNanos(System.nanoTime() - searchStart);

		resetPeakHeap();
		long syncStart = System.nanoTime();
		SyncRun full = this.engine.runNow(SyncRunMode.FULL, "benchmark");
		Duration syncTime = Duration.ofNanos(System.nanoTime() - syncStart);
		long syncPeakHeap = peakHeap();

		List<String> active = sandbox.listings().activeKeys();
		int changed = Math.max(1, active.size() / 100);
		for (int i = 0; i < changed; i++) {
			sandbox.listings().setField(active.get(active.size() - 1 - i), "LIST_22", Integer.toString(100_000 + i));
		}
		long incrementalStart = System.nanoTime();
		SyncRun incremental = this.engine.runNow(SyncRunMode.INCREMENTAL, "benchmark");
		Duration incrementalTime = Duration.ofNanos(System.nanoTime() - incrementalStart);

		System.out.printf("%nSync benchmark: %d listings (%d Active), %d with %d photos each%n", LISTINGS,
				active.size(), PHOTO_LISTINGS, PHOTOS_PER_LISTING);
		System.out.printf("database:         %s%n", databaseUrl());
		System.out.printf("search only:      %d rows in %.1f s (%.0f rows/s)%n", searched, seconds(searchTime),
				searched / seconds(searchTime));
		System.out.printf("initial sync:     %s in %.1f s (%.0f listings/s, %.1f photos/s), peak heap %d MB%n",
				full.getStatus(), seconds(syncTime), full.getListingsSeen() / seconds(syncTime),
				full.getPhotosFetched() / seconds(syncTime), syncPeakHeap / (1024 * 1024));
		System.out.printf("incremental sync: %s, %d changed, %d seen in %.1f s (%.1f%% of the initial sync)%n",
				incremental.getStatus(), changed, incremental.getListingsSeen(), seconds(incrementalTime),
				100 * seconds(incrementalTime) / seconds(syncTime));
	}

	private long searchOnly() {
		try (RetsClient client = RetsClient.create(RetsClientConfig.builder()
			.loginUrl(sandbox.loginUrl())
			.username("bench")
			.password("bench-secret")
			.build())) {
			client.login();
			ListingClassProfile profile = ListingClassProfile.resolve(client.metadata(), "Property", "A");
			AtomicLong rows = new AtomicLong();
			client.searchAll(SearchRequest.builder("Property", "A")
				.query(SyncEngine.activeQuery(profile))
				.limit(2500)
				.countMode(CountMode.RECORDS_AND_COUNT)
				.format(SearchFormat.COMPACT)
				.build(), (row) -> rows.incrementAndGet());
			return rows.get();
		}
	}

	private String databaseUrl() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static String withParameter(String url, String parameter) {
		return url + (url.contains("?") ? "&" : "?") + parameter;
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	private static void resetPeakHeap() {
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				pool.resetPeakUsage();
			}
		}
	}

	private static long peakHeap() {
		long peak = 0;
		for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
			if (pool.getType() == MemoryType.HEAP) {
				peak += pool.getPeakUsage().getUsed();
			}
		}
		return peak;
	}

}
