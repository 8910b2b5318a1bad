package org.porchlight.web.compliance;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.web.TestListings;
import org.porchlight.web.TestOpenHouses;
import org.porchlight.web.WebTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Fills every field that must stay private with a canary value, renders every public page type, and fails when a
 * canary appears in any response: internal ids and confidential fields in the public record, and each part of a
 * street address (and the coordinates) of listings whose seller withheld the address, including in their rooms,
 * map and open-house remarks.
 */
class ConfidentialFieldTests extends WebTestSupport {

	private static final List<String> CANARIES = List.of("CANARYAGENTID", "CANARYOFFICEID", "CANARYGROUPID",
			"CANARYAPPROVED", "CANARYPRIVATE", "CANARYSHOWING", "CANARYLOCKBOX", "CANARYOWNER", "CANARYCOMMISSION",
			"Canarystreet", "424242", "CANARYUNIT", "Canaryparsed", "12.3456789", "98.7654321", "Canarydirections",
			"Canaryroad", "Canaryroom");

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeEach
	void saveListingsWithCanaries() {
		this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, Instant.parse("2026-03-01T11:00:00Z"),
				Instant.parse("2026-03-01T11:05:00Z")));
		Listing open = TestListings.listing("C1");
		open.setPublicRecord("""
				{"Agent ID": "CANARYAGENTID", "Office ID": "CANARYOFFICEID", "Property Group ID": "CANARYGROUPID",
				 "MLS Approved": "CANARYAPPROVED", "Private Remarks": "CANARYPRIVATE",
				 "Showing Instructions": "CANARYSHOWING", "Lockbox Type": "CANARYLOCKBOX", "Owner Name": "CANARYOWNER",
				 "Buyer Agent Commission": "CANARYCOMMISSION", "Heating": "Forced air"}""");
		TestListings.addPhoto(open, 1);
		this.listings.save(open);
		this.listings.save(withheldAddress("C2", true, null));
		this.listings.save(withheldAddress("C3", false, Instant.parse("2026-03-02T00:00:00Z")));
		TestOpenHouses.insert(this.jdbc, "C1", "OH-C1", Instant.parse("2099-06-13T18:00:00Z"),
				Instant.parse("2099-06-13T20:00:00Z"), "Public", "Open to all.");
		TestOpenHouses.insert(this.jdbc, "C2", "OH-C2", Instant.parse("2099-06-13T18:00:00Z"),
				Instant.parse("2099-06-13T20:00:00Z"), "Public", "Park on Canarystreet near 424242.");
	}

	@AfterEach
	void deleteOpenHouses() {
		TestOpenHouses.deleteAll(this.jdbc);
	}

	@Test
	void noCanaryOnAnyPublicPage() throws Exception {
		List<String> paths = new ArrayList<>(List.of("/", "/?q=Springfield",
				"/listings?sort=price-asc", "/embed/search", "/embed/search?q=Springfield", "/listings/C1",
				"/listings/C1/12-maple-ave-springfield", "/embed/listings/C1/12-maple-ave-springfield",
				"/listings/C2/home-in-springfield", "/embed/listings/C2/home-in-springfield",
				"/listings/C2/424242-canarystreet-rd-springfield", "/listings/C3", "/listings/C3/home-in-springfield",
				"/sitemap.xml", "/sitemap-listings-1.xml", "/robots.txt", "/search/suggestions?q=Spr",
				"/search/suggestions?q=Canary", "/search/suggestions?q=4242", "/search/suggestions?q=CANARYUNIT",
				"/no-such-page"));
		for (String path : paths) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			String body = result.getResponse().getContentAsString();
			String location = String.valueOf(result.getResponse().getHeader("Location"));
			for (String canary : CANARIES) {
				assertThat(body).as("%s in %s", canary, path).doesNotContainIgnoringCase(canary);
				assertThat(location).as("%s in the redirect of %s", canary, path).doesNotContainIgnoringCase(canary);
			}
		}
	}

	@Test
	void pagesWithCanariesStillRender() throws Exception {
		assertThat(this.mvc.get().uri("/listings/C1/12-maple-ave-springfield").exchange()).hasStatusOk()
			.bodyText()
			.contains("Forced air");
		assertThat(this.mvc.get().uri("/listings/C2/home-in-springfield").exchange()).hasStatusOk()
			.bodyText()
			.contains("Saturday, June 13, 2099")
			.contains("Kitchen");
		assertThat(this.mvc.get().uri("/listings/C3/home-in-springfield").exchange()).hasStatus(410);
		assertThat(this.mvc.get().uri("/?q=Springfield").exchange()).hasStatusOk()
			.bodyText()
			.contains("data-listing-key=\"C2\"");
	}

	@Test
	void searchingForWithheldStreetFindsNothing() throws Exception {
		for (String text : List.of("Canarystreet", "424242", "Canaryparsed", "CANARYUNIT")) {
			assertThat(this.mvc.get().uri("/?q={text}", text).exchange()).hasStatusOk()
				.bodyText()
				.doesNotContain("data-listing-key=");
		}
	}

	private static Listing withheldAddress(String key, boolean visible, Instant removedAt) {
		Listing listing = TestListings.listing(key);
		listing.setAddressHidden(true);
		listing.setVisible(visible);
		listing.setRemovedAt(removedAt);
		listing.setStreetNumber("424242");
		listing.setStreetName("Canarystreet");
		listing.setStreetSuffix("Rd");
		listing.setUnitNumber("CANARYUNIT");
		listing.setUnparsedAddress("424242 Canaryparsed Rd");
		listing.setLatitude(new BigDecimal("12.3456789"));
		listing.setLongitude(new BigDecimal("-98.7654321"));
		listing.setPublicRecord("""
				{"Street Name": "Canarystreet", "Address": "424242 Canaryroad", "Directions": "Canarydirections",
				 "Latitude": "12.3456789", "Longitude": "-98.7654321", "Heating": "Radiant",
				 "Kitchen Room Level": "Main", "Kitchen Width": "12", "Kitchen Length": "14",
				 "Kitchen Room Remarks": "Canaryroom view of Canarystreet"}""");
		TestListings.addPhoto(listing, 1);
		return listing;
	}

}
