package org.porchlight.web.listing;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.OpenHouse;
import org.porchlight.sync.store.OpenHouseRepository;
import org.porchlight.sync.store.SyncRunRepository;
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

/**
 * Runs the open houses from a RETS sandbox through the sync into headless Chromium: the search filter, the listing
 * page's open houses and Leaflet map (a pin, or an area when the address is withheld), and the print layout.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1",
				"spring.datasource.url=jdbc:h2:mem:listing-browser-tests;DB_CLOSE_DELAY=-1",
				"porchlight.sync.enabled=true", "porchlight.sync.run-on-startup=true",
				"porchlight.sync.mapping.Latitude=LIST_46", "porchlight.sync.mapping.Longitude=LIST_47",
				"porchlight.site.time-zone=UTC", "porchlight.site.map-tile-url=/test-tiles/{z}/{x}/{y}.png" })
@DirtiesContext
class ListingPageBrowserTests {

	private static final Duration WAIT = Duration.ofSeconds(20);

	private static BrowserTestSandbox sandbox;

	@LocalServerPort
	private int port;

	@Autowired
	private SyncRunRepository syncRuns;

	@Autowired
	private ListingRepository listings;

	@Autowired
	private OpenHouseRepository openHouses;

	private HeadlessChromium chromium;

	private WebDriver browser;

	@DynamicPropertySource
	static void sandboxProperties(DynamicPropertyRegistry registry) throws IOException {
		sandbox = BrowserTestSandbox.start(registry, "browser", 60, 11L);
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
	void filterFindsListingsWithOpenHouses() {
		this.browser.get(url("/"));
		this.browser.findElement(By.cssSelector(".more-filters summary")).click();
		new Select(this.browser.findElement(By.id("openHouse"))).selectByValue("upcoming");
		this.browser.findElement(By.cssSelector(".filter-form button[type=submit]")).click();
		wait((driver) -> driver.getCurrentUrl().contains("openHouse=upcoming"));

		List<WebElement> cards = this.browser.findElements(By.cssSelector(".cards .card"));
		assertThat(cards).isNotEmpty();
		assertThat(cards).allSatisfy((card) -> assertThat(card.findElements(By.cssSelector(".card-open-house")))
			.hasSize(1));
	}

	@Test
	void listingPageShowsOpenHousesAndPin() {
		Listing listing = listingWithOpenHouse();

		this.browser.get(url("/listings/" + listing.getListingKey()));

		List<OpenHouse> upcoming = this.openHouses.findByFeedIdAndListingKeyAndVisibleUntilAfterOrderByStartTime(
				"default", listing.getListingKey(), Instant.now());
		assertThat(this.browser.findElements(By.cssSelector(".open-houses li"))).hasSize(upcoming.size());
		wait((driver) -> !driver.findElements(By.cssSelector("#listing-map .leaflet-marker-icon")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector("#listing-map path.leaflet-interactive"))).isEmpty();
		assertImageLoaded("#listing-map img.leaflet-marker-icon");
		assertImageLoaded("#listing-map img.leaflet-marker-shadow");
	}

	private void assertImageLoaded(String selector) {
		WebElement image = this.browser.findElement(By.cssSelector(selector));
		wait((driver) -> Boolean.TRUE.equals(((JavascriptExecutor) driver).executeScript(
				"return arguments[0].complete;", image)));
		Object width = ((JavascriptExecutor) this.browser).executeScript("return arguments[0].naturalWidth;", image);
		assertThat(((Number) width).intValue()).as("natural width of %s from %s", selector, image.getAttribute("src"))
			.isPositive();
	}

	@Test
	void withheldAddressShowsAreaWithoutPin() {
		// Another listing than the other tests use, because this test withholds its address.
		Listing listing = listingsWithOpenHouses().get(1);
		listing.setAddressHidden(true);
		this.listings.save(listing);

		this.browser.get(url("/listings/" + listing.getListingKey()));

		wait((driver) -> !driver.findElements(By.cssSelector("#listing-map path.leaflet-interactive")).isEmpty());
		assertThat(this.browser.findElements(By.cssSelector("#listing-map .leaflet-marker-icon"))).isEmpty();
		assertThat(this.browser.getPageSource()).doesNotContain(listing.getLatitude().toPlainString());
	}

	@Test
	void printLayoutLeavesOutMapAndNavigation() {
		Listing listing = listingWithOpenHouse();
		this.browser.get(url("/listings/" + listing.getListingKey()));
		wait((driver) -> !driver.findElements(By.cssSelector("#listing-map .leaflet-marker-icon")).isEmpty());

		((ChromeDriver) this.browser).executeCdpCommand("Emulation.setEmulatedMedia", Map.of("media", "print"));

		assertThat(this.browser.findElement(By.cssSelector(".listing-map")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector(".site-header")).isDisplayed()).isFalse();
		assertThat(this.browser.findElement(By.cssSelector(".open-houses")).isDisplayed()).isTrue();
		assertThat(this.browser.findElement(By.cssSelector(".public-facts")).isDisplayed()).isTrue();
		WebElement photo = this.browser.findElement(By.cssSelector(".gallery-image"));
		// 3 inches at the CSS 96 pixels per inch.
		assertThat(photo.getSize().getHeight()).isLessThanOrEqualTo(288);
	}

	private Listing listingWithOpenHouse() {
		return listingsWithOpenHouses().get(0);
	}

	private List<Listing> listingsWithOpenHouses() {
		List<Listing> found = this.listings.findAll()
			.stream()
			.filter(Listing::isVisible)
			.filter((listing) -> listing.getLatitude() != null && listing.getLongitude() != null)
			.filter((listing) -> !this.openHouses
				.findByFeedIdAndListingKeyAndVisibleUntilAfterOrderByStartTime("default", listing.getListingKey(),
						Instant.now())
				.isEmpty())
			.toList();
		assertThat(found).as("visible located listings with an open house").hasSizeGreaterThan(1);
		return found;
	}

	private <T> T wait(org.openqa.selenium.support.ui.ExpectedCondition<T> condition) {
		return new WebDriverWait(this.browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
