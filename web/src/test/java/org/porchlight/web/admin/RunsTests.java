package org.porchlight.web.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Tests the run list and its filter, the page of one run with its errors and progress, and stopping a run. */
class RunsTests extends WebTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void clearRunTables() {
		this.jdbc.update("delete from sync_run_error");
		this.jdbc.update("delete from sync_lock");
		this.jdbc.update("delete from audit_log");
	}

	@Test
	void filterByStatusModeAndDate() {
		SyncRun fullSucceeded = save(SyncRunStatus.SUCCEEDED, SyncRunMode.FULL, "2026-03-01T10:00:00Z");
		SyncRun incrementalFailed = save(SyncRunStatus.FAILED, SyncRunMode.INCREMENTAL, "2026-03-02T10:00:00Z");
		SyncRun incrementalSucceeded = save(SyncRunStatus.SUCCEEDED, SyncRunMode.INCREMENTAL, "2026-03-03T10:00:00Z");

		assertThat(runIds("/admin/runs")).containsExactly(incrementalSucceeded.getId(), incrementalFailed.getId(),
				fullSucceeded.getId());
		assertThat(runIds("/admin/runs?status=FAILED")).containsExactly(incrementalFailed.getId());
		assertThat(runIds("/admin/runs?mode=INCREMENTAL&status=SUCCEEDED"))
			.containsExactly(incrementalSucceeded.getId());
		assertThat(runIds("/admin/runs?from=2026-03-02&to=2026-03-02")).containsExactly(incrementalFailed.getId());
		assertThat(runIds("/admin/runs?feed=other")).isEmpty();
		Document filtered = page("/admin/runs?status=FAILED&mode=INCREMENTAL&from=2026-03-02");
		assertThat(filtered.select("select[name=status] option[selected]").val()).isEqualTo("FAILED");
		assertThat(filtered.select("input[name=from]").val()).isEqualTo("2026-03-02");
	}

	@Test
	void runPageShowsCountsTimingsAndErrors() {
		SyncRun run = TestListings.run(SyncRunStatus.FAILED, Instant.parse("2026-03-01T10:00:00Z"),
				Instant.parse("2026-03-01T10:02:00Z"));
		run.setListingsSeen(12);
		run.setErrorCount(2);
		this.syncRuns.save(run);
		insertError(run.getId(), "K-17", 20036, "Listing K-17: photos not updated <b>");
		insertError(run.getId(), null, null, "Run failed: connection reset");

		Document page = page("/admin/runs/" + run.getId());
		assertThat(page.select("h1").text()).isEqualTo("Run " + run.getId() + " of feed default");
		assertThat(page.select("[data-field=seen]").text()).isEqualTo("12");
		assertThat(page.select("[data-field=elapsed]").text()).isEqualTo("2 min 0 s");
		assertThat(page.select(".errors-table tbody tr")).hasSize(2);
		assertThat(page.select(".errors-table tbody tr").get(0).select("td").eachText()).containsSequence("K-17",
				"20036", "Listing K-17: photos not updated <b>");
		assertThat(page.select(".errors-table a").attr("href")).isEqualTo("/admin/explain?q=K-17");
		assertThat(page.select("progress").attr("value")).isEqualTo("100");
		assertThat(page.select("noscript")).isEmpty();
		assertThat(page.select(".cancel-button")).isEmpty();
	}

	@Test
	void runningRunShowsProgressAgainstThePreviousRunOfItsMode() {
		SyncRun previous = save(SyncRunStatus.SUCCEEDED, SyncRunMode.FULL, "2026-03-01T10:00:00Z");
		previous.setListingsSeen(200);
		this.syncRuns.save(previous);
		SyncRun running = TestListings.run(SyncRunStatus.RUNNING, Instant.now().minusSeconds(30), null);
		running.setListingsSeen(50);
		this.syncRuns.save(running);

		MvcTestResult progress = this.mvc.get()
			.uri("/admin/runs/" + running.getId() + "/progress")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.exchange();
		assertThat(progress).hasStatusOk();
		assertThat(progress).bodyJson().extractingPath("$.percent").isEqualTo(25);
		assertThat(progress).bodyJson().extractingPath("$.running").isEqualTo(true);
		assertThat(progress).bodyJson().extractingPath("$.expected").isEqualTo(200);
		assertThat(progress).bodyJson().extractingPath("$.seen").isEqualTo(50);

		Document page = page("/admin/runs/" + running.getId());
		assertThat(page.select("progress").attr("value")).isEqualTo("25");
		assertThat(page.select(".progress-label").text()).isEqualTo("50 records of about 200");
		assertThat(page.select("main").attr("data-progress-url")).isEqualTo("/admin/runs/" + running.getId() + "/progress");
		assertThat(page.select("noscript meta[http-equiv=refresh]").attr("content")).isEqualTo("5");
		assertThat(page.select("form[action=/admin/runs/" + running.getId() + "/cancel] input[name=_csrf]")).hasSize(1);
	}

	@Test
	void unknownRunIsNotFound() {
		assertThat(this.mvc.get().uri("/admin/runs/999999").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange())
			.hasStatus(404);
	}

	@Test
	void cancelIsRecordedForTheRunningProcess() {
		SyncRun running = TestListings.run(SyncRunStatus.RUNNING, Instant.now().minusSeconds(30), null);
		this.syncRuns.save(running);
		this.jdbc.update("insert into sync_lock (name, owner, lease_until, heartbeat_at) values (?, ?, ?, ?)",
				"sync:" + running.getFeedId(), "12345@worker/abcd", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1),
				OffsetDateTime.now(ZoneOffset.UTC));

		MvcTestResult result = cancel(running.getId());

		assertThat(result).hasRedirectedUrl("/admin/runs/" + running.getId());
		assertThat(result).flash().containsEntry("message", "admin.cancel.CANCELLING");
		assertThat(this.jdbc.queryForObject("select cancel_requested_by from sync_run where id = ?", String.class,
				running.getId())).isEqualTo("admin");
		assertThat(this.jdbc.queryForObject("select owner from sync_lock where name = ?", String.class,
				"sync:" + running.getFeedId())).as("the running process keeps its lock").isEqualTo("12345@worker/abcd");
		Document page = page("/admin/runs/" + running.getId());
		assertThat(page.select(".cancel-button")).isEmpty();
		assertThat(page.select("p.alert").text()).startsWith("The run is being cancelled.");
		assertThat(this.jdbc.queryForList("select detail from audit_log where action = 'run.cancelled'", String.class))
			.containsExactly("Run " + running.getId() + ": CANCELLING");
	}

	@Test
	void cancelledRunIsListedAsCancelled() {
		this.syncRuns.save(TestListings.run(SyncRunStatus.CANCELLED, Instant.now().minusSeconds(30), Instant.now()));

		assertThat(page("/admin/runs?status=CANCELLED").select(".runs-table tbody tr .run-status").eachText())
			.containsExactly("Cancelled");
	}

	@Test
	void cancelClosesARunThatNoProcessRunsAnyMore() {
		SyncRun orphan = TestListings.run(SyncRunStatus.RUNNING, Instant.now().minusSeconds(600), null);
		this.syncRuns.save(orphan);

		assertThat(cancel(orphan.getId())).flash().containsEntry("message", "admin.cancel.CLOSED");
		SyncRun closed = this.syncRuns.findById(orphan.getId()).orElseThrow();
		assertThat(closed.getStatus()).isEqualTo(SyncRunStatus.FAILED);
		assertThat(closed.getFinishedAt()).isNotNull();
		assertThat(closed.getErrorSummary()).startsWith("Closed by admin");

		assertThat(cancel(orphan.getId())).flash().containsEntry("message", "admin.cancel.NOT_RUNNING");
	}

	private MvcTestResult cancel(long runId) {
		return this.mvc.post()
			.uri("/admin/runs/" + runId + "/cancel")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();
	}

	private SyncRun save(SyncRunStatus status, SyncRunMode mode, String startedAt) {
		Instant started = Instant.parse(startedAt);
		SyncRun run = TestListings.run(status, started, started.plusSeconds(60));
		run.setMode(mode);
		return this.syncRuns.save(run);
	}

	private void insertError(long runId, String listingKey, Integer replyCode, String message) {
		this.jdbc.update("insert into sync_run_error (run_id, listing_key, reply_code, message, occurred_at)"
				+ " values (?, ?, ?, ?, ?)", runId, listingKey, replyCode, message, OffsetDateTime.now(ZoneOffset.UTC));
	}

	private java.util.List<Long> runIds(String uri) {
		return page(uri).select(".runs-table tbody tr td:first-child a")
			.eachAttr("href")
			.stream()
			.map((href) -> Long.valueOf(href.substring(href.lastIndexOf('/') + 1)))
			.toList();
	}

	private Document page(String uri) {
		return HtmlPages.parse(this.mvc.get().uri(uri).with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(), 200);
	}

}
