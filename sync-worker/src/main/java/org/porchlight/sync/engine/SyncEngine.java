package org.porchlight.sync.engine;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Function;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.RetsReplyException;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.search.CountMode;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;
import org.porchlight.sync.FeedRunStep;
import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.mapping.InvalidRecordException;
import org.porchlight.sync.mapping.ListingMapper;
import org.porchlight.sync.mapping.MappedListing;
import org.porchlight.sync.photo.FileSystemPhotoStore;
import org.porchlight.sync.photo.ListingPhotos;
import org.porchlight.sync.photo.PhotoRefresh;
import org.porchlight.sync.photo.PhotoTask;
import org.porchlight.sync.store.PhotoStore;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.beans.factory.DisposableBean;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Runs a sync of each configured feed. A run takes the feed's database lock, so that one process at a time syncs a
 * feed while other processes may sync other feeds, logs in and reads the metadata. A full run searches every Active listing, stores the records in batches and takes
 * listings that the search no longer returned out of public view. An incremental run searches the records modified
 * since the feed's checkpoint, less the overlap window. A reconcile run does an incremental pass, then compares the
 * server's full list of Active keys with the store. Every run then fetches the photo sets still pending. The
 * checkpoint moves only after a complete search whose records are all committed, so a run that dies anywhere is
 * repeated from the old checkpoint. A run polls
 * for a cancel request between batches, about every second while it reads records, and between photo sets, and
 * stops there as CANCELLED. Every log line of a run carries its id, in the message and as the MDC key
 * {@code runId}.
 */
@Component
class SyncEngine implements SyncRunner, DisposableBean {

	private static final Logger logger = LoggerFactory.getLogger(SyncEngine.class);

	/** Prefix of the name of the {@code sync_lock} row that a run of a feed takes, followed by the feed's id. */
	static final String LOCK_PREFIX = "sync:";

	/** Time between two checks for a cancel request while a run reads records. */
	private static final Duration CANCEL_POLL_INTERVAL = Duration.ofSeconds(1);

	/**
	 * Minimum time between two writes of a run's progress to the database, or a third of the lock's lease if that is
	 * shorter. Each write also renews the lease and checks for a cancel request. A first sync can store many batches
	 * per second.
	 */
	private static final Duration PROGRESS_INTERVAL = Duration.ofSeconds(1);

	private static final DateTimeFormatter DMQL_DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	/** Photo sets between two progress updates of a run. */
	private static final int PHOTO_PROGRESS_INTERVAL = 10;

	/** Fetches of one photo set within a run before it is left for the next run. */
	private static final int PHOTO_ATTEMPTS = 3;

	/** Pause before the second fetch of a failed photo set; it doubles before each further fetch. */
	private static final Duration PHOTO_RETRY_BACKOFF = Duration.ofMillis(200);

	/**
	 * Rows that the reader may hand to the mapping and writer threads before it waits for the oldest batch. It exceeds
	 * a page of 2,500 rows, so the server can prepare the next page while the writer catches up. The rows in flight
	 * stay in memory, an estimated 15 KB each for records of 300 fields, so about 45 MB.
	 */
	static final int ROWS_IN_FLIGHT = 3_000;

	/** Keys per search when a reconcile run fetches Active listings that the store lacks. */
	private static final int KEYS_PER_SEARCH = 100;

	private final SyncProperties properties;

	private final RetsClientFactory clients;

	private final SyncRunRecorder recorder;

	private final ListingBatchWriter writer;

	private final ListingPhotos photos;

	private final ReplicationState state;

	private final SyncLock lock;

	private final SyncMetrics metrics;

	private final PhotoStore photoStore;

	private final Feeds feeds;

	private final List<FeedRunStep> steps;

	private final Clock clock = Clock.systemUTC();

	/**
	 * Maps one batch while the writer stores the one before it and the run reads the next. The launcher starts one
	 * run at a time in a process, and a run waits for its last write before it ends, so one mapping thread and one
	 * writing thread serve every run of the process.
	 */
	private final ExecutorService batchMaps = daemonThread("sync-batch-mapper");

	/** Stores the mapped batches one after the other, in the order in which the run read them. */
	private final ExecutorService batchWrites = daemonThread("sync-batch-writer");

	/**
	 * The feeds whose scheduled run found the lock held by another process, with the time it did. A process that was
	 * killed holds its lock until the lease runs out, so a restarted worker retries instead of waiting an interval.
	 */
	private final Map<String, Instant> waitingForLock = new ConcurrentHashMap<>();

	SyncEngine(SyncProperties properties, RetsClientFactory clients, SyncRunRecorder recorder,
			ListingBatchWriter writer, ListingPhotos photos, ReplicationState state, SyncLock lock,
			SyncMetrics metrics, PhotoStore photoStore, Feeds feeds, ObjectProvider<FeedRunStep> steps) {
		this.properties = properties;
		this.clients = clients;
		this.recorder = recorder;
		this.writer = writer;
		this.photos = photos;
		this.state = state;
		this.lock = lock;
		this.metrics = metrics;
		this.photoStore = photoStore;
		this.feeds = feeds;
		this.steps = steps.orderedStream().toList();
	}

	private static ExecutorService daemonThread(String name) {
		return Executors.newSingleThreadExecutor((task) -> {
			Thread thread = new Thread(task, name);
			thread.setDaemon(true);
			return thread;
		});
	}

	@Override
	public void destroy() {
		this.batchMaps.shutdownNow();
		this.batchWrites.shutdownNow();
	}

	/** Returns the name of the {@code sync_lock} row of a feed. */
	static String lockName(String feedId) {
		return LOCK_PREFIX + feedId;
	}

	@Override
	public void run(String feedId, SyncRunMode mode, String requestedBy) {
		if (feedId == null) {
			runNow(mode, requestedBy);
			return;
		}
		if (this.feeds.ids().contains(feedId)) {
			runFeeds((feed) -> feed.id().equals(feedId) ? mode : null, requestedBy);
		}
		else {
			logger.warn("Sync run requested by {} not started: no feed has the id '{}'", requestedBy, feedId);
		}
	}

	@Override
	public void runScheduled() {
		runFeeds(this::scheduledMode, SyncScheduling.SCHEDULE);
	}

	@Override
	public boolean hasScheduledRunsWaiting() {
		return !this.waitingForLock.isEmpty();
	}

	/**
	 * Runs the scheduled runs that found their feed's lock held, once the lock is free. A feed that another process
	 * synced successfully in the meantime needs no run until its next scheduled one.
	 */
	@Override
	public void runWaitingScheduled() {
		runFeeds((feed) -> {
			Instant since = this.waitingForLock.get(feed.id());
			if (since == null) {
				return null;
			}
			SyncRunMode mode = scheduledMode(feed);
			if (mode == null || this.recorder.succeededSince(feed.id(), since)) {
				this.waitingForLock.remove(feed.id());
				return null;
			}
			return mode;
		}, SyncScheduling.SCHEDULE);
	}

	/** Returns the mode of a feed's scheduled run, or {@code null} when the feed is paused. */
	private SyncRunMode scheduledMode(FeedsProperties.Feed feed) {
		if (this.state.isPaused(feed.id())) {
			logger.info("Scheduled run of feed '{}' skipped: the feed is paused", feed.id());
			return null;
		}
		Optional<Instant> reconciled = this.state.lastReconciledAt(feed.id());
		boolean reconcileDue = reconciled.isEmpty()
				|| reconciled.get().plus(this.properties.reconcileInterval()).isBefore(this.clock.instant());
		return reconcileDue ? SyncRunMode.RECONCILE : SyncRunMode.INCREMENTAL;
	}

	/**
	 * Runs a sync of every feed, one after the other, and returns the record of the last one, or {@code null} when
	 * other processes hold the lock of every feed, so that no run started. An incremental or reconcile run of a feed
	 * without a checkpoint runs as a full run.
	 */
	SyncRun runNow(SyncRunMode requestedMode, String requestedBy) {
		List<SyncRun> runs = runFeeds((feed) -> requestedMode, requestedBy);
		return runs.isEmpty() ? null : runs.get(runs.size() - 1);
	}

	/**
	 * Runs a sync of every feed in the mode that {@code modes} returns for it, each under the feed's lock; a feed
	 * whose mode is {@code null}, or whose lock another process holds, is left out.
	 * @return the records of the runs, in the order of the feeds
	 */
	List<SyncRun> runFeeds(Function<FeedsProperties.Feed, SyncRunMode> modes, String requestedBy) {
		List<SyncRun> runs = new ArrayList<>();
		for (FeedsProperties.Feed feed : this.feeds.all()) {
			SyncRunMode requestedMode = modes.apply(feed);
			if (requestedMode == null) {
				continue;
			}
			SyncRun run = runLocked(feed, requestedMode, requestedBy);
			if (run != null) {
				runs.add(run);
			}
			if (Thread.currentThread().isInterrupted()) {
				break;
			}
		}
		return runs;
	}

	/**
	 * Takes the feed's lock, closes the feed's runs that a stopped process left RUNNING, and runs a sync of the feed.
	 * Returns {@code null} when another process holds the lock.
	 */
	private SyncRun runLocked(FeedsProperties.Feed feed, SyncRunMode requestedMode, String requestedBy) {
		String lockName = lockName(feed.id());
		if (!this.lock.tryAcquire(lockName)) {
			if (SyncScheduling.SCHEDULE.equals(requestedBy)) {
				if (this.waitingForLock.putIfAbsent(feed.id(), this.clock.instant()) == null) {
					logger.info("Scheduled run of feed '{}' delayed: another process holds the feed's lock, so the run"
							+ " starts when that process finishes or its lease runs out", feed.id());
				}
			}
			else {
				logger.info("Sync run of feed '{}' requested by {} not started: another process is syncing the feed",
						feed.id(), requestedBy);
			}
			return null;
		}
		this.waitingForLock.remove(feed.id());
		Thread runThread = Thread.currentThread();
		AtomicBoolean lockLost = new AtomicBoolean();
		AutoCloseable heartbeat = this.lock.keepAlive(lockName, () -> {
			lockLost.set(true);
			runThread.interrupt();
		});
		try {
			int interrupted = this.recorder.failInterruptedRuns(feed.id());
			if (interrupted > 0) {
				logger.warn("Marked {} sync runs of feed '{}' left RUNNING by a stopped process as FAILED", interrupted,
						feed.id());
				deleteOrphanPhotos(feed.id());
			}
			Optional<Instant> checkpoint = this.state.checkpoint(feed.id());
			// Without a checkpoint there is nothing to search from, so an incremental or reconcile run reads everything.
			SyncRunMode mode = checkpoint.isEmpty() ? SyncRunMode.FULL : requestedMode;
			return run(feed, mode, checkpoint.orElse(null), requestedBy, lockLost);
		}
		finally {
			try {
				heartbeat.close();
			}
			catch (Exception ex) {
				logger.warn("Stopping the lock renewal of feed '{}' failed: {}", feed.id(), ex.getMessage());
			}
			this.lock.release(lockName);
		}
	}

	/**
	 * Deletes the photo files of a feed that a process stopped during a run left without a {@code listing_photo} row.
	 * Only the feed's own directory is cleaned, because another process may be writing the photos of another feed.
	 */
	private void deleteOrphanPhotos(String feedId) {
		if (!(this.photoStore instanceof FileSystemPhotoStore)) {
			return;
		}
		String prefix = feedId + "/";
		Set<String> keep = new HashSet<>();
		for (String key : this.state.photoStorageKeys(feedId)) {
			if (key.startsWith(prefix)) {
				keep.add(key.substring(prefix.length()));
			}
		}
		FileSystemPhotoStore feedFiles = new FileSystemPhotoStore(this.properties.photoDirectory().resolve(feedId));
		try {
			int deleted = feedFiles.deleteAllExcept(keep);
			if (deleted > 0) {
				logger.warn("Deleted {} photos that a stopped run left without a listing_photo row", deleted);
			}
		}
		catch (IOException | UncheckedIOException ex) {
			logger.warn("Deleting the photos that a stopped run left behind failed: {}", ex.getMessage());
		}
	}

	private SyncRun run(FeedsProperties.Feed configured, SyncRunMode mode, Instant checkpoint, String requestedBy,
			AtomicBoolean lockLost) {
		FeedsProperties.Feed feed = configured;
		String feedId = feed.id();
		SyncRun run = this.recorder.start(feedId, mode, requestedBy);
		long runId = run.getId();
		MDC.put("runId", Long.toString(runId));
		RunReport report = new RunReport();
		SyncRunStatus status = SyncRunStatus.FAILED;
		try {
			logger.info("Sync run {} started: {} run of {} class {} into feed '{}', requested by {}", runId, mode,
					feed.resource(), feed.className(), feedId, requestedBy);
			feed = this.feeds.withSavedSettings(configured);
			RetsClient client = this.clients.create(feed.rets());
			try {
				run(client, new RunContext(runId, feed, mode, checkpoint, report, new Cancellation(runId, lockLost)));
			}
			finally {
				close(client, runId);
			}
			status = SyncRunStatus.SUCCEEDED;
		}
		catch (RunCancelledException ex) {
			if (ex.cancelledBy != null) {
				status = SyncRunStatus.CANCELLED;
				report.error("Cancelled by " + ex.cancelledBy);
				logger.info("Sync run {} cancelled by {}", runId, ex.cancelledBy);
			}
			else {
				report.error("Run stopped: " + ex.getMessage());
			}
		}
		catch (RetsReplyException ex) {
			report.error(null, ex.replyCode(), "Run failed: " + ex.getMessage());
			logger.error("Sync run {} failed: {}", runId, ex.getMessage());
		}
		catch (RetsException ex) {
			report.error("Run failed: " + ex.getMessage());
			logger.error("Sync run {} failed: {}", runId, ex.getMessage());
		}
		catch (RuntimeException ex) {
			report.error("Run failed: " + ex);
			logger.error("Sync run {} failed", runId, ex);
		}
		finally {
			SyncRun finished = this.recorder.finish(runId, status, report);
			Duration took = Duration.between(finished.getStartedAt(), finished.getFinishedAt());
			this.metrics.recordRun(feedId, mode, status, report, took);
			logger.info("Sync run {} finished {} in {} s: {}", runId, status, took.toSeconds(), report.counts());
			MDC.remove("runId");
			run = finished;
		}
		return run;
	}

	private static void close(RetsClient client, long runId) {
		try {
			client.close();
		}
		catch (RuntimeException ex) {
			logger.warn("Sync run {}: logging out of the RETS server failed: {}", runId, ex.getMessage());
		}
	}

	private void run(RetsClient client, RunContext run) {
		client.login();
		RetsMetadata metadata = client.metadata();
		ListingClassProfile profile = ListingClassProfile.resolve(metadata, run.feed.resource(),
				run.feed.className());
		ListingMapper mapper = ListingMapper.create(metadata, profile, run.feed.mapping(), run.feed.deniedFields());
		mapper.configurationWarnings().forEach((warning) -> logger.warn("Sync run {}: {}", run.id, warning));

		boolean mappingChanged = run.checkpoint != null && !mapper.rulesFingerprint()
			.equals(this.state.mappingFingerprint(run.feedId()).orElse(null));
		boolean full = run.mode == SyncRunMode.FULL || run.checkpoint == null
				|| profile.modificationTimestampField() == null || mappingChanged;
		if (mappingChanged && run.mode != SyncRunMode.FULL) {
			logger.info("Sync run {}: the mapping changed since the last full run (rules, the server's metadata"
					+ " version, the field overrides or the denied fields), so this run reads every Active listing as a"
					+ " full run",
					run.id);
			this.recorder.changeMode(run.id, SyncRunMode.FULL);
		}
		String query = full ? activeQuery(profile)
				: modifiedSinceQuery(profile, run.checkpoint.minus(this.properties.overlap()), mapper.serverOffset());
		BatchingRowHandler handler = new BatchingRowHandler(run, mapper, !full);
		SearchResult result;
		try {
			result = search(client, run, query, null, handler);
			handler.flush();
		}
		finally {
			handler.awaitWrite();
		}

		Instant now = this.clock.instant();
		String incomplete = incompleteReason(result, handler);
		if (incomplete == null) {
			if (full) {
				run.report.removed += this.writer.removeUnseen(run.feedId(), run.id, now);
				logger.info("Sync run {}: {} listings no longer Active in the feed left public view", run.id,
						run.report.removed);
				this.state.markReconciled(run.feedId(), now);
				this.state.saveMappingFingerprint(run.feedId(), mapper.rulesFingerprint());
			}
			moveCheckpoint(run, handler);
		}
		else {
			run.report.error((full ? "Listings missing from this run stay visible and the checkpoint stays, because "
					: "The checkpoint stays, because ") + incomplete);
		}
		if (run.mode == SyncRunMode.RECONCILE && !full) {
			reconcile(client, run, profile, mapper);
		}
		this.recorder.progress(run.id, run.report);
		refreshPhotos(client, run);
		runSteps(client, metadata, run);
	}

	private void runSteps(RetsClient client, RetsMetadata metadata, RunContext run) {
		for (FeedRunStep step : this.steps) {
			run.cancellation.check();
			try {
				String summary = step.run(client, metadata, run.feed, run.id, run.mode);
				if (summary != null) {
					logger.info("Sync run {}: {}", run.id, summary);
				}
			}
			catch (RunCancelledException ex) {
				throw ex;
			}
			catch (RuntimeException ex) {
				run.report.error(step.getClass().getSimpleName() + " failed: " + ex.getMessage());
			}
		}
	}

	private SearchResult search(RetsClient client, RunContext run, String query, List<String> select,
			RowHandler handler) {
		SearchRequest.Builder builder = SearchRequest.builder(run.feed.resource(), run.feed.className())
			.query(query)
			.limit(this.properties.pageSize())
			.countMode(CountMode.RECORDS_AND_COUNT)
			.format(SearchFormat.COMPACT);
		if (select != null) {
			builder.select(select);
		}
		SearchRequest request = builder.build();
		logger.info("Sync run {}: searching {} with {}", run.id, run.feed.className(), request.query());
		return client.searchAll(request, handler);
	}

	/**
	 * Fetches the server's full list of Active keys, takes listings that it lacks out of public view, and fetches
	 * the Active listings that the store lacks.
	 */
	private void reconcile(RetsClient client, RunContext run, ListingClassProfile profile, ListingMapper mapper) {
		Set<String> activeKeys = new HashSet<>();
		SearchResult result = search(client, run, activeQuery(profile), List.of(profile.keyField()), (row) -> {
			run.cancellation.check();
			String key = row.get(profile.keyField());
			if (key != null && !key.isBlank()) {
				activeKeys.add(key.trim());
			}
		});
		if (result.totalCount().isPresent() && activeKeys.size() < result.totalCount().getAsLong()
				|| result.totalCount().isEmpty() && result.maxRowsExceeded()) {
			run.report.error("Reconcile skipped: the server returned " + activeKeys.size() + " of "
					+ result.totalCount().orElse(-1) + " Active keys");
			return;
		}
		Instant now = this.clock.instant();
		int removed = this.writer.removeAbsent(run.feedId(), activeKeys, now);
		run.report.removed += removed;
		this.metrics.update(run.feedId(), run.report);
		List<String> missing = List.copyOf(this.writer.missingKeys(run.feedId(), activeKeys));
		logger.info("Sync run {}: reconciled {} Active keys: {} listings left public view, {} missing listings to fetch",
				run.id, activeKeys.size(), removed, missing.size());
		BatchingRowHandler handler = new BatchingRowHandler(run, mapper, false);
		try {
			for (int start = 0; start < missing.size(); start += KEYS_PER_SEARCH) {
				List<String> keys = missing.subList(start, Math.min(missing.size(), start + KEYS_PER_SEARCH));
				search(client, run, "(" + profile.keyField() + "=" + String.join(",", keys) + ")", null, handler);
				handler.flush();
			}
		}
		finally {
			handler.awaitWrite();
		}
		this.state.markReconciled(run.feedId(), now);
	}

	private void moveCheckpoint(RunContext run, BatchingRowHandler handler) {
		if (handler.latestModification != null
				&& (run.checkpoint == null || handler.latestModification.isAfter(run.checkpoint))) {
			this.state.saveCheckpoint(run.feedId(), handler.latestModification);
			logger.info("Sync run {}: checkpoint moved to {}", run.id, handler.latestModification);
		}
	}

	private void refreshPhotos(RetsClient client, RunContext run) {
		List<PhotoTask> tasks = this.writer.pendingPhotoTasks(run.feedId());
		if (!tasks.isEmpty()) {
			logger.info("Sync run {}: fetching the photos of {} listings", run.id, tasks.size());
		}
		int done = 0;
		for (PhotoTask task : tasks) {
			run.cancellation.checkNow();
			PhotoRefresh refresh = refreshWithRetries(client, task, run);
			if (refresh.succeeded()) {
				run.report.photosFetched += refresh.photosStored();
			}
			else {
				run.report.error(task.listingKey(), null, "Listing " + task.listingKey()
						+ ": photos not updated, to be retried in the next run: " + refresh.failure());
			}
			this.metrics.update(run.feedId(), run.report);
			if (++done % PHOTO_PROGRESS_INTERVAL == 0) {
				this.lock.heartbeat(lockName(run.feedId()));
				this.recorder.progress(run.id, run.report);
			}
		}
	}

	/**
	 * Refreshes one listing's photos, trying again after a pause that doubles each time when a fetch fails, such as
	 * on a dropped connection or a 5xx reply. A set that still fails stays pending for the next run.
	 */
	private PhotoRefresh refreshWithRetries(RetsClient client, PhotoTask task, RunContext run) {
		PhotoRefresh refresh = this.photos.refresh(client, task, run.id, run.feedId(), run.feed.resource());
		Duration backoff = PHOTO_RETRY_BACKOFF;
		for (int attempt = 2; attempt <= PHOTO_ATTEMPTS && !refresh.succeeded(); attempt++) {
			logger.info("Sync run {}: photos of listing {} failed ({}), attempt {} of {} in {} ms", run.id,
					task.listingKey(), refresh.failure(), attempt, PHOTO_ATTEMPTS, backoff.toMillis());
			try {
				Thread.sleep(backoff.toMillis());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw run.cancellation.interrupted();
			}
			backoff = backoff.multipliedBy(2);
			refresh = this.photos.refresh(client, task, run.id, run.feedId(), run.feed.resource());
		}
		return refresh;
	}

	/**
	 * Builds {@code (<timestamp field>=<time>+)}, the DMQL2 query for records modified at or after {@code since}.
	 * The time is written in the server's offset without a zone, the DateTime form that RETS 1.5 to 1.8 accept.
	 */
	static String modifiedSinceQuery(ListingClassProfile profile, Instant since, ZoneOffset serverOffset) {
		LocalDateTime local = LocalDateTime.ofInstant(since, serverOffset).truncatedTo(ChronoUnit.SECONDS);
		return "(" + profile.modificationTimestampField() + "=" + DMQL_DATE_TIME.format(local) + "+)";
	}

	/** Builds {@code (<status field>=|<code>,<code>)}, the DMQL2 query for every Active listing. */
	static String activeQuery(ListingClassProfile profile) {
		return "(" + profile.statusField() + "=|" + String.join(",", new TreeSet<>(profile.activeValues())) + ")";
	}

	private static String incompleteReason(SearchResult result, BatchingRowHandler handler) {
		if (handler.unstored > 0) {
			return handler.unstored + " records could not be stored";
		}
		if (result.totalCount().isPresent() && result.rowCount() < result.totalCount().getAsLong()) {
			return "the search returned " + result.rowCount() + " of " + result.totalCount().getAsLong() + " records";
		}
		if (result.totalCount().isEmpty() && result.maxRowsExceeded()) {
			return "the server capped the search results";
		}
		return null;
	}


	/**
	 * Collects rows as they arrive and maps and stores them in batches. Full batches are mapped on the mapping
	 * thread and written on the writer thread, both in order, while the next ones are read. So the mapping of one
	 * batch, the database's work on the one before and the RETS server's next page overlap. Batches of up to
	 * {@link #ROWS_IN_FLIGHT} rows in all, and at least one batch, may be in flight. A batch's result is recorded
	 * with the next row after it is stored, or when the reader needs room or flushes.
	 */
	private final class BatchingRowHandler implements RowHandler {

		private final RunContext run;

		private final ListingMapper mapper;

		private final boolean incremental;

		private List<SeenRecord> batch = new ArrayList<>();

		/** The batches handed to the writer thread and not yet recorded, oldest first. */
		private final Deque<Future<MappedBatch>> writes = new ArrayDeque<>();

		private int batches;

		/** Records that were read but could not be stored, which makes the run's key list incomplete. */
		private int unstored;

		/** The latest ModificationTimestamp among the stored records. */
		private Instant latestModification;

		/** The time the run's progress was last written to the database. The first stored batch writes it at once. */
		private Instant progressRecordedAt = Instant.MIN;

		/** {@link #PROGRESS_INTERVAL}, or a third of the lock's lease if that is shorter. */
		private final Duration progressInterval;

		BatchingRowHandler(RunContext run, ListingMapper mapper, boolean incremental) {
			this.run = run;
			this.mapper = mapper;
			this.incremental = incremental;
			Duration leaseThird = SyncEngine.this.properties.lockLease().dividedBy(3);
			this.progressInterval = (leaseThird.compareTo(PROGRESS_INTERVAL) < 0) ? leaseThird : PROGRESS_INTERVAL;
		}

		@Override
		public void handle(SearchRow row) {
			this.run.cancellation.check();
			RunReport report = this.run.report;
			report.seen++;
			this.batch.add(new SeenRecord(report.seen, row));
			// Stored batches are recorded at once, so that progress, the lock lease and cancel checks keep up.
			while (!this.writes.isEmpty() && this.writes.peekFirst().isDone()) {
				finishWrite();
			}
			if (this.batch.size() >= SyncEngine.this.properties.batchSize()) {
				startWrite();
			}
		}

		/** Stores the records read so far and records the results, so that all of them are committed. */
		void flush() {
			startWrite();
			while (!this.writes.isEmpty()) {
				finishWrite();
			}
		}

		/** Hands the current batch to the writer thread once there is room for it among the batches in flight. */
		private void startWrite() {
			int maxInFlight = Math.max(1, ROWS_IN_FLIGHT / SyncEngine.this.properties.batchSize());
			while (this.writes.size() >= maxInFlight) {
				finishWrite();
			}
			if (this.batch.isEmpty()) {
				return;
			}
			List<SeenRecord> records = this.batch;
			this.batch = new ArrayList<>();
			Instant now = SyncEngine.this.clock.instant();
			Map<String, String> context = MDC.getCopyOfContextMap();
			Future<MappedBatch> mapping = SyncEngine.this.batchMaps.submit(() -> withContext(context, () -> map(records)));
			this.writes.addLast(SyncEngine.this.batchWrites.submit(() -> withContext(context, () -> {
				MappedBatch mapped = mapped(mapping);
				mapped.result = mapped.listings.isEmpty() ? new ListingBatchWriter.BatchResult()
						: SyncEngine.this.writer.write(this.run.feedId(), mapped.listings, this.run.id, now,
								!this.incremental);
				return mapped;
			})));
		}

		/** Waits for a batch's mapping and throws what the mapping threw, not a wrapper. */
		private MappedBatch mapped(Future<MappedBatch> mapping) throws Exception {
			try {
				return mapping.get();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof Exception failure) {
					throw failure;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw ex;
			}
		}

		/** Runs a task of the run's batches with the run's logging context, on the thread that calls it. */
		private <T> T withContext(Map<String, String> context, Callable<T> task) throws Exception {
			if (context != null) {
				MDC.setContextMap(context);
			}
			try {
				return task.call();
			}
			finally {
				MDC.clear();
			}
		}

		/**
		 * Waits for the batches in flight without recording them, so that a run that failed releases the sync lock
		 * only after its last write. An interrupted thread does not wait. The batches' records may be committed, but
		 * the checkpoint stays, so the next run reads them again.
		 */
		void awaitWrite() {
			while (!this.writes.isEmpty()) {
				Future<MappedBatch> write = this.writes.removeFirst();
				if (Thread.currentThread().isInterrupted()) {
					continue;
				}
				try {
					write.get();
				}
				catch (InterruptedException ex) {
					Thread.currentThread().interrupt();
				}
				catch (ExecutionException ex) {
					logger.debug("Sync run {}: batch write failed after the run stopped", this.run.id, ex.getCause());
				}
			}
		}

		/** Waits for the oldest batch in flight and records its result. */
		private void finishWrite() {
			if (this.writes.isEmpty()) {
				return;
			}
			Future<MappedBatch> write = this.writes.removeFirst();
			MappedBatch mapped;
			try {
				mapped = write.get();
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				throw this.run.cancellation.interrupted();
			}
			catch (ExecutionException ex) {
				if (ex.getCause() instanceof RuntimeException failure) {
					throw failure;
				}
				if (ex.getCause() instanceof Error error) {
					throw error;
				}
				throw new IllegalStateException(ex.getCause());
			}
			mapped.errors.forEach((error) -> this.run.report.error(error.listingKey(), null, error.message()));
			this.unstored += mapped.unmappable;
			record(mapped.listings, mapped.result);
		}

		/** Maps a batch of records on the writer thread. The run's report gets their errors when the batch is finished. */
		private MappedBatch map(List<SeenRecord> records) {
			MappedBatch batch = new MappedBatch();
			for (SeenRecord seen : records) {
				String key = seen.row().get(this.mapper.keyField());
				try {
					MappedListing mapped = this.mapper.map(seen.row());
					mapped.issues().forEach((issue) -> batch.errors.add(new RecordError(mapped.listingKey(), issue)));
					batch.listings.add(mapped);
				}
				catch (InvalidRecordException ex) {
					batch.errors.add(new RecordError(key, "Record " + seen.number() + " skipped: " + ex.getMessage()));
				}
				catch (RuntimeException ex) {
					batch.unmappable++;
					batch.errors.add(new RecordError(key, "Record " + seen.number() + " could not be mapped: " + ex));
				}
			}
			return batch;
		}

		/**
		 * Adds a stored batch to the run's report and metrics. At most once per {@link #progressInterval} it also writes
		 * the progress, renews the lease and checks for a cancel request.
		 */
		private void record(List<MappedListing> records, ListingBatchWriter.BatchResult result) {
			RunReport report = this.run.report;
			this.batches++;
			report.inserted += result.inserted;
			report.updated += result.updated;
			report.unchanged += result.unchanged;
			this.unstored += result.failures.size();
			result.failures.forEach((failedKey, reason) -> report.error(failedKey, null,
					"Listing " + failedKey + " not stored: " + reason));
			for (MappedListing mapped : records) {
				if (!result.failures.containsKey(mapped.listingKey())
						&& mapped.value("ModificationTimestamp") instanceof Instant modified
						&& (this.latestModification == null || modified.isAfter(this.latestModification))) {
					this.latestModification = modified;
				}
			}
			logger.info("Sync run {}: stored batch {} of {} records ({} new, {} changed, {} unchanged, {} skipped,"
					+ " {} failed)", this.run.id, this.batches, records.size(), result.inserted, result.updated,
					result.unchanged, result.skipped, result.failures.size());
			SyncEngine.this.metrics.update(this.run.feedId(), report);
			Instant now = SyncEngine.this.clock.instant();
			if (now.isBefore(this.progressRecordedAt.plus(this.progressInterval))) {
				return;
			}
			this.progressRecordedAt = now;
			if (!SyncEngine.this.lock.heartbeat(lockName(this.run.feedId()))) {
				throw new RunCancelledException("this process lost the feed's sync lock", null);
			}
			SyncEngine.this.recorder.progress(this.run.id, report);
			this.run.cancellation.checkNow();
		}

	}

	/** A row as the search returned it, numbered in the order of the run's search results from 1. */
	private record SeenRecord(int number, SearchRow row) {

	}

	/** A problem found while mapping one record, with the record's key, or {@code null} when it has none. */
	private record RecordError(String listingKey, String message) {

	}

	/** The mapped listings of one batch, the errors found while mapping them, and the result of storing them. */
	private static final class MappedBatch {

		final List<MappedListing> listings = new ArrayList<>();

		final List<RecordError> errors = new ArrayList<>();

		/** Records whose mapping failed unexpectedly, which makes the run's key list incomplete. */
		int unmappable;

		ListingBatchWriter.BatchResult result;

	}

	/** The feed, mode and checkpoint of one run, its report, and the checks that stop it. */
	private record RunContext(long id, FeedsProperties.Feed feed, SyncRunMode mode, Instant checkpoint,
			RunReport report, Cancellation cancellation) {

		String feedId() {
			return this.feed.id();
		}

	}

	/**
	 * The checks that stop a run: an interrupt of its thread, on shutdown or when the lock renewal found the lock
	 * taken, and a cancel request in its {@code sync_run} row.
	 */
	private final class Cancellation {

		private final long runId;

		private final AtomicBoolean lockLost;

		private Instant polledAt = Instant.MIN;

		Cancellation(long runId, AtomicBoolean lockLost) {
			this.runId = runId;
			this.lockLost = lockLost;
		}

		/**
		 * Throws when the thread was interrupted, or when a cancel request arrived. Unlike {@link #checkNow}, it reads
		 * the database only when {@link #CANCEL_POLL_INTERVAL} has passed since the last read.
		 */
		void check() {
			if (Thread.currentThread().isInterrupted()) {
				throw interrupted();
			}
			Instant now = SyncEngine.this.clock.instant();
			if (!now.isBefore(this.polledAt.plus(CANCEL_POLL_INTERVAL))) {
				checkNow();
			}
		}

		/** Throws when the thread was interrupted, or when the run's row contains a cancel request. */
		void checkNow() {
			if (Thread.currentThread().isInterrupted()) {
				throw interrupted();
			}
			this.polledAt = SyncEngine.this.clock.instant();
			Optional<String> cancelledBy = SyncEngine.this.state.cancelRequestedBy(this.runId);
			if (cancelledBy.isPresent()) {
				throw new RunCancelledException("cancelled by " + cancelledBy.get(), cancelledBy.get());
			}
		}

		/** Returns the exception that stops an interrupted run, with the reason of the interrupt. */
		RunCancelledException interrupted() {
			return new RunCancelledException(this.lockLost.get() ? "this process lost the feed's sync lock"
					: "the application is shutting down", null);
		}

	}

	/** Stops a run early: on an admin's cancel request, when the application shuts down, or when the lock is lost. */
	static class RunCancelledException extends RuntimeException {

		/** The user who requested the cancel, or {@code null} when the run stopped for another reason. */
		final String cancelledBy;

		RunCancelledException(String message, String cancelledBy) {
			super(message);
			this.cancelledBy = cancelledBy;
		}

	}

}
