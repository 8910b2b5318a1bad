package org.porchlight.web.listing;

import java.math.BigDecimal;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests the listing page's Leaflet map when a tile server is configured. */
@TestPropertySource(properties = { "porchlight.site.map-tile-url=/tiles/{z}/{x}/{y}.png",
		"porchlight.site.map-attribution=Test tiles" })
class ListingMapTests extends WebTestSupport {

	@Test
	void mapShowsExactPointAsPin() {
		this.listings.save(located("MAP1", false));

		Document page = show("/listings/MAP1/12-maple-ave-springfield");

		Element map = page.selectFirst(".listing-map [data-listing-map]");
		assertThat(map).isNotNull();
		assertThat(map.attr("data-lat")).isEqualTo("39.7817213");
		assertThat(map.attr("data-lng")).isEqualTo("-89.6501481");
		assertThat(map.attr("data-radius")).isEqualTo("0");
		assertThat(map.attr("data-label")).isEqualTo("Location of this home");
		assertThat(map.attr("data-tile-url")).isEqualTo("/tiles/{z}/{x}/{y}.png");
		assertThat(page.select(".listing-map script[src]").eachAttr("src")).anyMatch((src) -> src.contains("leaflet"));
	}

	@Test
	void withheldAddressShowsOnlyArea() {
		this.listings.save(located("MAP2", true));

		Document page = show("/listings/MAP2/home-in-springfield");

		Element map = page.selectFirst(".listing-map [data-listing-map]");
		assertThat(map).isNotNull();
		assertThat(map.attr("data-lat")).isEqualTo("39.78");
		assertThat(map.attr("data-lng")).isEqualTo("-89.65");
		assertThat(map.attr("data-radius")).isEqualTo("1200");
		assertThat(map.attr("data-label")).isEqualTo("Approximate area of this home");
		assertThat(page.html()).doesNotContain("39.7817").doesNotContain("89.6501");
	}

	@Test
	void noMapWithoutCoordinates() {
		this.listings.save(TestListings.listing("MAP3"));

		Document page = show("/listings/MAP3/12-maple-ave-springfield");

		assertThat(page.select(".listing-map")).isEmpty();
	}

	private static Listing located(String key, boolean addressHidden) {
		Listing listing = TestListings.listing(key);
		listing.setAddressHidden(addressHidden);
		listing.setLatitude(new BigDecimal("39.7817213"));
		listing.setLongitude(new BigDecimal("-89.6501481"));
		return listing;
	}

	private Document show(String uri) {
		return HtmlPages.parse(this.mvc.get().uri(uri).exchange(), 200);
	}

}
