package org.porchlight.sync.engine;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.concurrent.atomic.AtomicLong;

import javax.sql.DataSource;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import com.zaxxer.hikari.HikariDataSource;
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
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.sync.FeedRunStep;
import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.testsupport.PostgresDatabase;
import org.porchlight.testapp.WorkerTestApplication;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Measures an initial sync into PostgreSQL beside the same search without storing, and an incremental run after 1%
 * of the Active listings changed. The sandbox runs in its own JVM, so that the heap figures are the worker's. This
 * JVM contains the worker, Spring's test context and JUnit. A run's record phase ends when its checkpoint moves, after
 * every listing is stored. Its photo phase ends where the feed steps (open houses, field catalog) begin. Not part of
 * {@code mvn verify}, because its name matches no test pattern of Surefire. Build the sandbox jar, then run the benchmark under the heap limit to check:
 *
 * <pre>
 * mvn -B -o -pl rets-sandbox package -DskipTests
 * mvn -B -o -pl sync-worker test -Dtest=SyncBenchmark -Dsurefire.failIfNoSpecifiedTests=false \
 *     -DargLine=-Xmx256m -Dbenchmark.listings=166700 -Dbenchmark.photoListings=10000
 * </pre>
 *
 * System properties: {@code benchmark.listings} (generated listings, about 60% of them Active; default 166,700,
 * which makes about 100,000 Active), {@code benchmark.photoListings} (Active listings with 5 photos each; default
 * 10,000), {@code benchmark.batchSize} (records per transaction; default the worker's default),
 * {@code benchmark.sandboxJar} and {@code benchmark.sandboxOptions} (the sandbox's JVM options; default
 * {@code -Xmx6g}). With {@code benchmark.loginUrl} and {@code benchmark.changesUrl} it uses a sandbox that is
 * already running, started with SANDBOX_USERNAME=bench, SANDBOX_PASSWORD=bench-secret, SANDBOX_MAX_ROWS=2500 and
 * SANDBOX_ADMIN_PORT.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(classes = { WorkerTestApplication.class, SyncBenchmark.StepsStartConfiguration.class },
		properties = { "porchlight.sync.enabled=false", "porchlight.sync.page-size=2500",
				"porchlight.sync.overlap=0s", "logging.level.org.porchlight=WARN" })
@DirtiesContext
class SyncBenchmark {

	private static final int LISTINGS = Integer.getInteger("benchmark.listings", 166_700);

	private static final int PHOTO_LISTINGS = Integer.getInteger("benchmark.photoListings", 10_000);

	private static final int PHOTOS_PER_LISTING = 5;

	private static final String CHANGED_PERCENT = "1";

	private static final String USERNAME = "bench";

	private static final String PASSWORD = "bench-secret";

	@TempDir
	static Path photoDirectory;

	@TempDir
	static Path sandboxLogDirectory;

	private static SandboxProcess sandbox;

	private static URI loginUrl;

	private static URI changesUrl;

	@Autowired
	private SyncEngine engine;

	@Autowired
	private DataSource dataSource;

	@Autowired
	private StepsStart stepsStart;

	@BeforeAll
	static void startSandbox() throws IOException {
		String external = System.getProperty("benchmark.loginUrl");
		if (external != null) {
			loginUrl = URI.create(external);
			changesUrl = URI.create(System.getProperty("benchmark.changesUrl"));
			return;
		}
		Path jar = Path.of(System.getProperty("benchmark.sandboxJar",
				"../rets-sandbox/target/rets-sandbox-0.1.0-SNAPSHOT-exec.jar"));
		List<String> options = List.of(System.getProperty("benchmark.sandboxOptions", "-Xmx6g").split("\\s+"));
		sandbox = SandboxProcess.start(jar, options,
				Map.of("SANDBOX_USERNAME", USERNAME, "SANDBOX_PASSWORD", PASSWORD, "SANDBOX_LISTINGS",
						Integer.toString(LISTINGS), "SANDBOX_SEED", "99", "SANDBOX_MAX_ROWS", "2500",
						"SANDBOX_PHOTO_LISTINGS", Integer.toString(PHOTO_LISTINGS), "SANDBOX_PHOTOS_PER_LISTING",
						Integer.toString(PHOTOS_PER_LISTING)),
				sandboxLogDirectory.resolve("sandbox.log"));
		loginUrl = sandbox.loginUrl();
		changesUrl = sandbox.changesUrl();
	}

	@AfterAll
	static void stopSandbox() throws InterruptedException {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
		registry.add("porchlight.rets.login-url", () -> loginUrl.toString());
		registry.add("porchlight.rets.username", () -> USERNAME);
		registry.add("porchlight.rets.password", () -> PASSWORD);
		registry.add("porchlight.sync.photo-directory", () -> photoDirectory.toString());
		String batchSize = System.getProperty("benchmark.batchSize");
		if (batchSize != null) {
			registry.add("porchlight.sync.batch-size", () -> batchSize);
		}
	}

	@Test
	void initialAndIncrementalSync() {
		searchOnly();
		System.gc();
		long searchStart = System.nanoTime();
		long searched = searchOnly();
		Duration searchTime = Duration.ofNanos(System.nanoTime() - searchStart);

		System.gc();
		RunPhases phases = RunPhases.attach();
		HeapWatch heap = new HeapWatch();
		long syncStart = System.nanoTime();
		SyncRun full = this.engine.runNow(SyncRunMode.FULL, "benchmark");
		long syncEnd = System.nanoTime();
		heap.close();
		phases.detach();
		long stepsStart = this.stepsStart.startedAndReset().orElse(syncEnd);
		long recordsEnd = phases.recordsStored().orElse(phases.photosStarted().orElse(stepsStart));
		Duration syncTime = Duration.ofNanos(syncEnd - syncStart);
		Duration recordTime = Duration.ofNanos(recordsEnd - syncStart);
		Duration photoTime = Duration.ofNanos(stepsStart - phases.photosStarted().orElse(stepsStart));
		Duration stepsTime = Duration.ofNanos(syncEnd - stepsStart);

		long searchAfterStart = System.nanoTime();
		searchOnly();
		Duration searchAfterTime = Duration.ofNanos(System.nanoTime() - searchAfterStart);

		String changed = SandboxProcess.changeListings(changesUrl, CHANGED_PERCENT);
		long incrementalStart = System.nanoTime();
		SyncRun incremental = this.engine.runNow(SyncRunMode.INCREMENTAL, "benchmark");
		Duration incrementalTime = Duration.ofNanos(System.nanoTime() - incrementalStart);

		System.out.printf("%nSync benchmark: %d generated listings, %d Active, %d of them with %d photos each%n",
				LISTINGS, searched, PHOTO_LISTINGS, PHOTOS_PER_LISTING);
		System.out.printf("worker JVM:       max heap %d MB, %s%n", Runtime.getRuntime().maxMemory() / (1024 * 1024),
				System.getProperty("java.vm.version"));
		System.out.printf("database:         %s, driver properties %s%n", databaseUrl(), driverProperties());
		System.out.printf("search only:      %d rows in %.1f s (%.0f rows/s); again after the sync %.1f s%n", searched,
				seconds(searchTime), searched / seconds(searchTime), seconds(searchAfterTime));
		System.out.printf("initial sync:     %s in %.1f s: %d listings stored in %.1f s (%.0f listings/s), %d photos"
				+ " in %.1f s (%.1f photos/s)%n", full.getStatus(), seconds(syncTime), full.getListingsSeen(),
				seconds(recordTime), full.getListingsSeen() / seconds(recordTime), full.getPhotosFetched(),
				seconds(photoTime), (photoTime.isZero() ? 0 : full.getPhotosFetched() / seconds(photoTime)));
		System.out.printf("feed steps:       open houses and field catalog in %.1f s%n", seconds(stepsTime));
		System.out.printf("storing/search:   %.2f against the search before the sync, %.2f against the one after%n",
				seconds(recordTime) / seconds(searchTime), seconds(recordTime) / seconds(searchAfterTime));
		System.out.printf("worker heap:      summed pool peaks %.0f MB, max after GC %.0f MB, %d collections in"
				+ " %.1f s%n", heap.peakPoolSumMegabytes(), heap.maxAfterGcMegabytes(), heap.gcCount(),
				heap.gcMillis() / 1000.0);
		System.out.printf("incremental sync: %s, %s, %d seen in %.1f s (%.1f%% of the initial sync, %.1f%% of its"
				+ " record phase)%n", incremental.getStatus(), changed, incremental.getListingsSeen(),
				seconds(incrementalTime), 100 * seconds(incrementalTime) / seconds(syncTime),
				100 * seconds(incrementalTime) / seconds(recordTime));
		System.out.printf("counts:           initial %s; incremental %s%n", counts(full), counts(incremental));
	}

	private long searchOnly() {
		try (RetsClient client = RetsClient.create(RetsClientConfig.builder()
			.loginUrl(loginUrl)
			.username(USERNAME)
			.password(PASSWORD)
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

	private static String counts(SyncRun run) {
		return run.getListingsInserted() + " inserted, " + run.getListingsUpdated() + " updated, "
				+ run.getListingsUnchanged() + " unchanged, " + run.getErrorCount() + " errors";
	}

	private String databaseUrl() {
		try (Connection connection = this.dataSource.getConnection()) {
			return connection.getMetaData().getURL();
		}
		catch (SQLException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private Object driverProperties() {
		try {
			return this.dataSource.unwrap(HikariDataSource.class).getDataSourceProperties();
		}
		catch (SQLException ex) {
			return "unknown (" + ex.getMessage() + ")";
		}
	}

	private static double seconds(Duration duration) {
		return duration.toNanos() / 1e9;
	}

	/**
	 * Notes when a run has stored all its listing records and when its photo fetches start, from the engine's log
	 * lines, so that the phases of a run can be timed apart.
	 */
	private static final class RunPhases extends AppenderBase<ILoggingEvent> {

		private static final String RECORDS_STORED = "checkpoint moved to";

		private static final String PHOTOS_STARTED = "fetching the photos of";

		private final Logger logger = (Logger) LoggerFactory.getLogger(SyncEngine.class);

		private final AtomicLong recordsStored = new AtomicLong();

		private final AtomicLong photosStarted = new AtomicLong();

		private Level previousLevel;

		static RunPhases attach() {
			RunPhases appender = new RunPhases();
			appender.start();
			appender.previousLevel = appender.logger.getLevel();
			appender.logger.setLevel(Level.INFO);
			appender.logger.setAdditive(false);
			appender.logger.addAppender(appender);
			return appender;
		}

		void detach() {
			this.logger.detachAppender(this);
			this.logger.setAdditive(true);
			this.logger.setLevel(this.previousLevel);
			stop();
		}

		@Override
		protected void append(ILoggingEvent event) {
			long now = System.nanoTime();
			String message = event.getFormattedMessage();
			if (message.contains(RECORDS_STORED)) {
				this.recordsStored.compareAndSet(0, now);
			}
			else if (message.contains(PHOTOS_STARTED)) {
				this.photosStarted.compareAndSet(0, now);
			}
		}

		OptionalLong recordsStored() {
			return optional(this.recordsStored.get());
		}

		OptionalLong photosStarted() {
			return optional(this.photosStarted.get());
		}

		private static OptionalLong optional(long value) {
			return (value == 0) ? OptionalLong.empty() : OptionalLong.of(value);
		}

	}

	/** Notes when a run reaches its feed steps, which come after its listings and photos. */
	static final class StepsStart implements FeedRunStep {

		private final AtomicLong started = new AtomicLong();

		@Override
		public String run(RetsClient client, RetsMetadata metadata, FeedsProperties.Feed feed, long runId,
				SyncRunMode mode) {
			this.started.compareAndSet(0, System.nanoTime());
			return null;
		}

		OptionalLong startedAndReset() {
			long value = this.started.getAndSet(0);
			return (value == 0) ? OptionalLong.empty() : OptionalLong.of(value);
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class StepsStartConfiguration {

		@Bean
		@Order(Ordered.HIGHEST_PRECEDENCE)
		StepsStart stepsStart() {
			return new StepsStart();
		}

	}

}
