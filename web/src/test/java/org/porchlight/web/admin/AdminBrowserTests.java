package org.porchlight.web.admin;

import java.io.IOException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.web.BrowserTestSandbox;
import org.porchlight.web.HeadlessChromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Runs the admin area in headless Chromium against a RETS sandbox on loopback: signing in, starting a full sync and
 * watching its page until it finishes, browsing the metadata explorer, and asking why a listing is or is not shown.
 * The browser is set up like the public site's browser tests.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1",
				"spring.datasource.url=jdbc:h2:mem:admin-browser-tests;DB_CLOSE_DELAY=-1",
				"porchlight.sync.enabled=true", "porchlight.sync.run-on-startup=true",
				"porchlight.admin.username=admin", "porchlight.admin.password=admin-browser-password",
				"porchlight.site.time-zone=UTC" })
@DirtiesContext
class AdminBrowserTests {

	private static final Duration WAIT = Duration.ofSeconds(30);

	private static BrowserTestSandbox sandbox;

	@LocalServerPort
	private int port;

	@Autowired
	private SyncRunRepository syncRuns;

	@Autowired
	private ListingRepository listings;

	private HeadlessChromium chromium;

	private WebDriver browser;

	@DynamicPropertySource
	static void sandboxProperties(DynamicPropertyRegistry registry) throws IOException {
		sandbox = BrowserTestSandbox.start(registry, "admin-browser", 30, 11L);
	}

	@BeforeAll
	static void requireChromium() {
		HeadlessChromium.requireInstalled();
	}

	@AfterAll
	static void stopSandbox() throws IOException {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@BeforeEach
	void startBrowser() throws IOException {
		await("first sync run to succeed").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> this.syncRuns.existsByStatus(SyncRunStatus.SUCCEEDED)
					&& this.syncRuns.findByStatus(SyncRunStatus.RUNNING).isEmpty());
		this.chromium = HeadlessChromium.start();
		this.browser = this.chromium.driver();
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void wrongPasswordIsRejected() {
		this.browser.get(url("/admin"));
		wait(ExpectedConditions.urlContains("/admin/login"));
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys("not-the-password");
		this.browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();

		wait(ExpectedConditions.urlContains("/admin/login?error"));
		assertThat(this.browser.findElement(By.cssSelector(".alert-error")).getText())
			.isEqualTo("Wrong user name or password.");
	}

	@Test
	void startFullSyncAndWatchItFinish() {
		signIn();
		assertThat(this.browser.findElement(By.cssSelector(".feed .listing-counts")).getText()).endsWith("in total");
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".run-chart .uplot")));
		assertThat(this.browser.findElement(By.cssSelector(".feed .next-run time")).getAttribute("datetime"))
			.isNotBlank();
		long before = this.syncRuns.count();

		new Select(this.browser.findElement(By.id("run-feed"))).selectByValue("default");
		new Select(this.browser.findElement(By.id("mode"))).selectByValue("FULL");
		this.browser.findElement(By.cssSelector(".run-form button[type=submit]")).click();
		wait(ExpectedConditions.textToBePresentInElementLocated(By.cssSelector(".admin-header .alert"), "Sync started."));

		SyncRun run = await("the requested run to be recorded").atMost(WAIT)
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.syncRuns.findTop20ByOrderByStartedAtDesc()
				.stream()
				.filter((candidate) -> "admin".equals(candidate.getRequestedBy()))
				.findFirst()
				.orElse(null), (candidate) -> candidate != null);
		assertThat(this.syncRuns.count()).isGreaterThan(before);
		this.browser.get(url("/admin/runs/" + run.getId()));
		wait(ExpectedConditions.textToBe(By.cssSelector(".run-status"), "Succeeded"));
		assertThat(this.browser.findElement(By.cssSelector("progress")).getAttribute("value")).isEqualTo("100");
		assertThat(Integer.parseInt(this.browser.findElement(By.cssSelector("[data-field=seen]")).getText()))
			.isPositive();
		assertThat(this.browser.findElement(By.cssSelector("h1")).getText()).startsWith("Run " + run.getId());

		this.browser.get(url("/admin/audit"));
		assertThat(this.browser.findElement(By.cssSelector(".audit-table tbody tr")).getText())
			.contains("admin", "Run requested", "FULL run of feed default: started");
	}

	@Test
	void explorerShowsFieldsProfileAndLookups() {
		signIn();
		this.browser.findElement(By.linkText("Metadata")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".resource")));
		this.browser.findElement(By.partialLinkText("Class A ")).click();

		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".fields-table")));
		assertThat(this.browser.findElement(By.cssSelector(".profile-key")).getText()).isEqualTo("LIST_1");
		assertThat(this.browser.findElement(By.cssSelector(".profile-status")).getText()).isEqualTo("LIST_15");
		assertThat(this.browser.findElement(By.cssSelector(".profile-active")).getText()).isNotBlank();

		this.browser.findElement(By.id("q")).sendKeys("ListPrice");
		this.browser.findElement(By.cssSelector(".field-search button")).click();
		wait(ExpectedConditions.urlContains("q=ListPrice"));
		List<String> found = this.browser.findElements(By.cssSelector(".fields-table .system-name"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(found).contains("LIST_22").doesNotContain("LIST_1", "LIST_15");

		this.browser.findElement(By.id("q")).clear();
		this.browser.findElement(By.id("q")).sendKeys("LIST_15");
		this.browser.findElement(By.cssSelector(".field-search button")).click();
		wait(ExpectedConditions.urlContains("q=LIST_15"));
		this.browser.findElement(By.cssSelector(".fields-table td a")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".lookup-table")));
		assertThat(this.browser.findElement(By.cssSelector(".lookup-table")).getText()).contains("Active", "Closed");
	}

	@Test
	void explainerAnswersForShownAndUnknownListings() {
		Listing shown = this.listings.findAll().stream().filter(Listing::isVisible).findFirst().orElseThrow();
		signIn();
		this.browser.findElement(By.linkText("Why not shown?")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.id("q")));
		this.browser.findElement(By.id("q")).sendKeys(shown.getListingId());
		this.browser.findElement(By.cssSelector(".explain-form button")).click();

		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".explanation")));
		assertThat(this.browser.findElement(By.cssSelector(".finding-ok")).getText())
			.isEqualTo("It is shown on the public site, at /listings/" + shown.getListingKey() + ".");

		this.browser.findElement(By.cssSelector(".explain-form .feed-button")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feed-check")));
		assertThat(this.browser.findElement(By.cssSelector(".feed-check")).getText())
			.contains("The server has it, with the status Active.");

		this.browser.findElement(By.id("q")).clear();
		this.browser.findElement(By.id("q")).sendKeys("NO-SUCH-LISTING");
		this.browser.findElement(By.cssSelector(".explain-form button")).click();
		wait(ExpectedConditions.urlContains("q=NO-SUCH-LISTING"));
		assertThat(this.browser.findElement(By.cssSelector(".finding-problem")).getText())
			.startsWith("No listing with the key or MLS number NO-SUCH-LISTING is in the store.");
	}

	private void signIn() {
		this.browser.get(url("/admin"));
		wait(ExpectedConditions.urlContains("/admin/login"));
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys("admin-browser-password");
		this.browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();
		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".feed")));
	}

	private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(this.browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
