package org.porchlight.sync.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxFilter;
import org.porchlight.sandbox.faults.SwitchableFilter;
import org.porchlight.sync.store.PhotoSize;
import org.porchlight.sync.testsupport.PostgresDatabase;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Kills the stand-alone worker, a child JVM, with {@code kill -9} while it stores listings and again while it
 * fetches photos, restarts it, and compares the store it ends with against a run that nothing interrupted: the same
 * listings, record hashes and photo sets, and no photo file without a row. While the worker runs, this process
 * cannot take the sync lock.
 */
@ExtendWith(PostgresDatabase.class)
class CrashRecoveryTests {

	private static final Duration DEADLINE = Duration.ofSeconds(90);

	private static final SwitchableFilter slowness = new SwitchableFilter();

	private static RetsSandbox sandbox;

	@TempDir
	static Path workDirectory;

	@BeforeAll
	static void startSandbox() {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("sync")
			.password("sync-secret")
			.listingCount(40)
			.seed(5L)
			.maxRows(20)
			.filter(slowness)
			.build());
	}

	@AfterAll
	static void stopSandbox() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@Test
	void killedWorkerEndsWithUninterruptedStore() throws Exception {
		String crashUrl = PostgresDatabase.jdbcUrl();
		String referenceUrl = createDatabase(crashUrl);
		try {
			Path referencePhotos = workDirectory.resolve("reference-photos");
			Process reference = startWorker(referenceUrl, referencePhotos, "reference");
			awaitQuery(referenceUrl, "select count(*) from sync_run where status = 'SUCCEEDED'", 1);
			stop(reference);

			slowness.set(slowSearchesAndPhotos());
			Path photos = workDirectory.resolve("photos");
			Process first = startWorker(crashUrl, photos, "first");
			awaitQuery(crashUrl, "select coalesce(max(listings_inserted), 0) from sync_run where status = 'RUNNING'", 8);
			SyncLock thisProcess = new SyncLock(new JdbcTemplate(new DriverManagerDataSource(crashUrl, "postgres", "")),
					Duration.ofSeconds(2));
			assertThat(thisProcess.tryAcquire(SyncEngine.lockName("default"))).as("lock held by the running worker").isFalse();
			first.destroyForcibly().waitFor();

			Process second = startWorker(crashUrl, photos, "second");
			int photosAtRestart = count(crashUrl, "select count(*) from listing_photo");
			awaitQuery(crashUrl, "select count(*) from listing_photo", photosAtRestart + 10);
			second.destroyForcibly().waitFor();
			slowness.clear();

			Process third = startWorker(crashUrl, photos, "third");
			awaitQuery(crashUrl, "select count(*) from sync_run where status = 'SUCCEEDED'", 1);
			stop(third);

			assertThat(count(crashUrl, "select count(*) from sync_run where status = 'FAILED'")).isEqualTo(2);
			assertThat(store(crashUrl)).isEqualTo(store(referenceUrl));
			assertThat(photoFiles(photos)).hasSize(count(crashUrl, "select count(*) from listing_photo")
					* PhotoSize.values().length);
		}
		finally {
			dropDatabase(crashUrl, referenceUrl);
		}
	}

	private static SandboxFilter slowSearchesAndPhotos() {
		return (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH || request.transaction() == RetsTransaction.GET_OBJECT) {
				pause(request.transaction() == RetsTransaction.SEARCH ? 300 : 120);
			}
			chain.proceed(request, response);
		};
	}

	private static void pause(long millis) throws IOException {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IOException("Interrupted", ex);
		}
	}

	private static Process startWorker(String jdbcUrl, Path photos, String name) throws IOException {
		String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
		List<String> command = new ArrayList<>(List.of(java, "-Xmx256m", "-XX:TieredStopAtLevel=1", "-cp",
				System.getProperty("java.class.path"), "org.porchlight.worker.SyncWorkerApplication",
				"--spring.datasource.url=" + jdbcUrl, "--spring.datasource.username=postgres",
				"--spring.datasource.password=", "--server.port=0",
				"--porchlight.rets.login-url=" + sandbox.loginUrl(), "--porchlight.rets.username=sync",
				"--porchlight.rets.password=sync-secret", "--porchlight.sync.enabled=true",
				"--porchlight.sync.run-on-startup=true", "--porchlight.sync.interval=2s",
				"--porchlight.sync.page-size=5", "--porchlight.sync.batch-size=4",
				"--porchlight.sync.lock-lease=2s", "--porchlight.sync.photo-directory=" + photos));
		Path log = workDirectory.resolve(name + ".log");
		return new ProcessBuilder(command).redirectErrorStream(true).redirectOutput(log.toFile()).start();
	}

	private static void stop(Process process) throws InterruptedException {
		process.destroy();
		if (!process.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
			process.destroyForcibly().waitFor();
		}
	}

	private static void awaitQuery(String url, String sql, int atLeast) {
		Callable<Boolean> reached = () -> count(url, sql) >= atLeast;
		await().atMost(DEADLINE).pollInterval(Duration.ofMillis(50)).ignoreExceptions().until(reached);
	}

	private static int count(String url, String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement();
				ResultSet result = statement.executeQuery(sql)) {
			result.next();
			return result.getInt(1);
		}
	}

	/** Returns each listing's key with its record hash, visibility and the SHA-256 of each photo in order. */
	private static Map<String, String> store(String url) throws SQLException {
		Map<String, String> store = new TreeMap<>();
		try (Connection connection = DriverManager.getConnection(url, "postgres", "");
				Statement statement = connection.createStatement()) {
			try (ResultSet rows = statement.executeQuery("select listing_key, record_hash, visible from listing")) {
				while (rows.next()) {
					store.put(rows.getString(1), rows.getString(2) + " visible=" + rows.getBoolean(3));
				}
			}
			try (ResultSet rows = statement.executeQuery("select l.listing_key, p.sha256 from listing_photo p"
					+ " join listing l on l.id = p.listing_id order by l.listing_key, p.sequence_number")) {
				while (rows.next()) {
					store.merge(rows.getString(1), " " + rows.getString(2), String::concat);
				}
			}
		}
		return store;
	}

	private static List<Path> photoFiles(Path directory) throws IOException {
		try (Stream<Path> files = Files.walk(directory)) {
			return files.filter(Files::isRegularFile).toList();
		}
	}

	private static String createDatabase(String siblingUrl) throws SQLException {
		String name = "porchlight_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = DriverManager.getConnection(siblingUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("create database " + name);
		}
		return siblingUrl.substring(0, siblingUrl.lastIndexOf('/') + 1) + name;
	}

	private static void dropDatabase(String siblingUrl, String url) throws SQLException {
		String name = url.substring(url.lastIndexOf('/') + 1);
		try (Connection connection = DriverManager.getConnection(siblingUrl, "postgres", "");
				Statement statement = connection.createStatement()) {
			statement.execute("drop database if exists " + name + " with (force)");
		}
	}

}
