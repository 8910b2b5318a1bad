package org.porchlight.sync.engine;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.search.CountMode;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.mapping.InvalidRecordException;
import org.porchlight.sync.mapping.ListingMapper;
import org.porchlight.sync.mapping.MappedListing;
import org.porchlight.sync.photo.ListingPhotos;
import org.porchlight.sync.photo.PhotoRefresh;
import org.porchlight.sync.photo.PhotoTask;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

import org.springframework.stereotype.Component;

/**
 * Runs a sync. It logs in, reads the metadata, searches every Active listing of the class page by page and stores
 * the records in batches. Then it takes listings that the search no longer returned out of public view, and
 * refreshes the photos of new listings and of listings whose photos changed. Every log line of a run carries its
 * id, in the message and as the MDC key {@code runId}.
 */
@Component
class SyncEngine implements SyncRunner {

	private static final Logger logger = LoggerFactory.getLogger(SyncEngine.class);

	private final SyncProperties properties;

	private final RetsClientFactory clients;

	private final SyncRunRecorder recorder;

	private final ListingBatchWriter writer;

	private final ListingPhotos photos;

	private final Clock clock = Clock.systemUTC();

	SyncEngine(SyncProperties properties, RetsClientFactory clients, SyncRunRecorder recorder,
			ListingBatchWriter writer, ListingPhotos photos) {
		this.properties = properties;
		this.clients = clients;
		this.recorder = recorder;
		this.writer = writer;
		this.photos = photos;
	}

	@Override
	public void run(SyncRunMode mode, String requestedBy) {
		runNow(mode, requestedBy);
	}

	/**
	 * Runs a sync and returns its record. Only full runs exist so far, so other modes run as a full run, which
	 * does all that they would do.
	 */
	SyncRun runNow(SyncRunMode requestedMode, String requestedBy) {
		SyncRun run = this.recorder.start(this.properties.feedId(), SyncRunMode.FULL, requestedBy);
		long runId = run.getId();
		MDC.put("runId", Long.toString(runId));
		RunReport report = new RunReport();
		SyncRunStatus status = SyncRunStatus.FAILED;
		try {
			logger.info("Sync run {} started: full run of {} class {} into feed '{}', requested by {}", runId,
					this.properties.resource(), this.properties.className(), this.properties.feedId(), requestedBy);
			if (requestedMode != SyncRunMode.FULL) {
				logger.info("Sync run {}: {} runs are not available yet, so this run is a full run", runId,
						requestedMode);
			}
			fullRun(runId, report);
			status = SyncRunStatus.SUCCEEDED;
		}
		catch (RunCancelledException ex) {
			report.error("Run stopped: " + ex.getMessage());
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
			logger.info("Sync run {} finished {} in {} s: {}", runId, status,
					Duration.between(finished.getStartedAt(), finished.getFinishedAt()).toSeconds(), report.counts());
			MDC.remove("runId");
			run = finished;
		}
		return run;
	}

	private void fullRun(long runId, RunReport report) {
		RetsClient client = this.clients.create();
		try {
			fullRun(client, runId, report);
		}
		finally {
			try {
				client.close();
			}
			catch (RuntimeException ex) {
				logger.warn("Sync run {}: logging out of the RETS server failed: {}", runId, ex.getMessage());
			}
		}
	}

	private void fullRun(RetsClient client, long runId, RunReport report) {
		client.login();
		RetsMetadata metadata = client.metadata();
		ListingClassProfile profile = ListingClassProfile.resolve(metadata, this.properties.resource(),
				this.properties.className());
		ListingMapper mapper = ListingMapper.create(metadata, profile, this.properties.mapping(),
				this.properties.deniedFields());
		mapper.configurationWarnings().forEach((warning) -> logger.warn("Sync run {}: {}", runId, warning));

		SearchRequest request = SearchRequest.builder(this.properties.resource(), this.properties.className())
			.query(activeQuery(profile))
			.limit(this.properties.pageSize())
			.countMode(CountMode.RECORDS_AND_COUNT)
			.format(SearchFormat.COMPACT)
			.build();
		logger.info("Sync run {}: searching {} with {}", runId, this.properties.className(), request.query());
		BatchingRowHandler handler = new BatchingRowHandler(runId, mapper, report);
		SearchResult result = client.searchAll(request, handler);
		handler.flush();

		Instant now = this.clock.instant();
		String incomplete = incompleteReason(result, handler);
		if (incomplete == null) {
			report.removed = this.writer.removeUnseen(this.properties.feedId(), runId, now);
			logger.info("Sync run {}: {} listings no longer Active in the feed left public view", runId,
					report.removed);
		}
		else {
			report.error("Listings missing from this run stay visible, because " + incomplete);
		}
		refreshPhotos(client, runId, handler.photoTasks, report);
	}

	private void refreshPhotos(RetsClient client, long runId, List<PhotoTask> tasks, RunReport report) {
		if (!tasks.isEmpty()) {
			logger.info("Sync run {}: fetching the photos of {} listings", runId, tasks.size());
		}
		for (PhotoTask task : tasks) {
			checkNotCancelled();
			PhotoRefresh refresh = this.photos.refresh(client, task, runId);
			if (refresh.succeeded()) {
				report.photosFetched += refresh.photosStored();
			}
			else {
				report.error("Listing " + task.listingKey() + ": photos not updated, to be retried in the next run: "
						+ refresh.failure());
			}
		}
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

	private static void checkNotCancelled() {
		if (Thread.currentThread().isInterrupted()) {
			throw new RunCancelledException("the application is shutting down");
		}
	}

	/** Maps rows as they arrive and stores them in batches. */
	private final class BatchingRowHandler implements RowHandler {

		private final long runId;

		private final ListingMapper mapper;

		private final RunReport report;

		private final List<MappedListing> batch = new ArrayList<>();

		private final List<PhotoTask> photoTasks = new ArrayList<>();

		private int batches;

		/** Records that were read but could not be stored, which makes the run's key list incomplete. */
		private int unstored;

		BatchingRowHandler(long runId, ListingMapper mapper, RunReport report) {
			this.runId = runId;
			this.mapper = mapper;
			this.report = report;
		}

		@Override
		public void handle(SearchRow row) {
			checkNotCancelled();
			this.report.seen++;
			Map<String, String> record = row.toMap();
			try {
				MappedListing mapped = this.mapper.map(record);
				mapped.issues().forEach(this.report::error);
				this.batch.add(mapped);
			}
			catch (InvalidRecordException ex) {
				this.report.error("Record " + this.report.seen + " skipped: " + ex.getMessage());
			}
			catch (RuntimeException ex) {
				this.unstored++;
				this.report.error("Record " + this.report.seen + " could not be mapped: " + ex);
			}
			if (this.batch.size() >= SyncEngine.this.properties.batchSize()) {
				flush();
			}
		}

		void flush() {
			if (this.batch.isEmpty()) {
				return;
			}
			ListingBatchWriter.BatchResult result = SyncEngine.this.writer.write(SyncEngine.this.properties.feedId(),
					this.batch, this.runId, SyncEngine.this.clock.instant());
			this.batches++;
			this.report.inserted += result.inserted;
			this.report.updated += result.updated;
			this.report.unchanged += result.unchanged;
			this.photoTasks.addAll(result.photoTasks);
			this.unstored += result.failures.size();
			result.failures.forEach((key, reason) -> this.report.error("Listing " + key + " not stored: " + reason));
			logger.info("Sync run {}: stored batch {} of {} records ({} new, {} changed, {} unchanged, {} failed)",
					this.runId, this.batches, this.batch.size(), result.inserted, result.updated, result.unchanged,
					result.failures.size());
			this.batch.clear();
		}

	}

	/** Stops a run early, such as when the application shuts down. */
	static class RunCancelledException extends RuntimeException {

		RunCancelledException(String message) {
			super(message);
		}

	}

}
