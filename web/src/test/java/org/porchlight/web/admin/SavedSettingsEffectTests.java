package org.porchlight.web.admin;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Base64;
import java.util.Comparator;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsException;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.settings.SettingsCipher;
import org.porchlight.sync.store.ListingPhotoRepository;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Saves each kind of setting through the settings page and shows its effect. The next sync run logs in to a sandbox
 * with the saved credentials instead of the configured ones. A saved mapping override fills a stored field. The saved
 * compliance texts replace the configured ones on the search and listing pages.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:saved-settings-tests;DB_CLOSE_DELAY=-1",
		"porchlight.sync.enabled=false", "porchlight.admin.username=admin",
		"porchlight.admin.password=settings-test-password", "porchlight.site.time-zone=UTC",
		"porchlight.site.brokerage-name=Configured Realty", "porchlight.site.disclaimer=Configured disclaimer.",
		"porchlight.site.mls-logo-url=/images/configured-logo.png" })
@AutoConfigureMockMvc
@DirtiesContext
class SavedSettingsEffectTests {

	private static final String SAVED_USER = "saved-user";

	private static final String SAVED_PASSWORD = "saved-secret";

	private static RetsSandbox sandbox;

	private static Path photoDirectory;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SyncLauncher launcher;

	@Autowired
	private SyncRunRepository syncRuns;

	@Autowired
	private ListingRepository listings;

	@Autowired
	private ListingPhotoRepository photos;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void sandboxProperties(DynamicPropertyRegistry registry) throws Exception {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username(SAVED_USER)
			.password(SAVED_PASSWORD)
			.listingCount(8)
			.seed(9L)
			.build());
		photoDirectory = Files.createTempDirectory("porchlight-saved-settings-photos");
		registry.add("porchlight.rets.login-url", () -> sandbox.loginUrl().toString());
		registry.add("porchlight.rets.username", () -> "configured-user");
		registry.add("porchlight.rets.password", () -> "configured-password");
		registry.add("porchlight.sync.photo-directory", photoDirectory::toString);
	}

	@AfterAll
	static void stopSandbox() throws Exception {
		if (sandbox != null) {
			sandbox.close();
		}
		if (photoDirectory != null) {
			FileSystemUtils.deleteRecursively(photoDirectory);
		}
	}

	@BeforeEach
	void setKey() {
		System.setProperty(SettingsCipher.KEY_VARIABLE, Base64.getEncoder().encodeToString(new byte[32]));
	}

	@AfterEach
	void clear() {
		System.clearProperty(SettingsCipher.KEY_VARIABLE);
		this.jdbc.update("delete from admin_setting");
		this.photos.deleteAllInBatch();
		this.listings.deleteAllInBatch();
		this.jdbc.update("delete from sync_feed_state");
	}

	@Test
	void savedCredentialsAreUsedByNextRun() {
		SyncRun configured = runAndWait();
		assertThat(configured.getStatus()).as("run with the configured credentials").isEqualTo(SyncRunStatus.FAILED);

		saveConnection(SAVED_USER, SAVED_PASSWORD);
		SyncRun saved = runAndWait();
		assertThat(saved.getStatus()).as("run with the saved credentials").isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(saved.getListingsInserted()).isEqualTo(sandbox.listings().activeKeys().size());

		saveConnection(SAVED_USER, "wrong-password");
		SyncRun wrong = runAndWait();
		assertThat(wrong.getStatus()).isEqualTo(SyncRunStatus.FAILED);
		assertThat(wrong.getErrorSummary()).isEqualTo("Run failed: " + loginError(SAVED_USER, "wrong-password"));

		System.clearProperty(SettingsCipher.KEY_VARIABLE);
		SyncRun withoutKey = runAndWait();
		assertThat(withoutKey.getStatus()).as("run whose saved password cannot be decrypted")
			.isEqualTo(SyncRunStatus.FAILED);
		assertThat(withoutKey.getErrorSummary()).contains(SettingsCipher.KEY_VARIABLE + " is not set");
	}

	@Test
	void savedMappingOverrideFillsStoredField() {
		saveConnection(SAVED_USER, SAVED_PASSWORD);
		assertThat(runAndWait().getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(yearBuiltCount()).as("listings with a year built, without the override").isZero();

		assertThat(post("/admin/settings/mapping", "field", "YearBuilt", "systemName", "LIST_53")).flash()
			.containsEntry("message", "admin.settings.saved");
		SyncRun mapped = runAndWait();

		assertThat(mapped.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(yearBuiltCount()).as("listings with a year built, with the override").isPositive();
	}

	@Test
	void savedComplianceTextsReplaceConfiguredOnes() {
		this.listings.save(TestListings.listing("L1"));
		String[] paths = { "/", "/listings/L1/12-maple-ave-springfield", "/embed/search",
				"/embed/listings/L1/12-maple-ave-springfield" };
		for (String path : paths) {
			Document page = HtmlPages.parse(this.mvc.get().uri(path).exchange(), 200);
			assertThat(page.select(".disclaimer-text").text()).as(path).isEqualTo("Configured disclaimer.");
		}

		assertThat(post("/admin/settings/compliance", "disclaimer", "Saved MLS disclaimer.", "brokerage",
				"Saved Brokerage", "logoUrl", "https://cdn.example.com/saved-logo.png"))
			.flash()
			.containsEntry("message", "admin.settings.saved");

		for (String path : paths) {
			Document page = HtmlPages.parse(this.mvc.get().uri(path).exchange(), 200);
			assertThat(page.select(".disclaimer-text").text()).as(path).isEqualTo("Saved MLS disclaimer.");
			assertThat(page.select(".site-brokerage").text()).as(path).contains("Saved Brokerage")
				.doesNotContain("Configured Realty");
			assertThat(page.select(".disclaimer-logo").attr("src")).as(path)
				.isEqualTo("https://cdn.example.com/saved-logo.png");
		}
	}

	private void saveConnection(String username, String password) {
		assertThat(post("/admin/settings/connection", "loginUrl", sandbox.loginUrl().toString(), "username", username,
				"password", password))
			.flash()
			.containsEntry("message", "admin.settings.saved");
	}

	/** Requests a full run of the first feed through the admin page and returns its record once it ended. */
	private SyncRun runAndWait() {
		long before = this.syncRuns.count();
		assertThat(post("/admin/runs", "feed", "default", "mode", "FULL")).flash()
			.containsEntry("message", "admin.sync.started");
		await("the run to end").atMost(Duration.ofSeconds(60))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> !this.launcher.isRunning() && this.syncRuns.count() > before);
		return this.syncRuns.findAll().stream().max(Comparator.comparing(SyncRun::getId)).orElseThrow();
	}

	/** Returns the message with which a login to the sandbox fails, as the RETS client reports it. */
	private static String loginError(String username, String password) {
		try (RetsClient client = RetsClient.create(RetsClientConfig.builder()
			.loginUrl(sandbox.loginUrl().toString())
			.username(username)
			.password(password)
			.userAgent("Porchlight/1.0")
			.build())) {
			RetsException failure = catchThrowableOfType(RetsException.class, client::login);
			assertThat(failure).as("login with a wrong password").isNotNull();
			return failure.getMessage();
		}
	}

	private int yearBuiltCount() {
		return this.jdbc.queryForObject("select count(*) from listing where year_built is not null", Integer.class);
	}

	private MvcTestResult post(String uri, String... parameters) {
		var request = this.mvc.post().uri(uri).with(user("admin").roles("ADMIN")).with(csrf());
		for (int i = 0; i < parameters.length; i += 2) {
			request = request.param(parameters[i], parameters[i + 1]);
		}
		return request.exchange();
	}

}
