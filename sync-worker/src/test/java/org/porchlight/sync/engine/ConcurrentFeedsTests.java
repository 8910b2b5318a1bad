package org.porchlight.sync.engine;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.stream.Stream;

import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Metrics;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.faults.Faults;
import org.porchlight.sandbox.faults.SwitchableFilter;
import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.store.PhotoSize;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.sync.testsupport.PostgresDatabase;
import org.porchlight.testapp.WorkerTestApplication;

import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.awaitility.Awaitility.await;

/**
 * Two sync processes, each an application context of its own, over one PostgreSQL database and two feeds. The feed
 * "east" is served by a sandbox that can be slowed down, so that a run of it is still going while the other process
 * acts: it may sync "west" at the same time, never "east", and it can cancel the run of "east" through the database.
 */
@ExtendWith(PostgresDatabase.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ConcurrentFeedsTests {

	private static final Duration DEADLINE = Duration.ofSeconds(60);

	private static final SwitchableFilter eastSlowness = new SwitchableFilter();

	@TempDir
	static Path photoDirectory;

	private static RetsSandbox east;

	private static RetsSandbox west;

	private static ConfigurableApplicationContext first;

	private static ConfigurableApplicationContext second;

	private final ExecutorService background = Executors.newSingleThreadExecutor();

	@BeforeAll
	static void start() {
		east = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("east")
			.password("east-secret")
			.listingCount(60)
			.seed(11L)
			.filter(eastSlowness)
			.build());
		west = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("west")
			.password("west-secret")
			.listingCount(12)
			.seed(12L)
			.build());
		first = startProcess();
		second = startProcess();
	}

	/** Starts a worker context. Its settings are arguments, which take precedence over application.properties. */
	private static ConfigurableApplicationContext startProcess() {
		return new SpringApplicationBuilder(WorkerTestApplication.class).web(WebApplicationType.NONE)
			.run("--spring.datasource.url=" + PostgresDatabase.jdbcUrl(), "--spring.datasource.username=postgres",
					"--spring.datasource.password=", "--porchlight.sync.enabled=false",
					"--porchlight.sync.page-size=4", "--porchlight.sync.batch-size=4",
					"--porchlight.sync.lock-lease=2s", "--porchlight.sync.photo-directory=" + photoDirectory,
					"--porchlight.feeds[0].id=east", "--porchlight.feeds[0].rets.login-url=" + east.loginUrl(),
					"--porchlight.feeds[0].rets.username=east", "--porchlight.feeds[0].rets.password=east-secret",
					"--porchlight.feeds[1].id=west", "--porchlight.feeds[1].rets.login-url=" + west.loginUrl(),
					"--porchlight.feeds[1].rets.username=west", "--porchlight.feeds[1].rets.password=west-secret");
	}

	@AfterAll
	static void stop() {
		for (ConfigurableApplicationContext context : new ConfigurableApplicationContext[] { first, second }) {
			if (context != null) {
				context.close();
			}
		}
		for (RetsSandbox sandbox : new RetsSandbox[] { east, west }) {
			if (sandbox != null) {
				sandbox.close();
			}
		}
	}

	@AfterEach
	void stopBackground() {
		eastSlowness.clear();
		this.background.shutdownNow();
	}

	@Test
	@Order(1)
	void otherProcessSyncsOtherFeedOnly() throws Exception {
		eastSlowness.set(Faults.slowReplies(RetsTransaction.SEARCH, Duration.ofMillis(400)));
		Future<List<SyncRun>> eastRun = this.background
			.submit(() -> engine(first).runFeeds((feed) -> feed.id().equals("east") ? SyncRunMode.FULL : null, "first"));
		long eastRunId = awaitRunning("east");

		List<SyncRun> secondRuns = engine(second).runFeeds((feed) -> SyncRunMode.FULL, "second");

		assertThat(secondRuns).extracting(SyncRun::getFeedId).containsExactly("west");
		assertThat(secondRuns.get(0).getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(status(eastRunId)).as("the first process's run, untouched by the second").isEqualTo("RUNNING");
		assertThat(jdbc().queryForObject("select count(*) from sync_run where feed_id = 'east'", Integer.class))
			.isEqualTo(1);

		eastSlowness.clear();
		assertThat(eastRun.get().get(0).getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(keys("east")).isEqualTo(Set.copyOf(east.listings().activeKeys()));
		assertThat(keys("west")).isEqualTo(Set.copyOf(west.listings().activeKeys()));
	}

	@Test
	@Order(2)
	void metersMoveWhileRunRuns() throws Exception {
		MeterRegistry registry = first.getBeanProvider(MeterRegistry.class).getIfAvailable(() -> Metrics.globalRegistry);
		double seenBefore = registry.counter("porchlight.sync.listings", "result", "seen").count();
		eastSlowness.set(Faults.slowReplies(RetsTransaction.SEARCH, Duration.ofMillis(400)));
		Future<SyncRun> run = this.background
			.submit(() -> engine(first).runFeeds((feed) -> feed.id().equals("east") ? SyncRunMode.FULL : null, "first")
				.get(0));
		long runId = awaitRunning("east");

		await("seen listings counted during the run").atMost(DEADLINE)
			.until(() -> registry.counter("porchlight.sync.listings", "result", "seen").count() > seenBefore);
		double progress = registry.get("porchlight.sync.run.progress").tag("feed", "east").gauge().value();
		assertThat(status(runId)).as("the run, still going when the meters moved").isEqualTo("RUNNING");
		assertThat(progress).isPositive();

		eastSlowness.clear();
		SyncRun finished = run.get();
		assertThat(finished.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(registry.counter("porchlight.sync.listings", "result", "seen").count() - seenBefore)
			.isEqualTo(finished.getListingsSeen());
		assertThat(registry.get("porchlight.sync.run.progress").tag("feed", "east").gauge().value()).isZero();
	}

	@Test
	@Order(3)
	void cancelFromOtherProcessStopsRunAndKeepsStoreConsistent() throws Exception {
		Optional<Instant> checkpointBefore = state(first).checkpoint("east");
		// A newer record, so that a full run that completed would move the checkpoint.
		east.listings().addListing();
		eastSlowness.set(Faults.slowReplies(RetsTransaction.SEARCH, Duration.ofMillis(500)));
		Future<SyncRun> run = this.background
			.submit(() -> engine(first).runFeeds((feed) -> feed.id().equals("east") ? SyncRunMode.FULL : null, "first")
				.get(0));
		long runId = awaitRunning("east");
		await("a first batch").atMost(DEADLINE)
			.until(() -> jdbc().queryForObject("select listings_seen from sync_run where id = ?", Integer.class,
					runId) >= 4);

		assertThat(launcher(second).cancel(runId, "alice")).isEqualTo(SyncLauncher.CancelOutcome.CANCELLING);

		SyncRun cancelled = run.get();
		assertThat(cancelled.getStatus()).isEqualTo(SyncRunStatus.CANCELLED);
		assertThat(cancelled.getErrorSummary()).contains("Cancelled by alice");
		assertThat(cancelled.getListingsSeen()).isLessThan(east.listings().activeKeys().size());
		assertThat(state(first).checkpoint("east")).as("checkpoint of a cancelled full run").isEqualTo(checkpointBefore);
		assertThat(launcher(second).cancel(runId, "alice")).isEqualTo(SyncLauncher.CancelOutcome.NOT_RUNNING);
		assertPhotoSetsComplete();

		eastSlowness.clear();
		SyncRun next = engine(second).runFeeds((feed) -> feed.id().equals("east") ? SyncRunMode.FULL : null, "second")
			.get(0);
		assertThat(next.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(keys("east")).isEqualTo(Set.copyOf(east.listings().activeKeys()));
		assertPhotoSetsComplete();
	}

	@Test
	@Order(4)
	void runOfDeadProcessIsClosedOnCancel() {
		jdbc().update("insert into sync_run (feed_id, mode, status, requested_by, started_at) values"
				+ " ('west', 'FULL', 'RUNNING', 'gone', current_timestamp)");
		long runId = jdbc().queryForObject("select max(id) from sync_run", Long.class);

		assertThat(launcher(second).cancel(runId, "alice")).isEqualTo(SyncLauncher.CancelOutcome.CLOSED);

		assertThat(status(runId)).isEqualTo("FAILED");
		assertThat(jdbc().queryForObject("select error_summary from sync_run where id = ?", String.class, runId))
			.isEqualTo("Closed by alice: the process that ran it had stopped.");
	}

	@Test
	@Order(5)
	void requestNamesFeedAndMode() {
		int eastRuns = runCount("east");

		assertThat(launcher(second).requestRun("west", SyncRunMode.RECONCILE, "bob")).isTrue();
		await("the requested run").atMost(DEADLINE).until(() -> !launcher(second).isRunning());

		long lastId = jdbc().queryForObject("select max(id) from sync_run", Long.class);
		SyncRun last = first.getBean(SyncRunRepository.class).findById(lastId).orElseThrow();
		assertThat(last.getFeedId()).isEqualTo("west");
		assertThat(last.getMode()).isEqualTo(SyncRunMode.RECONCILE);
		assertThat(last.getRequestedBy()).isEqualTo("bob");
		assertThat(runCount("east")).isEqualTo(eastRuns);
		assertThatIllegalArgumentException().isThrownBy(() -> launcher(second).requestRun("north", SyncRunMode.FULL, "bob"))
			.withMessageContaining("'north'");

		state(first).addRequest("west", SyncRunMode.FULL, "carol");
		state(first).addRequest(null, SyncRunMode.INCREMENTAL, "dave");
		assertThat(state(second).claimRequest("second")).get()
			.extracting(ReplicationState.RunRequest::feedId, ReplicationState.RunRequest::mode)
			.containsExactly("west", SyncRunMode.FULL);
		assertThat(state(second).claimRequest("second")).get()
			.extracting(ReplicationState.RunRequest::feedId, ReplicationState.RunRequest::mode)
			.containsExactly(null, SyncRunMode.INCREMENTAL);
	}

	@Test
	@Order(6)
	void scheduledRunWaitsForLockOfStoppedProcess() {
		holdLockAsStoppedProcess("west", Duration.ofSeconds(2));
		int westRuns = runCount("west");

		engine(second).runScheduled();

		assertThat(runCount("west")).as("runs of the locked feed").isEqualTo(westRuns);
		assertThat(engine(second).hasScheduledRunsWaiting()).isTrue();
		engine(second).runWaitingScheduled();
		assertThat(runCount("west")).as("runs while the lease lasts").isEqualTo(westRuns);

		await("the retried run after the lease ran out").atMost(DEADLINE).until(() -> {
			engine(second).runWaitingScheduled();
			return runCount("west") > westRuns;
		});
		assertThat(engine(second).hasScheduledRunsWaiting()).isFalse();
		assertThat(jdbc().queryForObject("select status from sync_run where id = (select max(id) from sync_run"
				+ " where feed_id = 'west')", String.class)).isEqualTo("SUCCEEDED");
	}

	@Test
	@Order(7)
	void waitingRunSkipsFeedThatOtherProcessSynced() {
		holdLockAsStoppedProcess("west", Duration.ofMinutes(5));
		engine(second).runScheduled();
		assertThat(engine(second).hasScheduledRunsWaiting()).isTrue();
		jdbc().update("update sync_lock set owner = null where name = 'sync:west'");
		jdbc().update("insert into sync_run (feed_id, mode, status, requested_by, started_at, finished_at) values"
				+ " ('west', 'INCREMENTAL', 'SUCCEEDED', 'other', current_timestamp, current_timestamp)");
		int westRuns = runCount("west");

		engine(second).runWaitingScheduled();

		assertThat(runCount("west")).isEqualTo(westRuns);
		assertThat(engine(second).hasScheduledRunsWaiting()).isFalse();
	}

	/** Gives a feed's lock to an owner that no longer runs, as a killed process leaves it, until its lease ends. */
	private void holdLockAsStoppedProcess(String feedId, Duration lease) {
		jdbc().update("update sync_lock set owner = 'stopped-process', lease_until = ?, heartbeat_at = ?"
				+ " where name = ?", Instant.now().plus(lease).atOffset(ZoneOffset.UTC),
				Instant.now().atOffset(ZoneOffset.UTC), "sync:" + feedId);
	}

	/** Checks that every photo file has a row, and that each listing's photos come from one fetch. */
	private void assertPhotoSetsComplete() throws IOException {
		int rows = jdbc().queryForObject("select count(*) from listing_photo", Integer.class);
		try (Stream<Path> files = Files.walk(photoDirectory)) {
			assertThat(files.filter(Files::isRegularFile).count()).isEqualTo((long) rows * PhotoSize.values().length);
		}
		// A storage key is <feed>/<fetch>-<sequence>, so the part before the last '-' names the fetch.
		Map<Long, Set<String>> fetches = new HashMap<>();
		jdbc().query("select listing_id, storage_key from listing_photo", (row) -> {
			String key = row.getString(2);
			fetches.computeIfAbsent(row.getLong(1), (id) -> new HashSet<>()).add(key.substring(0, key.lastIndexOf('-')));
		});
		assertThat(fetches.values()).as("fetches per listing's photo set").allSatisfy((set) -> assertThat(set).hasSize(1));
		Integer gaps = jdbc().queryForObject("select count(*) from (select listing_id from listing_photo"
				+ " group by listing_id having max(sequence_number) - min(sequence_number) + 1 <> count(*)) gaps",
				Integer.class);
		assertThat(gaps).as("listings with a gap in their photo sequence").isZero();
	}

	private long awaitRunning(String feedId) {
		return await("a RUNNING run of " + feedId).atMost(DEADLINE)
			.pollInterval(Duration.ofMillis(50))
			.until(() -> jdbc().queryForList("select id from sync_run where feed_id = ? and status = 'RUNNING'",
					Long.class, feedId), (ids) -> !ids.isEmpty())
			.get(0);
	}

	private String status(long runId) {
		return jdbc().queryForObject("select status from sync_run where id = ?", String.class, runId);
	}

	private int runCount(String feedId) {
		return jdbc().queryForObject("select count(*) from sync_run where feed_id = ?", Integer.class, feedId);
	}

	private Set<String> keys(String feedId) {
		return Set.copyOf(
				jdbc().queryForList("select listing_key from listing where feed_id = ?", String.class, feedId));
	}

	private static SyncEngine engine(ConfigurableApplicationContext context) {
		return context.getBean(SyncEngine.class);
	}

	private static SyncLauncher launcher(ConfigurableApplicationContext context) {
		return context.getBean(SyncLauncher.class);
	}

	private static ReplicationState state(ConfigurableApplicationContext context) {
		return context.getBean(ReplicationState.class);
	}

	private static JdbcTemplate jdbc() {
		return first.getBean(JdbcTemplate.class);
	}

}
