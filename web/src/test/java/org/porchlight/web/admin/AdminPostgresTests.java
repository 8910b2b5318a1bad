package org.porchlight.web.admin;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.sync.settings.SettingsCipher;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.PostgresTestDatabase;
import org.porchlight.web.TestListings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Runs the admin area's own migration and SQL on PostgreSQL, the production store: the first admin, sign-in, the
 * home page's counts, the run filter, stopping a run, the explainer, the audit log and encrypted settings.
 */
@ExtendWith({ PostgresTestDatabase.class, SpringExtension.class })
@SpringBootTest(properties = { "porchlight.sync.enabled=false", "porchlight.site.time-zone=UTC",
		"porchlight.admin.username=pgadmin", "porchlight.admin.password=pg-admin-password" })
@AutoConfigureMockMvc
@DirtiesContext
class AdminPostgresTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private ListingRepository listings;

	@Autowired
	private SyncRunRepository syncRuns;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

	@AfterEach
	void clearKey() {
		System.clearProperty(SettingsCipher.KEY_VARIABLE);
	}

	@Test
	void firstAdminSignsIn() {
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", "pgadmin")
			.param("password", "pg-admin-password")
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/admin");
	}

	@Test
	void pagesReadTheStoreOnPostgres() {
		Listing shown = TestListings.listing("P1");
		TestListings.addPhoto(shown, 1);
		Listing hidden = TestListings.listing("P2");
		hidden.setVisible(false);
		hidden.setStandardStatus("Closed");
		this.listings.save(shown);
		this.listings.save(hidden);
		Instant started = Instant.parse("2026-03-02T10:00:00Z");
		SyncRun failed = TestListings.run(SyncRunStatus.FAILED, started, started.plusSeconds(5));
		failed.setMode(SyncRunMode.INCREMENTAL);
		this.syncRuns.save(failed);
		this.jdbc.update("insert into sync_run_error (run_id, listing_key, reply_code, message, occurred_at)"
				+ " values (?, ?, ?, ?, ?)", failed.getId(), "P2", 20036, "Listing P2: bad value",
				OffsetDateTime.now(ZoneOffset.UTC));

		assertThat(page("/admin").select(".listing-counts").text()).isEqualTo("1 public, 1 hidden, 2 in total");
		assertThat(page("/admin/runs?status=FAILED&mode=INCREMENTAL&from=2026-03-02&to=2026-03-02")
			.select(".runs-table tbody tr")).hasSize(1);
		assertThat(page("/admin/runs/" + failed.getId()).select(".errors-table tbody tr").text()).contains("20036");
		Document explained = page("/admin/explain?q=mls-p2");
		assertThat(explained.select(".finding-problem").text()).startsWith("It is hidden because its status is");
		assertThat(explained.select(".listing-errors li").text()).contains("Listing P2: bad value");
	}

	@Test
	void actionsAreAuditedAndRunsStoppedOnPostgres() {
		SyncRun orphan = this.syncRuns.save(TestListings.run(SyncRunStatus.RUNNING, Instant.now(), null));
		this.jdbc.update("insert into sync_lock (name, owner, lease_until, heartbeat_at) values (?, ?, ?, ?)",
				"sync:" + orphan.getFeedId(), "worker", OffsetDateTime.now(ZoneOffset.UTC).plusMinutes(1), OffsetDateTime.now(ZoneOffset.UTC));

		assertThat(post("/admin/runs/" + orphan.getId() + "/cancel")).flash()
			.containsEntry("message", "admin.cancel.CANCELLING");
		post("/admin/feeds/default/pause");
		post("/admin/feeds/default/resume");

		assertThat(page("/admin/audit").select(".audit-table tbody tr td:nth-child(3)").eachText())
			.containsSubsequence("Schedule resumed", "Schedule paused", "Run cancel requested");
		this.jdbc.update("delete from sync_lock");
	}

	@Test
	void settingsAreStoredEncryptedOnPostgres() {
		System.setProperty(SettingsCipher.KEY_VARIABLE, Base64.getEncoder().encodeToString(new byte[16]));

		assertThat(this.mvc.post()
			.uri("/admin/settings/connection")
			.param("loginUrl", "http://127.0.0.1:9/rets/login")
			.param("username", "pg")
			.param("password", "pg-rets-secret")
			.with(user("pgadmin").roles("ADMIN"))
			.with(csrf())
			.exchange()).flash().containsEntry("message", "admin.settings.saved");
		assertThat(this.jdbc.queryForObject("select setting_value from admin_setting where name = 'connection.password'",
				String.class)).doesNotContain("pg-rets-secret");
		assertThat(page("/admin/settings").select("input[name=loginUrl]").val()).isEqualTo("http://127.0.0.1:9/rets/login");
	}

	private org.springframework.test.web.servlet.assertj.MvcTestResult post(String uri) {
		return this.mvc.post().uri(uri).with(user("pgadmin").roles("ADMIN")).with(csrf()).exchange();
	}

	private Document page(String uri) {
		return HtmlPages.parse(this.mvc.get().uri(uri).with(user("pgadmin").roles("ADMIN")).exchange(), 200);
	}

}
