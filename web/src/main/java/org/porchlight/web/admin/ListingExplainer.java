package org.porchlight.web.admin;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Explains why a listing is or is not on the public site, from what the store and the run history record about it.
 * It reports whether the sync ever stored the listing, its status, the Internet display permission, when it left
 * public view, when and by which run it was last seen, and its photo errors. The sync stores only Active listings (and keeps listings
 * that stop being Active, hidden), and the public site shows exactly the rows marked visible, so these are all the
 * rules that decide.
 */
@Component
class ListingExplainer {

	private static final int MAX_ERRORS = 20;

	private final JdbcTemplate jdbc;

	private final RunHistory runs;

	ListingExplainer(JdbcTemplate jdbc, RunHistory runs) {
		this.jdbc = jdbc;
		this.runs = runs;
	}

	/** Explains every stored listing whose key or MLS number is {@code query}, or why none is stored. */
	Explanation explain(String query) {
		String term = query.strip();
		List<StoredListing> found = this.jdbc.query("select l.id, l.feed_id, l.listing_key, l.listing_id,"
				+ " l.standard_status, l.mls_status, l.visible, l.address_hidden, l.first_seen_at, l.last_seen_at,"
				+ " l.removed_at, l.last_seen_run_id, l.photos_count, l.photos_pending,"
				+ " (select count(*) from listing_photo p where p.listing_id = l.id) from listing l"
				+ " where l.listing_key = ? or lower(l.listing_id) = ? order by l.feed_id, l.listing_key",
				ListingExplainer::storedListing, term, term.toLowerCase(Locale.ROOT));
		List<ListingReport> reports = new ArrayList<>();
		for (StoredListing listing : found) {
			reports.add(new ListingReport(listing, findings(listing),
					this.runs.errorsOf(listing.listingKey(), MAX_ERRORS)));
		}
		List<RunHistory.ListingError> unstoredErrors = found.isEmpty() ? this.runs.errorsOf(term, MAX_ERRORS)
				: List.of();
		return new Explanation(term, reports, unstoredErrors);
	}

	private List<Finding> findings(StoredListing listing) {
		List<Finding> findings = new ArrayList<>();
		if (listing.visible()) {
			findings.add(new Finding(Level.OK, "explain.shown", listing.listingKey()));
		}
		else if (listing.removedAt() != null && listing.isActive()) {
			findings.add(new Finding(Level.PROBLEM, "explain.removedFromFeed", listing.removedAt()));
		}
		else if (!listing.isActive()) {
			findings.add(new Finding(Level.PROBLEM, "explain.notActive",
					(listing.mlsStatus() != null) ? listing.mlsStatus() : listing.standardStatus()));
		}
		else {
			findings.add(new Finding(Level.PROBLEM, "explain.optedOut"));
		}
		if (listing.removedAt() != null && !listing.isActive()) {
			findings.add(new Finding(Level.INFO, "explain.removedAt", listing.removedAt()));
		}
		if (listing.addressHidden()) {
			findings.add(new Finding(Level.INFO, "explain.addressHidden"));
		}
		findings.add(new Finding(Level.INFO, "explain.lastSeen", listing.lastSeenAt(), listing.lastSeenRunId()));
		if (listing.photosPending()) {
			findings.add(new Finding(Level.PROBLEM, "explain.photosPending"));
		}
		if (listing.photosCount() != null && listing.photosCount() != listing.storedPhotos()) {
			findings.add(new Finding(Level.PROBLEM, "explain.photoCountDiffers", listing.photosCount(),
					listing.storedPhotos()));
		}
		return findings;
	}

	private static StoredListing storedListing(ResultSet row, int index) throws SQLException {
		return new StoredListing(row.getLong(1), row.getString(2), row.getString(3), row.getString(4),
				row.getString(5), row.getString(6), row.getBoolean(7), row.getBoolean(8), RunHistory.instant(row, 9),
				RunHistory.instant(row, 10), RunHistory.instant(row, 11), (Long) row.getObject(12, Long.class),
				(Integer) row.getObject(13, Integer.class), row.getBoolean(14), row.getInt(15));
	}

	/** The stored facts about one listing. */
	public record StoredListing(long id, String feedId, String listingKey, String listingId, String standardStatus,
			String mlsStatus, boolean visible, boolean addressHidden, Instant firstSeenAt, Instant lastSeenAt,
			Instant removedAt, Long lastSeenRunId, Integer photosCount, boolean photosPending, int storedPhotos) {

		public boolean isActive() {
			return "Active".equalsIgnoreCase(this.standardStatus);
		}

	}

	/** The effect of a finding on whether the listing is shown. */
	public enum Level {

		OK, PROBLEM, INFO

	}

	/** One fact about a listing, as a message key of {@code admin-messages} and its arguments. */
	public record Finding(Level level, String messageKey, Object... arguments) {
	}

	/** The findings and recorded errors of one stored listing. */
	public record ListingReport(StoredListing listing, List<Finding> findings, List<RunHistory.ListingError> errors) {
	}

	/**
	 * The result of one query: the matching listings, or, when none is stored, the errors that runs recorded under
	 * the query as listing key.
	 */
	public record Explanation(String query, List<ListingReport> listings, List<RunHistory.ListingError> unstoredErrors) {
	}

}
