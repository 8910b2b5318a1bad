package org.porchlight.sync.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Named;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxFilter;
import org.porchlight.sandbox.faults.Faults;
import org.porchlight.sandbox.faults.SwitchableFilter;
import org.porchlight.sync.store.PhotoSize;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.sync.testsupport.PostgresDatabase;
import org.porchlight.testapp.WorkerTestApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Full runs through each fault that real RETS servers show, each into an empty store. Each store must equal the one
 * that a run without faults leaves: the same listings, record hashes and visibility, the same photo sets, and one
 * file per photo and size.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(classes = WorkerTestApplication.class,
		properties = { "porchlight.sync.enabled=false", "porchlight.sync.page-size=10",
				"porchlight.sync.batch-size=7", "porchlight.rets.response-timeout=5s" })
@DirtiesContext
class FaultToleranceTests {

	private static final SwitchableFilter fault = new SwitchableFilter();

	@TempDir
	static Path photoDirectory;

	private static RetsSandbox sandbox;

	private static Map<String, String> faultFreeStore;

	@Autowired
	private SyncEngine engine;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void startSandbox() {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("sync")
			.password("sync-secret")
			.listingCount(30)
			.seed(11L)
			.maxRows(12)
			.filter(fault)
			.build());
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

	static Stream<Arguments> faults() {
		return Stream.of(
				fault("dropped Search connection", Faults.dropConnectionEvery(RetsTransaction.SEARCH, 3)),
				fault("dropped GetObject connection", Faults.dropConnectionEvery(RetsTransaction.GET_OBJECT, 4)),
				fault("HTTP 503 on Search", Faults.serverErrorEvery(RetsTransaction.SEARCH, 2, 503)),
				fault("HTTP 500 on GetObject", Faults.serverErrorEvery(RetsTransaction.GET_OBJECT, 3, 500)),
				fault("slow Search replies", Faults.slowReplies(RetsTransaction.SEARCH, Duration.ofMillis(150))),
				fault("truncated Search body", Faults.truncateBodyEvery(RetsTransaction.SEARCH, 3, 300)),
				fault("truncated GetObject body", Faults.truncateBodyEvery(RetsTransaction.GET_OBJECT, 4, 2000)),
				fault("rows capped at 4", Faults.capRows(4)),
				fault("session expiring every 5 requests", Faults.expireSessionEvery(5)),
				fault("Offset ignored", Faults.ignoreOffset()));
	}

	private static Arguments fault(String name, SandboxFilter filter) {
		return Arguments.of(Named.of(name, filter));
	}

	@BeforeEach
	void recordFaultFreeStore() throws IOException {
		if (faultFreeStore == null) {
			emptyStore();
			fault.clear();
			SyncRun run = this.engine.runNow(SyncRunMode.FULL, "test");
			assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
			faultFreeStore = store();
			assertThat(faultFreeStore).hasSizeGreaterThan(10);
		}
		emptyStore();
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("faults")
	void syncThroughFaultMatchesFaultFreeSync(SandboxFilter filter) throws IOException {
		fault.set(filter);
		SyncRun run;
		try {
			run = this.engine.runNow(SyncRunMode.FULL, "test");
		}
		finally {
			fault.clear();
		}

		assertThat(run.getStatus()).as(run.getErrorSummary()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(store()).isEqualTo(faultFreeStore);
		assertThat(photoFiles()).hasSize(photoRows() * PhotoSize.values().length);
	}

	/** Returns each listing's key with its record hash, visibility and the SHA-256 of each photo in order. */
	private Map<String, String> store() {
		Map<String, String> store = new TreeMap<>();
		this.jdbc.query("select listing_key, record_hash, visible from listing", (row) -> {
			store.put(row.getString(1), row.getString(2) + " visible=" + row.getBoolean(3));
		});
		this.jdbc.query("select l.listing_key, p.sha256 from listing_photo p join listing l on l.id = p.listing_id"
				+ " order by l.listing_key, p.sequence_number", (row) -> {
					store.merge(row.getString(1), " " + row.getString(2), String::concat);
				});
		return store;
	}

	private int photoRows() {
		Integer rows = this.jdbc.queryForObject("select count(*) from listing_photo", Integer.class);
		return (rows != null) ? rows : 0;
	}

	private static List<Path> photoFiles() throws IOException {
		try (Stream<Path> files = Files.walk(photoDirectory)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private void emptyStore() throws IOException {
		this.jdbc.update("delete from listing_photo");
		this.jdbc.update("delete from listing");
		this.jdbc.update("delete from sync_feed_state");
		try (Stream<Path> paths = Files.walk(photoDirectory)) {
			for (Path path : paths.sorted(Comparator.reverseOrder()).toList()) {
				if (!path.equals(photoDirectory)) {
					Files.delete(path);
				}
			}
		}
	}

}
