package org.porchlight.web.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Tests the answers of the "why isn't listing X shown?" page for each reason a listing can be hidden. */
class ExplainTests extends WebTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void clearErrors() {
		this.jdbc.update("delete from sync_run_error");
	}

	@Test
	void visibleListingIsShownAndFoundByMlsNumber() {
		SyncRun run = this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, Instant.parse("2026-03-01T10:00:00Z"),
				Instant.parse("2026-03-01T10:01:00Z")));
		Listing listing = TestListings.listing("K1");
		listing.setLastSeenRunId(run.getId());
		this.listings.save(listing);

		Document page = explain("mls-k1");
		assertThat(page.select(".explanation h2").text()).isEqualTo("Listing K1 (MLS number MLS-K1) of feed default");
		assertThat(page.select(".finding-ok").text()).isEqualTo("It is shown on the public site, at /listings/K1.");
		assertThat(page.select(".finding-info").text()).contains("A run last saw it in the feed at Mar 1, 2026",
				"(run " + run.getId() + ")");
		assertThat(page.select(".explanation a[href=/admin/runs/" + run.getId() + "]")).hasSize(1);
	}

	@Test
	void listingThatIsNotActiveNamesItsStatus() {
		Listing listing = TestListings.listing("K2");
		listing.setVisible(false);
		listing.setStandardStatus("Closed");
		listing.setMlsStatus("Sold");
		listing.setRemovedAt(Instant.parse("2026-03-02T08:00:00Z"));
		this.listings.save(listing);

		Document page = explain("K2");
		assertThat(page.select(".finding-problem").text()).isEqualTo("It is hidden because its status is Sold. Only Active listings are shown.");
		assertThat(page.select(".finding-info").text()).contains("It left public view at Mar 2, 2026");
	}

	@Test
	void activeHiddenListingOptedOutOfInternetDisplay() {
		Listing listing = TestListings.listing("K3");
		listing.setVisible(false);
		this.listings.save(listing);

		assertThat(explain("K3").select(".finding-problem").text()).contains("opted out of Internet display");
	}

	@Test
	void activeListingMissingFromTheFeedWasRemoved() {
		Listing listing = TestListings.listing("K4");
		listing.setVisible(false);
		listing.setRemovedAt(Instant.parse("2026-03-02T08:00:00Z"));
		this.listings.save(listing);

		assertThat(explain("K4").select(".finding-problem").text())
			.startsWith("It is hidden since Mar 2, 2026")
			.contains("no longer found it among the feed's Active listings");
	}

	@Test
	void photoProblemsAndRecordedErrorsAreListed() {
		SyncRun run = this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, Instant.parse("2026-03-01T10:00:00Z"),
				Instant.parse("2026-03-01T10:01:00Z")));
		Listing listing = TestListings.listing("K5");
		listing.setPhotosCount(3);
		TestListings.addPhoto(listing, 1);
		this.listings.save(listing);
		this.jdbc.update("update listing set photos_pending = true where listing_key = 'K5'");
		this.jdbc.update("insert into sync_run_error (run_id, listing_key, reply_code, message, occurred_at)"
				+ " values (?, ?, ?, ?, ?)", run.getId(), "K5", 20403, "Listing K5: photos not updated: no object",
				OffsetDateTime.now(ZoneOffset.UTC));

		Document page = explain("K5");
		assertThat(page.select(".finding-problem").eachText()).containsExactly(
				"Its photos are not up to date: the last fetch failed and the next run tries again.",
				"The feed reports 3 photos, but 1 are stored.");
		assertThat(page.select(".listing-errors li").text()).isEqualTo("Run " + run.getId()
				+ ": Listing K5: photos not updated: no object");
	}

	@Test
	void unknownListingIsNotInTheStoreWithItsRecordedErrors() {
		SyncRun run = this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, Instant.parse("2026-03-01T10:00:00Z"),
				Instant.parse("2026-03-01T10:01:00Z")));
		this.jdbc.update("insert into sync_run_error (run_id, listing_key, reply_code, message, occurred_at)"
				+ " values (?, ?, ?, ?, ?)", run.getId(), "K9", null, "Listing K9 not stored: value too long",
				OffsetDateTime.now(ZoneOffset.UTC));

		Document page = explain("K9");
		assertThat(page.select(".finding-problem").text()).startsWith("No listing with the key or MLS number K9 is in the store.");
		assertThat(page.select(".listing-errors li").text()).contains("Listing K9 not stored: value too long");
		assertThat(explain("nothing-like-it").select(".listing-errors")).isEmpty();
	}

	@Test
	void emptyQueryShowsOnlyTheForm() {
		Document page = HtmlPages.parse(this.mvc.get().uri("/admin/explain").with(user(ADMIN_USERNAME).roles("ADMIN"))
			.exchange(), 200);
		assertThat(page.select("form.explain-form input[name=q]")).hasSize(1);
		assertThat(page.select(".explanation")).isEmpty();
	}

	private Document explain(String query) {
		return HtmlPages.parse(this.mvc.get()
			.uri("/admin/explain")
			.param("q", query)
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.exchange(), 200);
	}

}
