package org.porchlight.web.admin;

import java.time.Duration;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
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
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.doReturn;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Tests the admin home page, sign-in, and the actions that start runs and pause the schedule. */
class AdminTests extends WebTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void clearAdminTables() {
		this.jdbc.update("delete from audit_log");
		this.jdbc.update("delete from sync_feed_state");
	}

	@Test
	void anonymousHomeRedirectsToLogin() {
		assertThat(this.mvc.get().uri("/admin").exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/admin/login");
	}

	@Test
	void loginPageHasCsrfToken() {
		Document page = HtmlPages.parse(this.mvc.get().uri("/admin/login").exchange(), 200);

		assertThat(page.select("form[action=/admin/login] input[name=_csrf]").attr("value")).isNotEmpty();
		assertThat(page.select("input[name=username]")).hasSize(1);
		assertThat(page.select("input[name=password][type=password]")).hasSize(1);
	}

	@Test
	void firstAdminIsStoredWithBcryptHash() {
		String hash = this.jdbc.queryForObject("select password_hash from admin_user where username = ?",
				String.class, ADMIN_USERNAME);

		assertThat(hash).startsWith("{bcrypt}$2").doesNotContain(ADMIN_PASSWORD);
	}

	@Test
	void loginWithConfiguredCredentialsOpensHome() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/login")
			.param("username", ADMIN_USERNAME)
			.param("password", ADMIN_PASSWORD)
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin");
		assertThat(this.jdbc.queryForObject("select last_sign_in_at from admin_user where username = ?", Object.class,
				ADMIN_USERNAME)).isNotNull();
	}

	@Test
	void loginWithWrongPasswordFails() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/login")
			.param("username", ADMIN_USERNAME)
			.param("password", "wrong")
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin/login?error");
	}

	@Test
	void loginWithoutCsrfIsForbidden() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/login")
			.param("username", ADMIN_USERNAME)
			.param("password", ADMIN_PASSWORD)
			.exchange();

		assertThat(result).hasStatus(403);
	}

	@Test
	void homeListsRecentRuns() {
		SyncRun succeeded = TestListings.run(SyncRunStatus.SUCCEEDED, Instant.parse("2026-03-01T10:00:00Z"),
				Instant.parse("2026-03-01T10:01:05Z"));
		succeeded.setListingsSeen(40);
		succeeded.setListingsInserted(38);
		succeeded.setPhotosFetched(120);
		SyncRun failed = TestListings.run(SyncRunStatus.FAILED, Instant.parse("2026-03-01T11:00:00Z"),
				Instant.parse("2026-03-01T11:00:02Z"));
		failed.setMode(SyncRunMode.INCREMENTAL);
		failed.setErrorCount(1);
		failed.setErrorSummary("Login failed: <b>401</b>");
		this.syncRuns.save(succeeded);
		this.syncRuns.save(failed);

		Document page = home();
		assertThat(page.select(".runs-table tbody tr")).hasSize(2);
		assertThat(page.select(".runs-table tbody tr").get(0).select("td").eachText()).containsSequence("default",
				"2 s", "Incremental", "Failed", "schedule");
		assertThat(page.select(".runs-table tbody tr").get(1).select("td").eachText()).containsSequence(
				"1 min 5 s", "Full", "Succeeded", "schedule", "40", "38");
		assertThat(page.select(".runs-table tbody tr a").get(0).attr("href")).isEqualTo("/admin/runs/" + failed.getId());
		assertThat(page.select(".feed-state").text()).isEqualTo("Failing");
		assertThat(page.select("form[action=/admin/runs] input[name=_csrf]")).hasSize(1);
		assertThat(page.select("form[action=/admin/runs] select[name=mode] option").eachAttr("value"))
			.containsExactly("INCREMENTAL", "FULL", "RECONCILE");
	}

	@Test
	void homeShowsCountsPhotosAndChartData() {
		Listing shown = TestListings.listing("K1");
		TestListings.addPhoto(shown, 1);
		TestListings.addPhoto(shown, 2);
		Listing hidden = TestListings.listing("K2");
		hidden.setVisible(false);
		this.listings.save(shown);
		this.listings.save(hidden);
		Instant finished = Instant.now().minus(Duration.ofMinutes(5));
		SyncRun run = TestListings.run(SyncRunStatus.SUCCEEDED, finished.minusSeconds(30), finished);
		run.setListingsSeen(2);
		this.syncRuns.save(run);

		Document page = home();
		assertThat(page.select(".listing-counts").text()).isEqualTo("1 public, 1 hidden, 2 in total");
		assertThat(page.select(".photo-counts").text()).isEqualTo("2 photos, 0.0 MB as fetched");
		assertThat(page.select(".photo-disk").text()).startsWith("The photo files of all feeds take ")
			.endsWith(" MB on disk.");
		assertThat(page.select(".feed-state").text()).isEqualTo("Idle");
		assertThat(page.select(".next-run").text()).as("the schedule is off in these tests")
			.isEqualTo("none in this process");
		assertThat(page.select(".freshness-warning")).isEmpty();
		assertThat(page.select(".run-chart .chart").attr("data-runs"))
			.isEqualTo("{\"time\":[" + finished.minusSeconds(30).getEpochSecond()
					+ "],\"duration\":[30],\"seen\":[2],\"errors\":[0]}");
		assertThat(page.select("script[src=/webjars/uplot/1.6.30/dist/uPlot.iife.min.js]")).hasSize(1);
		assertThat(this.mvc.get().uri("/webjars/uplot/1.6.30/dist/uPlot.iife.min.js").exchange()).hasStatusOk();
	}

	@Test
	void homeWarnsAtThreeQuartersOfTheFreshnessLimitAndAlertsBeyondIt() {
		Document neverSynced = home();
		assertThat(neverSynced.select(".freshness-warning.alert-error").text()).contains("older than the limit of 12 h");

		Instant tenHoursAgo = Instant.now().minus(Duration.ofHours(10));
		this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, tenHoursAgo.minusSeconds(60), tenHoursAgo));
		Document old = home();
		assertThat(old.select(".freshness-warning.alert-warning").text()).contains("close to the limit of 12 h");
		assertThat(old.select(".last-success").text()).contains("(10 h 0 min ago)");

		this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, Instant.now().minusSeconds(120),
				Instant.now().minusSeconds(60)));
		assertThat(home().select(".freshness-warning")).isEmpty();
	}

	@Test
	void runNowWithoutCsrfIsForbidden() {
		MvcTestResult result = this.mvc.post().uri("/admin/runs").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange();

		assertThat(result).hasStatus(403);
		verify(this.syncLauncher, never()).requestRun(any(), any(), anyString());
	}

	@Test
	void runNowStartsRequestedModeAndIsAudited() {
		doReturn(true).when(this.syncLauncher).requestRun(null, SyncRunMode.RECONCILE, ADMIN_USERNAME);

		MvcTestResult result = this.mvc.post()
			.uri("/admin/runs")
			.param("mode", "RECONCILE")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin");
		assertThat(result).flash().containsEntry("message", "admin.sync.started");
		verify(this.syncLauncher).requestRun(null, SyncRunMode.RECONCILE, ADMIN_USERNAME);
		Document audit = HtmlPages
			.parse(this.mvc.get().uri("/admin/audit").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(), 200);
		assertThat(audit.select(".audit-table tbody tr").get(0).select("td").eachText()).containsSequence("admin",
				"Run requested", "RECONCILE run of every feed: started");
	}

	@Test
	void runNowOfOneFeed() {
		doReturn(true).when(this.syncLauncher).requestRun("default", SyncRunMode.FULL, ADMIN_USERNAME);

		MvcTestResult result = this.mvc.post()
			.uri("/admin/runs")
			.param("feed", "default")
			.param("mode", "FULL")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).flash().containsEntry("message", "admin.sync.started");
		verify(this.syncLauncher).requestRun("default", SyncRunMode.FULL, ADMIN_USERNAME);
		Document audit = HtmlPages
			.parse(this.mvc.get().uri("/admin/audit").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(), 200);
		assertThat(audit.select(".audit-table tbody tr").get(0).select("td").eachText()).containsSequence("admin",
				"Run requested", "default", "FULL run of feed default: started");
	}

	@Test
	void runNowOfUnknownFeedStartsNothing() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/runs")
			.param("feed", "north")
			.param("mode", "FULL")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).flash().containsEntry("message", "admin.sync.unknownFeed");
		verify(this.syncLauncher, never()).requestRun(any(), any(), anyString());
	}

	@Test
	void runNowFormOffersEachFeed() {
		Document home = HtmlPages.parse(this.mvc.get().uri("/admin").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(),
				200);

		assertThat(home.select("form.run-form select[name=feed] option").eachAttr("value")).containsExactly("",
				"default");
	}

	@Test
	void runNowReportsRunInProgress() {
		doReturn(false).when(this.syncLauncher).requestRun(null, SyncRunMode.FULL, ADMIN_USERNAME);
		doReturn(true).when(this.syncLauncher).isRunning();

		MvcTestResult result = this.mvc.post()
			.uri("/admin/runs")
			.param("mode", "FULL")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).flash().containsEntry("message", "admin.sync.alreadyRunning");
	}

	@Test
	void runNowWithoutRetsServerSaysNothingStarted() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/runs")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).flash().containsEntry("message", "admin.sync.notStarted");
		verify(this.syncLauncher).requestRun(null, SyncRunMode.INCREMENTAL, ADMIN_USERNAME);
	}

	@Test
	void pauseAndResumeTheScheduleAreStoredAndAudited() {
		assertThat(this.mvc.post()
			.uri("/admin/feeds/default/pause")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().flash().containsEntry("message", "admin.schedule.paused");
		assertThat(this.syncLauncher.isPaused("default")).isTrue();
		Document paused = home();
		assertThat(paused.select(".feed-state").text()).isEqualTo("Paused");
		assertThat(paused.select(".next-run").text()).isEqualTo("none, the schedule is paused");
		assertThat(paused.select("form[action=/admin/feeds/default/resume] button")).hasSize(1);

		this.mvc.post().uri("/admin/feeds/default/resume").with(user(ADMIN_USERNAME).roles("ADMIN")).with(csrf())
			.exchange();
		assertThat(this.syncLauncher.isPaused("default")).isFalse();
		assertThat(this.jdbc.queryForList("select action from audit_log order by id", String.class))
			.containsExactly("schedule.paused", "schedule.resumed");
	}

	@Test
	void pausingAnUnknownFeedIsNotFound() {
		assertThat(this.mvc.post()
			.uri("/admin/feeds/nope/pause")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange()).hasStatus(404);
	}

	@Test
	void flashMessageIsShownAfterRedirect() {
		Document page = HtmlPages.parse(this.mvc.get()
			.uri("/admin")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.flashAttr("message", "admin.sync.started")
			.exchange(), 200);

		assertThat(page.select("p[role=status]").text()).contains("Sync started.");
	}

	@Test
	void publicPagesNeedNoLoginAndKeepSecurityHeaders() {
		MvcTestResult result = this.mvc.get().uri("/").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result).headers()
			.hasValue("X-Content-Type-Options", "nosniff")
			.hasValue("X-Frame-Options", "DENY")
			.containsHeader("Cache-Control");
	}

	private Document home() {
		return HtmlPages.parse(this.mvc.get().uri("/admin").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(), 200);
	}

}
