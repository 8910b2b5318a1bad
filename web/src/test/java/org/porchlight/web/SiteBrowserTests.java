package org.porchlight.web;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhotoRepository;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.SyncRunRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the whole product in a real browser: a RETS sandbox on loopback, the application with its sync on start-up,
 * and headless Chromium searching, opening a listing, paging through its gallery and signing in to the admin area.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.datasource.url=jdbc:h2:mem:browser-tests;DB_CLOSE_DELAY=-1",
				"porchlight.sync.enabled=true", "porchlight.sync.run-on-startup=true",
				"porchlight.sync.mapping.ListOfficeName=listing_office_name",
				"porchlight.sync.mapping.ListOfficePhone=listing_office_phone",
				"porchlight.sync.mapping.ListAgentFullName=listing_member_name",
				"porchlight.sync.mapping.YearBuilt=LIST_53", "porchlight.sync.mapping.Latitude=LIST_46",
				"porchlight.sync.mapping.Longitude=LIST_47", "porchlight.admin.username=admin",
				"porchlight.admin.password=browser-test-password", "porchlight.site.time-zone=UTC",
				"porchlight.site.map-tile-url=/test-tiles/{z}/{x}/{y}.png" })
@DirtiesContext
class SiteBrowserTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static BrowserTestSandbox sandbox;

	@LocalServerPort
	private int port;

	@Autowired
	private SyncRunRepository syncRuns;

	@Autowired
	private ListingRepository listings;

	@Autowired
	private ListingPhotoRepository photos;

	private HeadlessChromium chromium;

	private WebDriver browser;

	@DynamicPropertySource
	static void sandboxProperties(DynamicPropertyRegistry registry) throws IOException {
		sandbox = BrowserTestSandbox.start(registry, "browser", 40, 7L);
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
		this.chromium = BrowserTestSandbox.startChromiumAfterFirstSync(this.syncRuns);
		this.browser = this.chromium.driver();
	}

	@AfterEach
	void stopBrowser() throws IOException {
		if (this.chromium != null) {
			this.chromium.close();
		}
	}

	@Test
	void searchOpenListingAndPageThroughGallery() {
		Listing target = visibleListingWithPhotos();
		String city = target.getCity();

		this.browser.get(url("/"));
		WebElement location = this.browser.findElement(By.id("q"));
		location.sendKeys(city.substring(0, 3));
		wait((driver) -> driver.findElements(By.cssSelector("#q-suggestions option"))
			.stream()
			.anyMatch((option) -> city.equals(option.getAttribute("value"))));
		location.clear();
		location.sendKeys(city);
		this.browser.findElement(By.cssSelector(".filter-form button[type=submit]")).click();

		wait(ExpectedConditions.urlContains("q="));
		List<WebElement> titles = this.browser.findElements(By.cssSelector(".card-title a"));
		assertThat(titles).isNotEmpty();
		assertThat(titles).allSatisfy((title) -> assertThat(title.getText()).contains(city));
		assertThat(this.browser.findElements(By.cssSelector(".card .attribution")))
			.allSatisfy((attribution) -> assertThat(attribution.getText()).startsWith("Listed by "));
		assertDisclaimerAndLastUpdate();

		WebElement card = firstCardWithPhotos(titles);
		String key = card.getAttribute("data-listing-key");
		int photoCount = this.photos.findByListingIdOrderBySequenceNumber(
				this.listings.findByFeedIdAndListingKey("default", key).orElseThrow().getId()).size();
		card.click();

		wait(ExpectedConditions.urlContains("/listings/" + key));
		WebElement counter = this.browser.findElement(By.cssSelector("[data-gallery-counter]"));
		WebElement image = this.browser.findElement(By.cssSelector("[data-gallery-image]"));
		assertThat(counter.getText()).isEqualTo("Photo 1 of " + photoCount);
		assertThat(isLoaded(image)).as("first photo is loaded").isTrue();
		String firstSource = image.getAttribute("src");

		this.browser.findElement(By.cssSelector("[data-gallery-next]")).click();
		wait(ExpectedConditions.textToBe(By.cssSelector("[data-gallery-counter]"), "Photo 2 of " + photoCount));
		assertThat(image.getAttribute("src")).isNotEqualTo(firstSource);
		wait((driver) -> isLoaded(image));
		assertThat(this.browser.getCurrentUrl()).contains("photo=2");

		this.browser.findElement(By.tagName("body")).sendKeys(Keys.ARROW_LEFT);
		wait(ExpectedConditions.textToBe(By.cssSelector("[data-gallery-counter]"), "Photo 1 of " + photoCount));
		assertThat(image.getAttribute("src")).isEqualTo(firstSource);

		WebElement opener = this.browser.findElement(By.cssSelector(".gallery-fullscreen"));
		opener.click();
		WebElement lightbox = this.browser.findElement(By.cssSelector("dialog.lightbox"));
		wait((driver) -> lightbox.getAttribute("open") != null);
		assertThat(this.browser.switchTo().activeElement().getAttribute("class")).isEqualTo("lightbox-close");
		this.browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		wait(ExpectedConditions.textToBe(By.cssSelector(".lightbox-counter"), "Photo 2 of " + photoCount));
		WebElement large = this.browser.findElement(By.cssSelector(".lightbox-image"));
		wait((driver) -> isLoaded(large));
		this.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		wait((driver) -> lightbox.getAttribute("open") == null);
		assertThat(this.browser.switchTo().activeElement().getAttribute("class")).isEqualTo("gallery-fullscreen");
		assertThat(counter.getText()).isEqualTo("Photo 2 of " + photoCount);

		assertThat(this.browser.findElement(By.cssSelector(".attribution-office")).getText()).startsWith("Listed by ");
		assertDisclaimerAndLastUpdate();
	}

	@Test
	void mapShowsPinsAndSearchesVisibleArea() {
		this.browser.get(url("/"));
		wait((driver) -> !driver.findElements(By.cssSelector("#results-map .leaflet-marker-icon")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector("#results-map .leaflet-marker-icon")))
			.allSatisfy((pin) -> assertThat(pin.getAttribute("alt")).isNotBlank());

		this.browser.findElement(By.cssSelector(".leaflet-control-zoom-in")).click();
		WebElement searchArea = this.browser.findElement(By.cssSelector(".map-search-area"));
		wait((driver) -> searchArea.isDisplayed());
		searchArea.click();

		wait(ExpectedConditions.urlContains("north="));
		assertThat(this.browser.getCurrentUrl()).contains("south=", "west=", "east=");
		assertThat(this.browser.findElement(By.cssSelector(".map-area-note")).getText())
			.startsWith("Showing only homes in the map area.");
	}

	@Test
	void galleryWorksWithoutScript() {
		Listing target = visibleListingWithPhotos();

		this.browser.get(url("/listings/" + target.getListingKey() + "?photo=2"));
		assertThat(this.browser.findElement(By.cssSelector("[data-gallery-counter]")).getText()).startsWith("Photo 2 of ");
	}

	@Test
	void adminSignsInAndSeesSyncRun() {
		this.browser.get(url("/admin"));
		wait(ExpectedConditions.urlContains("/admin/login"));
		this.browser.findElement(By.id("username")).sendKeys("admin");
		this.browser.findElement(By.id("password")).sendKeys("browser-test-password");
		this.browser.findElement(By.cssSelector(".login-form button[type=submit]")).click();

		wait(ExpectedConditions.presenceOfElementLocated(By.cssSelector(".runs-table")));
		List<String> statuses = this.browser.findElements(By.cssSelector(".runs-table .run-status"))
			.stream()
			.map(WebElement::getText)
			.toList();
		assertThat(statuses).contains("Succeeded");
		assertThat(this.browser.findElement(By.cssSelector(".runs-table tbody tr")).getText()).contains("schedule");
	}

	@Test
	void unknownPageIsNotFoundWithSiteLayout() throws IOException, InterruptedException {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create(url("/no/such/page"))).header("Accept", "text/html").build(),
					HttpResponse.BodyHandlers.ofString());
		assertThat(response.statusCode()).isEqualTo(404);
		assertThat(response.body()).contains("Page not found").contains("class=\"site-name\"");
	}

	private Listing visibleListingWithPhotos() {
		return this.listings.findAll()
			.stream()
			.filter(Listing::isVisible)
			.filter((listing) -> this.photos.findByListingIdOrderBySequenceNumber(listing.getId()).size() >= 2)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The sync stored no visible listing with two or more photos"));
	}

	private WebElement firstCardWithPhotos(List<WebElement> titles) {
		for (WebElement title : titles) {
			String key = title.getAttribute("data-listing-key");
			Listing listing = this.listings.findByFeedIdAndListingKey("default", key).orElseThrow();
			if (this.photos.findByListingIdOrderBySequenceNumber(listing.getId()).size() >= 2) {
				return title;
			}
		}
		throw new AssertionError("No result on the first page has two or more photos");
	}

	private void assertDisclaimerAndLastUpdate() {
		assertThat(this.browser.findElement(By.cssSelector(".disclaimer-text")).getText())
			.contains("deemed reliable but is not guaranteed");
		assertThat(this.browser.findElement(By.cssSelector(".last-updated")).getText())
			.startsWith("Listing data last updated ");
	}

	private boolean isLoaded(WebElement image) {
		Object loaded = ((JavascriptExecutor) this.browser)
			.executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0;", image);
		return Boolean.TRUE.equals(loaded);
	}

	private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(this.browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
