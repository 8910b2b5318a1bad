package org.porchlight.web.listing;

import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests the listing page: facts, attribution, gallery paging, public facts and the not-found page. */
class ListingPageTests extends WebTestSupport {

	@Test
	void pageShowsListingFacts() {
		save(TestListings.listing("P1"));

		Document page = show("/listings/P1/12-maple-ave-springfield");
		assertThat(page.title()).isEqualTo("12 Maple Ave, $300,000 | Porchlight");
		assertThat(page.select("h1").text()).isEqualTo("12 Maple Ave");
		assertThat(page.select(".listing-address").text()).isEqualTo("12 Maple Ave, Springfield, IL 62701");
		assertThat(page.select(".listing-price").text()).isEqualTo("$300,000");
		assertThat(page.select(".key-facts").text()).contains("Bedrooms 3", "Bathrooms 2", "Living area 1,850 sq ft",
				"Year built 1998", "Status Active", "MLS number MLS-P1");
		assertThat(page.select(".remarks p").text()).isEqualTo("Bright home near the park.");
	}

	@Test
	void pageShowsAttributionAndDisclaimer() {
		save(TestListings.listing("P2"));

		Document page = show("/listings/P2/12-maple-ave-springfield");
		assertThat(page.select(".attribution-office").text()).isEqualTo("Listed by Prairie Realty");
		assertThat(page.select(".attribution-phone a").attr("href")).isEqualTo("tel:217-555-0100");
		assertThat(page.select(".attribution-agent").text()).isEqualTo("Listing agent: Pat Example");
		assertThat(page.select(".disclaimer-text").text()).contains("deemed reliable but is not guaranteed");
		assertThat(page.select(".last-updated").text()).isNotEmpty();
	}

	@Test
	void embeddedPageUsesMinimalLayout() {
		save(TestListings.listing("P4"));

		Document site = show("/listings/P4/12-maple-ave-springfield");
		assertThat(site.select("body.embedded")).isEmpty();
		assertThat(site.select(".back-link")).hasSize(1);

		Document embedded = show("/embed/listings/P4/12-maple-ave-springfield");
		assertThat(embedded.select("body.embedded")).hasSize(1);
		assertThat(embedded.select(".back-link")).isEmpty();
		assertThat(embedded.select("h1").text()).isEqualTo("12 Maple Ave");
		assertThat(embedded.select(".attribution-office").text()).isEqualTo("Listed by Prairie Realty");
	}

	@Test
	void galleryPagesThroughPhotosWithoutScript() {
		Listing listing = TestListings.listing("P3");
		for (int i = 1; i <= 3; i++) {
			TestListings.addPhoto(listing, i);
		}
		save(listing);

		Document first = show("/listings/P3/12-maple-ave-springfield");
		assertThat(first.select("[data-gallery-counter]").text()).isEqualTo("Photo 1 of 3");
		assertThat(first.select("[data-gallery-image]").attr("src")).isEqualTo("/photos/display/P3/1");
		assertThat(first.select("[data-gallery-image]").attr("alt"))
			.isEqualTo("Photo 1 of 3: 3-bedroom, 2-bathroom home, 12 Maple Ave, Springfield, IL 62701");
		assertThat(first.select("[data-gallery-previous]").attr("aria-disabled")).isEqualTo("true");
		assertThat(first.select("[data-gallery-previous]").hasAttr("href")).isFalse();
		assertThat(first.select("[data-gallery-next]").attr("href")).isEqualTo("/listings/P3/12-maple-ave-springfield?photo=2#gallery");
		assertThat(first.select("[data-gallery-thumbnail]")).hasSize(3);
		assertThat(first.select("[data-gallery-thumbnail][aria-current=true]").attr("data-number")).isEqualTo("1");

		Document second = show("/listings/P3/12-maple-ave-springfield?photo=2");
		assertThat(second.select("[data-gallery-counter]").text()).isEqualTo("Photo 2 of 3");
		assertThat(second.select("[data-gallery-image]").attr("src")).isEqualTo("/photos/display/P3/2");
		assertThat(second.select("[data-gallery-previous]").attr("href")).isEqualTo("/listings/P3/12-maple-ave-springfield?photo=1#gallery");

		Document last = show("/listings/P3/12-maple-ave-springfield?photo=3");
		assertThat(last.select("[data-gallery-next]").attr("aria-disabled")).isEqualTo("true");
	}

	@Test
	void outOfRangePhotoNumbersShowNearestPhoto() {
		Listing listing = TestListings.listing("P4");
		TestListings.addPhoto(listing, 1);
		TestListings.addPhoto(listing, 2);
		save(listing);

		assertThat(show("/listings/P4/12-maple-ave-springfield?photo=99").select("[data-gallery-counter]").text()).isEqualTo("Photo 2 of 2");
		assertThat(show("/listings/P4/12-maple-ave-springfield?photo=-1").select("[data-gallery-counter]").text()).isEqualTo("Photo 1 of 2");
		assertThat(show("/listings/P4/12-maple-ave-springfield?photo=abc").select("[data-gallery-counter]").text()).isEqualTo("Photo 1 of 2");
	}

	@Test
	void listingWithoutPhotosSaysSo() {
		save(TestListings.listing("P5"));

		Document page = show("/listings/P5/12-maple-ave-springfield");
		assertThat(page.select(".gallery-empty").text()).isEqualTo("No photos yet");
		assertThat(page.select("[data-gallery-image]")).isEmpty();
	}

	@Test
	void publicFactsAreListedAndEscaped() {
		Listing listing = TestListings.listing("P6");
		listing.setPublicRecord("""
				{"Heating": "Forced air", "Garage Spaces": 2, "Note": "<script>alert(1)</script>", "Empty": ""}""");
		save(listing);

		Document page = show("/listings/P6/12-maple-ave-springfield");
		List<String> labels = page.select(".public-facts dt").eachText();
		List<String> values = page.select(".public-facts dd").eachText();
		assertThat(labels).containsExactly("Heating", "Garage Spaces", "Note");
		assertThat(values).containsExactly("Forced air", "2", "<script>alert(1)</script>");
		assertThat(page.select(".public-facts script")).isEmpty();
		assertThat(page.select(".fact-group h3").eachText()).containsExactly("Interior", "Exterior and lot", "Other facts");
	}

	@Test
	void internalIdsAreNotListedAndTourIsLink() {
		Listing listing = TestListings.listing("P9");
		listing.setPublicRecord("""
				{"Agent ID": "A-77", "Office ID": "O-12", "Property Group ID": "G-3", "MLS Approved": "Y",
				 "Virtual Tour URL": "https://tours.example.com/p9", "Tax Annual Amount": "4,120"}""");
		save(listing);

		Document page = show("/listings/P9/12-maple-ave-springfield");
		assertThat(page.select(".public-facts dt").eachText()).containsExactly("Tax Annual Amount");
		assertThat(page.select(".virtual-tour a").attr("href")).isEqualTo("https://tours.example.com/p9");
		assertThat(page.select(".virtual-tour a").text()).isEqualTo("Take the virtual tour");
	}

	@Test
	void withheldAddressAppearsNowhere() {
		Listing listing = TestListings.listing("P7");
		listing.setAddressHidden(true);
		listing.setStreetName("Hidden Hollow");
		listing.setPublicRecord("""
				{"Street Name": "Hidden Hollow", "Latitude": "39.78", "Directions": "North on Hidden Hollow Rd",
				 "Heating": "Radiant"}""");
		TestListings.addPhoto(listing, 1);
		save(listing);

		Document page = show("/listings/P7/home-in-springfield");
		assertThat(page.html()).doesNotContain("Hidden Hollow").doesNotContain("39.78");
		assertThat(page.title()).startsWith("Home in Springfield");
		assertThat(page.select("h1").text()).isEqualTo("Home in Springfield");
		assertThat(page.select(".public-facts dt").eachText()).containsExactly("Heating");
	}

	@Test
	void hiddenListingIsNotFound() {
		Listing listing = TestListings.listing("P8");
		listing.setVisible(false);
		save(listing);

		Document page = HtmlPages.parse(this.mvc.get().uri("/listings/P8").exchange(), 404);
		assertThat(page.select("h1").text()).isEqualTo("This home is not on the site");
		assertThat(page.select("main a").attr("href")).isEqualTo("/");
		assertThat(page.html()).doesNotContain("Maple");
	}

	@Test
	void unknownListingIsNotFound() {
		Document page = HtmlPages.parse(this.mvc.get().uri("/listings/no-such-key").exchange(), 404);
		assertThat(page.select("h1").text()).isEqualTo("This home is not on the site");
	}

	private void save(Listing listing) {
		this.listings.save(listing);
	}

	private Document show(String uri) {
		return HtmlPages.parse(this.mvc.get().uri(uri).exchange(), 200);
	}

}
