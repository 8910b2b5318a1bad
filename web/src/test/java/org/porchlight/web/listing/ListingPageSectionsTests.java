package org.porchlight.web.listing;

import java.time.Instant;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.TestOpenHouses;
import org.porchlight.web.WebTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Tests the parts of the listing page beyond facts and photos: open houses, rooms, the virtual tour and the map's
 * fallback without script. The site's time zone is UTC in these tests.
 */
class ListingPageSectionsTests extends WebTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void deleteOpenHousesAndFields() {
		TestOpenHouses.deleteAll(this.jdbc);
		this.jdbc.update("delete from feed_field");
	}

	@Test
	void factsGroupedByStoredStandardName() {
		this.jdbc.update("insert into feed_field (feed_id, label, standard_name) values (?, ?, ?)",
				TestListings.FEED_ID, "Custom Field 11", "HighSchool");
		Listing listing = TestListings.listing("F1");
		listing.setPublicRecord("""
				{"Custom Field 11": "Lincoln High", "Sewer": "City"}""");
		this.listings.save(listing);

		Document page = show("/listings/F1/12-maple-ave-springfield");

		assertThat(page.select(".fact-group h3").eachText()).containsExactly("Utilities", "Schools");
		assertThat(page.select("#facts-schools + dl dt").eachText()).containsExactly("Custom Field 11");
	}

	@Test
	void upcomingOpenHousesListed() {
		this.listings.save(TestListings.listing("O1"));
		TestOpenHouses.insert(this.jdbc, "O1", "OH-LATER", Instant.parse("2099-06-14T15:30:00Z"),
				Instant.parse("2099-06-14T17:00:00Z"), null, null);
		TestOpenHouses.insert(this.jdbc, "O1", "OH-FIRST", Instant.parse("2099-06-13T18:00:00Z"),
				Instant.parse("2099-06-13T20:00:00Z"), "Public", "Refreshments served.");
		TestOpenHouses.insert(this.jdbc, "O1", "OH-PAST", Instant.parse("2020-06-13T18:00:00Z"),
				Instant.parse("2020-06-13T20:00:00Z"), "Public", "Long gone.");

		Document page = show("/listings/O1/12-maple-ave-springfield");

		assertThat(page.select(".open-houses li")).hasSize(2);
		assertThat(page.select(".open-houses li").get(0).text())
			.isEqualTo("Saturday, June 13, 2099 6:00 PM to 8:00 PM UTC (Public) Refreshments served.");
		assertThat(page.select(".open-houses li").get(1).text()).isEqualTo("Sunday, June 14, 2099 3:30 PM to 5:00 PM UTC");
		assertThat(page.select(".open-houses time").first().attr("datetime")).isEqualTo("2099-06-13T18:00Z");
		assertThat(page.html()).doesNotContain("Long gone.");
	}

	@Test
	void noOpenHouseSectionWithoutOpenHouses() {
		this.listings.save(TestListings.listing("O2"));

		Document page = show("/listings/O2/12-maple-ave-springfield");

		assertThat(page.select(".open-houses")).isEmpty();
	}

	@Test
	void cardShowsNextOpenHouse() {
		this.listings.save(TestListings.listing("O3"));
		this.listings.save(TestListings.listing("O4"));
		TestOpenHouses.insert(this.jdbc, "O3", "OH-3", Instant.parse("2099-06-13T18:00:00Z"),
				Instant.parse("2099-06-13T20:00:00Z"), null, null);

		Document page = show("/");

		assertThat(page.select("[data-listing-key=O3]").parents().select(".card .card-open-house").eachText())
			.containsExactly("Open house Saturday, June 13, 2099, 6:00 PM");
		assertThat(page.select(".card-open-house")).hasSize(1);
	}

	@Test
	void withheldAddressKeepsStreetOutOfOpenHouses() {
		Listing listing = TestListings.listing("O5");
		listing.setAddressHidden(true);
		listing.setStreetName("Hidden Hollow");
		this.listings.save(listing);
		TestOpenHouses.insert(this.jdbc, "O5", "OH-5", Instant.parse("2099-06-13T18:00:00Z"),
				Instant.parse("2099-06-13T20:00:00Z"), "Public", "Park on Hidden Hollow Rd.");

		Document page = show("/listings/O5/home-in-springfield");

		assertThat(page.select(".open-houses li").text()).startsWith("Saturday, June 13, 2099");
		assertThat(page.html()).doesNotContain("Hidden Hollow");
	}

	@Test
	void roomsShownAsTable() {
		Listing listing = TestListings.listing("R1");
		listing.setPublicRecord("""
				{"Kitchen Room Level": "Main", "Kitchen Width": "12", "Kitchen Length": "14",
				 "Kitchen Room Remarks": "Island", "Game Room Level": "Lower", "Game Width": "15",
				 "Game Length": "20", "Garage Remarks": "Heated", "Heating": "Forced air"}""");
		this.listings.save(listing);

		Document page = show("/listings/R1/12-maple-ave-springfield");

		assertThat(page.select(".rooms tbody tr").eachText()).containsExactly("Kitchen Main 12 × 14 Island",
				"Game Lower 15 × 20");
		assertThat(page.select(".rooms thead th").eachText()).containsExactly("Room", "Level", "Size", "Notes");
		assertThat(page.select(".public-facts dt").eachText()).containsExactlyInAnyOrder("Garage Remarks", "Heating");
	}

	@Test
	void brandedTourIsNotLinked() {
		Listing listing = TestListings.listing("T1");
		listing.setPublicRecord("""
				{"Branded Virtual Tour": "https://tours.example.com/branded/t1",
				 "UnBranded Virtual Tour": "https://tours.example.com/unbranded/t1"}""");
		this.listings.save(listing);

		Document page = show("/listings/T1/12-maple-ave-springfield");

		assertThat(page.select(".virtual-tour a").attr("href")).isEqualTo("https://tours.example.com/unbranded/t1");
		assertThat(page.select(".public-facts dt").eachText()).containsExactly("Branded Virtual Tour");
	}

	@Test
	void mapFallbackLinksExactPoint() {
		Listing listing = TestListings.listing("M1");
		listing.setLatitude(new java.math.BigDecimal("39.7817213"));
		listing.setLongitude(new java.math.BigDecimal("-89.6501481"));
		this.listings.save(listing);

		Document page = show("/listings/M1/12-maple-ave-springfield");

		assertThat(page.select(".listing-map [data-listing-map]")).isEmpty();
		assertThat(page.select(".listing-map .map-fallback a").attr("href"))
			.isEqualTo("https://www.openstreetmap.org/?mlat=39.7817213&mlon=-89.6501481#map=16/39.7817213/-89.6501481");
	}

	@Test
	void mapFallbackForWithheldAddressHasNoPoint() {
		Listing listing = TestListings.listing("M2");
		listing.setAddressHidden(true);
		listing.setLatitude(new java.math.BigDecimal("39.7817213"));
		listing.setLongitude(new java.math.BigDecimal("-89.6501481"));
		this.listings.save(listing);

		Document page = show("/listings/M2/home-in-springfield");

		assertThat(page.select(".listing-map .map-fallback").text())
			.isEqualTo("The seller withheld the address, so the map shows only the approximate area in Springfield.");
		assertThat(page.select(".listing-map a")).isEmpty();
		assertThat(page.html()).doesNotContain("39.78").doesNotContain("89.65");
	}

	@Test
	void roomsFromFactsIgnoreLoneRemarks() {
		ListingRooms rooms = ListingRooms.of(Map.of("Garage Remarks", "Heated", "Stories Level", "2"));

		assertThat(rooms.rooms()).isEmpty();
		assertThat(rooms.labels()).isEmpty();
	}

	private Document show(String uri) {
		return HtmlPages.parse(this.mvc.get().uri(uri).exchange(), 200);
	}

}
