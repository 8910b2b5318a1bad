package org.porchlight.web.admin;

import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/** Tests the admin area: login, the sync run list and the button that starts a sync. */
class AdminTests extends WebTestSupport {

	@Test
	void anonymousDashboardRedirectsToLogin() {
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
	void loginWithConfiguredCredentialsOpensDashboard() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/login")
			.param("username", ADMIN_USERNAME)
			.param("password", ADMIN_PASSWORD)
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin");
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
	void dashboardListsRecentRuns() {
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

		Document page = HtmlPages.parse(this.mvc.get().uri("/admin").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(),
				200);
		assertThat(page.select(".runs-table tbody tr")).hasSize(2);
		assertThat(page.select(".runs-table tbody tr").get(0).select("td").eachText()).containsSequence(
				"2 s", "Incremental", "Failed", "schedule");
		assertThat(page.select(".runs-table tbody tr").get(1).select("td").eachText()).containsSequence(
				"1 min 5 s", "Full", "Succeeded", "schedule", "40", "38");
		assertThat(page.select(".error-summary").text()).isEqualTo("Login failed: <b>401</b>");
		assertThat(page.select(".error-summary b")).isEmpty();
		assertThat(page.select("form[action=/admin/sync] input[name=_csrf]")).hasSize(1);
	}

	@Test
	void dashboardWarnsWhenDataIsStale() {
		Document neverSynced = HtmlPages
			.parse(this.mvc.get().uri("/admin").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(), 200);
		assertThat(neverSynced.select(".alert-warning").text()).contains("older than 10 hours");

		this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, Instant.now().minusSeconds(120),
				Instant.now().minusSeconds(60)));
		Document fresh = HtmlPages.parse(this.mvc.get().uri("/admin").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(),
				200);
		assertThat(fresh.select(".alert-warning")).isEmpty();
	}

	@Test
	void runSyncWithoutCsrfIsForbidden() {
		MvcTestResult result = this.mvc.post().uri("/admin/sync").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange();

		assertThat(result).hasStatus(403);
		verify(this.syncLauncher, never()).requestRun(any(), anyString());
	}

	@Test
	void runSyncStartsFullRunAndRedirects() {
		given(this.syncLauncher.requestRun(SyncRunMode.FULL, ADMIN_USERNAME)).willReturn(true);

		MvcTestResult result = this.mvc.post()
			.uri("/admin/sync")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).hasStatus3xxRedirection().hasRedirectedUrl("/admin");
		assertThat(result).flash().containsEntry("message", "admin.sync.started");
		verify(this.syncLauncher).requestRun(SyncRunMode.FULL, ADMIN_USERNAME);
	}

	@Test
	void runSyncReportsRunInProgress() {
		given(this.syncLauncher.requestRun(SyncRunMode.FULL, ADMIN_USERNAME)).willReturn(false);
		given(this.syncLauncher.isRunning()).willReturn(true);

		MvcTestResult result = this.mvc.post()
			.uri("/admin/sync")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).flash().containsEntry("message", "admin.sync.alreadyRunning");
	}

	@Test
	void runSyncWithoutRetsServerSaysNothingStarted() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/sync")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).flash().containsEntry("message", "admin.sync.notStarted");
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

}
