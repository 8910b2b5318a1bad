package org.porchlight.sync.openhouse;

import java.time.Clock;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.search.CountMode;
import org.porchlight.rets.client.search.Dmql;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;
import org.porchlight.sync.FeedRunStep;
import org.porchlight.sync.FeedsProperties;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.openhouse.OpenHouseSource.Field;
import org.porchlight.sync.store.SyncRunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Replicates a feed's open houses in every run. It searches the server's OpenHouse class for open houses dated today
 * or later in the server's time zone. Then it keeps the Active ones that have not ended and replaces the feed's stored
 * set with them. Open houses are few, so every run fetches them all. A row that cannot be read is logged and recorded as
 * an error of the run with its key, and the others are stored. A feed whose server has no open-house resource is
 * skipped with one INFO line.
 */
@Component
@Order(100)
class OpenHouseStep implements FeedRunStep {

	private static final Logger logger = LoggerFactory.getLogger(OpenHouseStep.class);

	/** The run's {@code sync_run_error} rows for invalid open houses stop at this many; the summary counts all. */
	private static final int MAX_RECORDED_ERRORS = 100;

	private static final int MAX_ERROR_MESSAGE_LENGTH = 2000;

	private final OpenHouseWriter writer;

	private final JdbcTemplate jdbc;

	private final SyncProperties properties;

	private final Clock clock;

	OpenHouseStep(OpenHouseWriter writer, JdbcTemplate jdbc, SyncProperties properties, ObjectProvider<Clock> clock) {
		this.writer = writer;
		this.jdbc = jdbc;
		this.properties = properties;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@Override
	public String run(RetsClient client, RetsMetadata metadata, FeedsProperties.Feed feed, long runId,
			SyncRunMode mode) {
		Optional<OpenHouseSource> found = OpenHouseSource.find(metadata, feed.openHouseResource(),
				feed.openHouseClass(), feed.deniedFields());
		if (found.isEmpty()) {
			logger.info("Sync run {}: feed {} has no open-house resource{}, so open houses are not replicated", runId,
					feed.id(), (feed.openHouseResource() != null) ? " " + feed.openHouseResource() : "");
			return null;
		}
		OpenHouseSource source = found.get();
		List<String> missing = source.missingFields();
		if (!missing.isEmpty()) {
			logger.info("Sync run {}: open-house class {} of feed {} has no {} field, so open houses are not replicated",
					runId, source.describe(), feed.id(), String.join(" and no ", missing));
			return null;
		}
		ZoneOffset serverOffset = serverOffset(metadata.timeZoneOffset());
		Instant now = this.clock.instant();
		List<SearchRow> rows = search(client, source, LocalDate.ofInstant(now, serverOffset), runId);
		OpenHouseRows reader = new OpenHouseRows(source, serverOffset);
		List<OpenHouseRecord> upcoming = new ArrayList<>();
		int inactive = 0;
		int ended = 0;
		int invalid = 0;
		for (SearchRow row : rows) {
			if (!reader.isActive(row)) {
				inactive++;
				continue;
			}
			try {
				OpenHouseRecord openHouse = reader.read(row);
				if (openHouse.visibleUntil().isAfter(now)) {
					upcoming.add(openHouse);
				}
				else {
					ended++;
				}
			}
			catch (InvalidOpenHouseException ex) {
				logger.warn("Sync run {}: {}; the open house is skipped", runId, ex.getMessage());
				if (invalid < MAX_RECORDED_ERRORS) {
					recordError(runId, ex);
				}
				invalid++;
			}
		}
		OpenHouseWriter.Changes changes = this.writer.replace(feed.id(), upcoming, now);
		return "open houses from " + source.describe() + ": " + upcoming.size() + " current (" + changes.inserted()
				+ " new, " + changes.updated() + " changed, " + changes.deleted() + " removed), " + ended + " ended, "
				+ inactive + " not Active, " + invalid + " invalid";
	}

	private List<SearchRow> search(RetsClient client, OpenHouseSource source, LocalDate today, long runId) {
		String dateField = source.systemName(Field.OPEN_HOUSE_DATE).orElse(null);
		Dmql.Condition query = (dateField != null) ? Dmql.field(dateField).greaterOrEqual(today)
				: Dmql.field(source.systemName(Field.START_TIME).orElseThrow()).greaterOrEqual(today.atStartOfDay());
		SearchRequest request = SearchRequest.builder(source.resource().resourceId(), source.className())
			.query(query)
			.select(source.select())
			.limit(this.properties.pageSize())
			.countMode(CountMode.RECORDS_AND_COUNT)
			.format(SearchFormat.COMPACT)
			.keyField(source.systemName(Field.OPEN_HOUSE_KEY).orElseThrow())
			.build();
		logger.info("Sync run {}: searching open houses in {} with {}", runId, source.describe(), request.query());
		List<SearchRow> rows = new ArrayList<>();
		SearchResult result = client.searchAll(request, rows::add);
		if (!result.complete()) {
			throw new IllegalStateException("The open-house search of " + source.describe() + " returned "
					+ result.rowCount() + " of " + result.totalCount().getAsLong() + " rows, so the stored open houses were kept");
		}
		return rows;
	}

	private void recordError(long runId, InvalidOpenHouseException ex) {
		String message = ex.getMessage();
		if (message.length() > MAX_ERROR_MESSAGE_LENGTH) {
			message = message.substring(0, MAX_ERROR_MESSAGE_LENGTH - 3) + "...";
		}
		this.jdbc.update("insert into sync_run_error (run_id, listing_key, reply_code, message, occurred_at)"
				+ " values (?, ?, ?, ?, ?)", runId, ex.listingKey(), null, message,
				OffsetDateTime.ofInstant(this.clock.instant(), ZoneOffset.UTC));
	}

	private static ZoneOffset serverOffset(String timeZoneOffset) {
		if (timeZoneOffset == null || timeZoneOffset.isBlank()) {
			// RETS servers that state no offset mean GMT.
			return ZoneOffset.UTC;
		}
		try {
			return ZoneOffset.of(timeZoneOffset.trim());
		}
		catch (DateTimeException ex) {
			throw new IllegalStateException("The server's TimeZoneOffset '" + timeZoneOffset
					+ "' is not an offset such as -05:00, so open houses were not replicated", ex);
		}
	}

}
