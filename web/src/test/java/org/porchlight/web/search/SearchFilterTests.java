package org.porchlight.web.search;

import java.math.BigDecimal;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests the filters behind "More filters", the size sorts, the map area and location suggestions. */
class SearchFilterTests extends WebTestSupport {

	@BeforeEach
	void saveListings() {
		this.listings.save(listing("F1", "Residential", "Condominium", 900, "0.05", 1965, 39.70, -89.70, false,
				"Sunny condo with a fireplace."));
		Listing house = listing("F2", "Residential", "Single Family", 2400, "0.50", 2005, 39.80, -89.60, false,
				"Large yard and a pool, fireplace in the den.");
		TestListings.addPhoto(house, 1);
		this.listings.save(house);
		this.listings.save(listing("F3", "Land", null, 0, "5.00", 2020, 39.90, -89.50, true, "Open land."));
	}

	@Test
	void typeSizeLotYearAndKeywordFiltersNarrowResults() {
		assertThat(keys("/?type=residential")).containsExactlyInAnyOrder("F1", "F2");
		assertThat(keys("/?subtype=Condominium")).containsExactly("F1");
		assertThat(keys("/?minArea=1000")).containsExactly("F2");
		assertThat(keys("/?maxArea=1000")).containsExactlyInAnyOrder("F1", "F3");
		assertThat(keys("/?minLot=1")).containsExactly("F3");
		assertThat(keys("/?minYear=2000&maxYear=2010")).containsExactly("F2");
		assertThat(keys("/?keywords=FIREPLACE")).containsExactlyInAnyOrder("F1", "F2");
		assertThat(keys("/?keywords=fireplace pool")).containsExactly("F2");
		assertThat(keys("/?keywords=100%25")).isEmpty();
		assertThat(keys("/?photos=1")).containsExactly("F2");
	}

	@Test
	void sizeAndBedroomSortsOrderResults() {
		assertThat(keys("/?sort=size")).containsExactly("F2", "F1", "F3");
	}

	@Test
	void mapAreaLimitsResultsAndSkipsWithheldAddresses() {
		assertThat(keys("/?south=39.75&west=-89.65&north=39.95&east=-89.45")).containsExactly("F2");
		assertThat(keys("/?south=39&west=-90&north=40&east=-89")).containsExactlyInAnyOrder("F1", "F2");
		Document page = HtmlPages.parse(this.mvc.get().uri("/?south=39&west=-90&north=40&east=-89&beds=2").exchange(), 200);
		assertThat(page.select(".map-area-note a").attr("href")).isEqualTo("/?beds=2");
	}

	@Test
	void invalidFilterValuesAreIgnoredWithNotes() {
		Document page = HtmlPages.parse(
				this.mvc.get().uri("/?minArea=big&minYear=12&photos=maybe&south=1&north=0&west=0&east=1").exchange(), 200);
		assertThat(page.select(".note").eachText()).containsExactly(
				"The living area “big” was ignored: enter a number such as 1500.",
				"The year “12” was ignored: enter a year from 1600 to 2200.",
				"The photo filter “maybe” was ignored: use photos=1.",
				"The map area in the address was not valid, so the search is not limited to an area.");
		assertThat(page.select(".card")).hasSize(3);
	}

	@Test
	void filtersSurviveInPagingLinksAndForm() {
		Document page = HtmlPages.parse(this.mvc.get().uri("/?keywords=fireplace&minYear=1900&photos=1").exchange(), 200);
		assertThat(page.select("details.more-filters").hasAttr("open")).isTrue();
		assertThat(page.select("#keywords").val()).isEqualTo("fireplace");
		assertThat(page.select("#minYear").val()).isEqualTo("1900");
		assertThat(page.select("#photos").hasAttr("checked")).isTrue();
	}

	@Test
	void suggestionsOfferCitiesPostalCodesAndAddressesButNoWithheldStreet() throws Exception {
		String json = this.mvc.get().uri("/search/suggestions?q=spr").exchange().getResponse().getContentAsString();
		assertThat(json).isEqualTo("[{\"value\":\"Springfield\",\"kind\":\"city\"}]");
		String streets = this.mvc.get().uri("/search/suggestions?q=maple").exchange().getResponse().getContentAsString();
		assertThat(streets).isEqualTo("[{\"value\":\"12 Maple Ave\",\"kind\":\"address\"}]");
		String mls = this.mvc.get().uri("/search/suggestions?q=mls-f3").exchange().getResponse().getContentAsString();
		assertThat(mls).isEqualTo("[{\"value\":\"MLS-F3\",\"kind\":\"mlsNumber\"}]");
		assertThat(this.mvc.get().uri("/search/suggestions?q=s").exchange().getResponse().getContentAsString())
			.isEqualTo("[]");
	}

	private List<String> keys(String uri) {
		Document page = HtmlPages.parse(this.mvc.get().uri(uri).exchange(), 200);
		return page.select(".card-title a").eachAttr("data-listing-key");
	}

	private static Listing listing(String key, String type, String subType, int area, String lot, int year,
			double latitude, double longitude, boolean addressHidden, String remarks) {
		Listing listing = TestListings.listing(key);
		listing.setPropertyType(type);
		listing.setPropertySubType(subType);
		listing.setLivingArea(BigDecimal.valueOf(area));
		listing.setLotSizeArea(new BigDecimal(lot));
		listing.setYearBuilt(year);
		listing.setLatitude(BigDecimal.valueOf(latitude));
		listing.setLongitude(BigDecimal.valueOf(longitude));
		listing.setAddressHidden(addressHidden);
		listing.setPublicRemarks(remarks);
		return listing;
	}

}
