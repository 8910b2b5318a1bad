package org.porchlight.web.accessibility;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

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
import org.openqa.selenium.support.ui.ExpectedCondition;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhotoRepository;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.web.BrowserTestSandbox;
import org.porchlight.web.HeadlessChromium;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Checks the public pages against WCAG 2.1 A and AA with axe-core in headless Chromium, and operates the filter form
 * and the photo gallery from the keyboard alone. The listings come from a RETS sandbox on loopback through a real
 * sync, so the pages carry real photos. axe-core comes from npm into {@code web/accessibility/node_modules}, which
 * {@code mvn verify} fills with {@code npm ci}.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.datasource.url=jdbc:h2:mem:accessibility-tests;DB_CLOSE_DELAY=-1",
				"porchlight.sync.enabled=true", "porchlight.sync.run-on-startup=true",
				"porchlight.sync.mapping.ListOfficeName=listing_office_name",
				"porchlight.sync.mapping.ListOfficePhone=listing_office_phone",
				"porchlight.sync.mapping.YearBuilt=LIST_53", "porchlight.sync.mapping.Latitude=LIST_46",
				"porchlight.sync.mapping.Longitude=LIST_47",
				"porchlight.site.time-zone=UTC", "porchlight.site.brokerage-name=Prairie Realty",
				"porchlight.site.brokerage-phone=217 555 0100",
				"porchlight.site.map-tile-url=/test-tiles/{z}/{x}/{y}.png",
				"porchlight.site.map-attribution=Test tiles" })
@DirtiesContext
class AccessibilityBrowserTests {

	private static final Path AXE_SCRIPT = Path.of("accessibility/node_modules/axe-core/axe.min.js");

	private static final Duration WAIT = Duration.ofSeconds(20);

	/** Runs axe with the WCAG 2.0 and 2.1 level A and AA rules and returns each violation as id, help and targets. */
	private static final String RUN_AXE = """
			const done = arguments[arguments.length - 1];
			axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'] } })
			  .then((results) => done(results.violations.map((violation) => ({
			    id: violation.id,
			    help: violation.help,
			    targets: violation.nodes.map((node) => node.target.join(' '))
			  }))))
			  .catch((error) => done([{ id: 'axe-error', help: String(error), targets: [] }]));
			""";

	private static BrowserTestSandbox sandbox;

	private static String axeSource;

	@LocalServerPort
	private int port;

	@Autowired
	private SyncRunRepository syncRuns;

	@Autowired
	private ListingRepository listings;

	@Autowired
	private ListingPhotoRepository photos;

	@Autowired
	private JdbcTemplate jdbc;

	private HeadlessChromium chromium;

	private WebDriver browser;

	@DynamicPropertySource
	static void sandboxProperties(DynamicPropertyRegistry registry) throws IOException {
		sandbox = BrowserTestSandbox.start(registry, "axe", 30, 11L);
	}

	@BeforeAll
	static void requireChromiumAndAxe() throws IOException {
		HeadlessChromium.requireInstalled();
		assertThat(AXE_SCRIPT).as("axe-core at %s is required; run npm ci in web/accessibility (mvn verify does this)",
				AXE_SCRIPT.toAbsolutePath()).isReadable();
		axeSource = Files.readString(AXE_SCRIPT);
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
	void homePageHasNoViolations() {
		this.browser.get(url("/"));

		assertNoViolations("home page");
	}

	@Test
	void filteredSearchHasNoViolations() {
		Listing listing = visibleListingWithPhotos();

		this.browser.get(url("/?q=" + listing.getCity().replace(' ', '+') + "&beds=1&minYear=1900&sort=price-asc"));
		assertThat(this.browser.findElements(By.cssSelector(".card"))).isNotEmpty();

		assertNoViolations("search with filters");
	}

	@Test
	void mapViewHasNoViolations() {
		this.browser.get(url("/"));
		waitFor((driver) -> !driver.findElements(By.cssSelector("#results-map .leaflet-marker-icon")).isEmpty());

		assertNoViolations("map view");
	}

	@Test
	void listingPageHasNoViolations() {
		Listing listing = visibleListingWithPhotos();

		this.browser.get(url("/listings/" + listing.getListingKey()));
		assertThat(this.browser.findElements(By.cssSelector("[data-gallery-image]"))).hasSize(1);

		assertNoViolations("listing page");
	}

	@Test
	void openGalleryHasNoViolations() {
		Listing listing = visibleListingWithPhotos();
		this.browser.get(url("/listings/" + listing.getListingKey()));

		this.browser.findElement(By.cssSelector(".gallery-fullscreen")).click();
		WebElement lightbox = this.browser.findElement(By.cssSelector("dialog.lightbox"));
		waitFor((driver) -> lightbox.getAttribute("open") != null);

		assertNoViolations("open gallery");
	}

	@Test
	void embeddedSearchHasNoViolations() {
		this.browser.get(url("/embed/search?beds=1"));
		assertThat(this.browser.findElements(By.cssSelector(".card"))).isNotEmpty();

		assertNoViolations("embedded search");
	}

	@Test
	void photosHaveMeaningfulAltText() {
		Listing listing = visibleListingWithPhotos();
		this.browser.get(url("/listings/" + listing.getListingKey()));

		// Map tiles and marker shadows are decorative and rightly have an empty alt text.
		List<WebElement> images = this.browser
			.findElements(By.cssSelector("main img:not(.leaflet-tile, .leaflet-marker-shadow)"));
		assertThat(images).isNotEmpty();
		for (WebElement image : images) {
			String alt = image.getAttribute("alt");
			assertThat(alt).as("alt of %s", image.getAttribute("src")).isNotBlank();
			assertThat(alt).as("alt of %s", image.getAttribute("src")).doesNotMatch("(?i).*\\.(jpe?g|png|webp)$");
		}
		assertThat(this.browser.findElement(By.cssSelector("[data-gallery-image]")).getAttribute("alt"))
			.contains(listing.getCity());
	}

	@Test
	void withheldAddressNeverInAltText() {
		Listing listing = visibleListingWithPhotos();
		assertThat(listing.getStreetName()).isNotBlank();
		this.jdbc.update("update listing set address_hidden = true where id = ?", listing.getId());
		try {
			this.browser.get(url("/listings/" + listing.getListingKey()));
			List<String> alts = altTexts();
			this.browser.get(url("/?q=" + listing.getCity().replace(' ', '+')));
			alts.addAll(altTexts());

			assertThat(alts).isNotEmpty()
				.allSatisfy((alt) -> assertThat(alt).doesNotContainIgnoringCase(listing.getStreetName()));
		}
		finally {
			this.jdbc.update("update listing set address_hidden = false where id = ?", listing.getId());
		}
	}

	@Test
	void filterFormWorksFromKeyboard() {
		Listing listing = visibleListingWithPhotos();
		this.browser.get(url("/"));

		WebElement location = tabTo(By.id("q"));
		location.sendKeys(listing.getCity());
		WebElement beds = tabTo(By.id("beds"));
		beds.sendKeys(Keys.ARROW_DOWN);
		WebElement more = tabTo(By.cssSelector(".more-filters summary"));
		more.sendKeys(Keys.ENTER);
		WebElement minYear = tabTo(By.id("minYear"));
		minYear.sendKeys("1900");
		WebElement submit = tabTo(By.cssSelector(".filter-form button[type=submit]"));
		submit.sendKeys(Keys.ENTER);

		waitFor(ExpectedConditions.urlContains("q="));
		assertThat(this.browser.getCurrentUrl()).contains("beds=1", "minYear=1900");
		assertThat(this.browser.findElements(By.cssSelector(".card-title a")))
			.isNotEmpty()
			.allSatisfy((title) -> assertThat(title.getText()).contains(listing.getCity()));
	}

	@Test
	void galleryWorksFromKeyboard() {
		Listing listing = visibleListingWithPhotos();
		int photoCount = this.photos.findByListingIdOrderBySequenceNumber(listing.getId()).size();
		this.browser.get(url("/listings/" + listing.getListingKey()));
		By counter = By.cssSelector("[data-gallery-counter]");

		WebElement next = tabTo(By.cssSelector("[data-gallery-next]"));
		next.sendKeys(Keys.ENTER);
		waitFor(ExpectedConditions.textToBe(counter, "Photo 2 of " + photoCount));
		this.browser.switchTo().activeElement().sendKeys(Keys.ARROW_LEFT);
		waitFor(ExpectedConditions.textToBe(counter, "Photo 1 of " + photoCount));

		WebElement opener = tabTo(By.cssSelector(".gallery-fullscreen"));
		opener.sendKeys(Keys.ENTER);
		WebElement lightbox = this.browser.findElement(By.cssSelector("dialog.lightbox"));
		waitFor((driver) -> lightbox.getAttribute("open") != null);
		assertThat(this.browser.switchTo().activeElement().getAttribute("class")).isEqualTo("lightbox-close");
		this.browser.switchTo().activeElement().sendKeys(Keys.ARROW_RIGHT);
		waitFor(ExpectedConditions.textToBe(By.cssSelector(".lightbox-counter"), "Photo 2 of " + photoCount));
		this.browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
		waitFor((driver) -> lightbox.getAttribute("open") == null);
		assertThat(this.browser.switchTo().activeElement().getAttribute("class")).isEqualTo("gallery-fullscreen");
		assertThat(this.browser.findElement(counter).getText()).isEqualTo("Photo 2 of " + photoCount);
	}

	/** Presses Tab from the current focus until the element is focused, and fails after 200 presses. */
	private WebElement tabTo(By locator) {
		WebElement target = this.browser.findElement(locator);
		for (int presses = 0; presses < 200; presses++) {
			if (target.equals(this.browser.switchTo().activeElement())) {
				return target;
			}
			this.browser.switchTo().activeElement().sendKeys(Keys.TAB);
		}
		throw new AssertionError("Tab never reached " + locator);
	}

	@SuppressWarnings("unchecked")
	private void assertNoViolations(String page) {
		JavascriptExecutor script = (JavascriptExecutor) this.browser;
		script.executeScript(axeSource);
		List<Map<String, Object>> violations = (List<Map<String, Object>>) script.executeAsyncScript(RUN_AXE);
		List<String> lines = new ArrayList<>();
		for (Map<String, Object> violation : violations) {
			lines.add(violation.get("id") + " (" + violation.get("help") + ") at " + violation.get("targets"));
		}
		assertThat(lines).as("axe-core violations on the %s", page).isEmpty();
	}

	private List<String> altTexts() {
		return new ArrayList<>(this.browser.findElements(By.cssSelector("img"))
			.stream()
			.map((image) -> image.getAttribute("alt"))
			.toList());
	}

	private Listing visibleListingWithPhotos() {
		return this.listings.findAll()
			.stream()
			.filter(Listing::isVisible)
			.filter((listing) -> this.photos.findByListingIdOrderBySequenceNumber(listing.getId()).size() >= 2)
			.findFirst()
			.orElseThrow(() -> new AssertionError("The sync stored no visible listing with two or more photos"));
	}

	private <T> T waitFor(ExpectedCondition<T> condition) {
		return new WebDriverWait(this.browser, WAIT).until(condition);
	}

	private String url(String path) {
		return "http://127.0.0.1:" + this.port + path;
	}

}
