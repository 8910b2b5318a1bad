package org.porchlight.web.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests the search page's filters, sort orders, pagination and notes about ignored values. */
class SearchTests extends WebTestSupport {

	@Test
	void locationMatchesCityIgnoringCase() {
		save(listing("A1", "Springfield", 300_000), listing("A2", "Shelbyville", 300_000));

		assertThat(resultKeys(search("/?q=springFIELD"))).containsExactly("A1");
	}

	@Test
	void locationMatchesPostalCodeMlsNumberAndStreet() {
		Listing inTown = listing("B1", "Springfield", 300_000);
		Listing other = listing("B2", "Shelbyville", 300_000);
		other.setPostalCode("62565");
		other.setStreetNumber("740");
		other.setStreetName("Evergreen");
		other.setStreetSuffix("Terrace");
		save(inTown, other);

		assertThat(resultKeys(search("/?q=6256"))).containsExactly("B2");
		assertThat(resultKeys(search("/?q=mls-b1"))).containsExactly("B1");
		assertThat(resultKeys(search("/?q={q}", "740 evergreen"))).containsExactly("B2");
	}

	@Test
	void locationNeverMatchesWithheldStreetAddress() {
		Listing hidden = listing("C1", "Springfield", 300_000);
		hidden.setAddressHidden(true);
		hidden.setStreetName("Secretive");
		save(hidden);

		assertThat(resultKeys(search("/?q=secretive"))).isEmpty();
		Document page = search("/?q=springfield");
		assertThat(resultKeys(page)).containsExactly("C1");
		assertThat(page.select(".card").text()).doesNotContain("Secretive").contains("Springfield");
		assertThat(page.select(".card img").attr("alt")).doesNotContain("Secretive");
	}

	@Test
	void priceAndRoomFiltersNarrowResults() {
		Listing small = listing("D1", "Springfield", 150_000);
		small.setBedroomsTotal(1);
		small.setBathroomsTotalInteger(1);
		Listing middle = listing("D2", "Springfield", 300_000);
		Listing large = listing("D3", "Springfield", 900_000);
		large.setBedroomsTotal(5);
		large.setBathroomsTotalInteger(4);
		save(small, middle, large);

		assertThat(resultKeys(search("/?minPrice=200000&maxPrice=950000"))).containsExactlyInAnyOrder("D2", "D3");
		assertThat(resultKeys(search("/?maxPrice=300000"))).containsExactlyInAnyOrder("D1", "D2");
		assertThat(resultKeys(search("/?beds=3"))).containsExactlyInAnyOrder("D2", "D3");
		assertThat(resultKeys(search("/?baths=3"))).containsExactly("D3");
		assertThat(resultKeys(search("/?minPrice={price}&beds=2&baths=2", "$200,000"))).containsExactlyInAnyOrder("D2", "D3");
	}

	@Test
	void sortOrdersResults() {
		Listing cheapOld = listing("E1", "Springfield", 100_000);
		cheapOld.setModificationTimestamp(Instant.parse("2026-01-01T00:00:00Z"));
		Listing dearMiddle = listing("E2", "Springfield", 700_000);
		dearMiddle.setModificationTimestamp(Instant.parse("2026-02-01T00:00:00Z"));
		Listing middleNew = listing("E3", "Springfield", 400_000);
		middleNew.setModificationTimestamp(Instant.parse("2026-03-01T00:00:00Z"));
		save(cheapOld, dearMiddle, middleNew);

		assertThat(resultKeys(search("/"))).containsExactly("E3", "E2", "E1");
		assertThat(resultKeys(search("/?sort=newest"))).containsExactly("E3", "E2", "E1");
		assertThat(resultKeys(search("/?sort=price-asc"))).containsExactly("E1", "E3", "E2");
		assertThat(resultKeys(search("/?sort=price-desc"))).containsExactly("E2", "E3", "E1");
	}

	@Test
	void pagesHoldTwelveAndLinksKeepFilters() {
		for (int i = 0; i < 30; i++) {
			Listing listing = listing("F%02d".formatted(i), "Springfield", 100_000 + i * 1000);
			save(listing);
		}
		save(listing("G1", "Shelbyville", 100_000));

		Document first = search("/?q=Springfield&sort=price-asc");
		assertThat(resultKeys(first)).hasSize(12).startsWith("F00", "F01");
		assertThat(first.select(".pagination a[aria-current=page]").text()).isEqualTo("1");

		Document second = search("/?q=Springfield&sort=price-asc&page=2");
		assertThat(resultKeys(second)).hasSize(12).startsWith("F12");
		assertThat(second.select(".pagination a[aria-current=page]").text()).isEqualTo("2");
		Element thirdLink = second.select(".pagination a[aria-label='Page 3']").first();
		assertThat(thirdLink).isNotNull();
		assertThat(thirdLink.attr("href")).contains("q=Springfield").contains("sort=price-asc").contains("page=3");

		Document third = search("/?q=Springfield&sort=price-asc&page=3");
		assertThat(resultKeys(third)).hasSize(6).last().isEqualTo("F29");
	}

	@Test
	void pageBeyondEndShowsLastPage() {
		for (int i = 0; i < 14; i++) {
			save(listing("H%02d".formatted(i), "Springfield", 100_000 + i * 1000));
		}

		Document page = search("/?sort=price-asc&page=99");
		assertThat(resultKeys(page)).containsExactly("H12", "H13");
		assertThat(page.select(".pagination a[aria-current=page]").text()).isEqualTo("2");
		assertThat(page.select(".note").text()).contains("There is no page 99");

		Document huge = search("/?page=2147483647");
		assertThat(resultKeys(huge)).hasSize(2);
	}

	@Test
	void countStopsAtBoundWithOpenPager() {
		int total = ListingSearch.COUNT_BOUND + 30;
		List<Listing> many = new ArrayList<>();
		for (int i = 0; i < total; i++) {
			many.add(listing("N%04d".formatted(i), "Springfield", 100_000 + i));
		}
		this.listings.saveAll(many);

		Document first = search("/?sort=price-asc");
		assertThat(resultKeys(first)).hasSize(12).startsWith("N0000");
		assertThat(first.select("#results-heading").text())
			.isEqualTo("More than %,d homes for sale".formatted(ListingSearch.COUNT_BOUND));
		assertThat(first.select(".results-range").text()).isEqualTo("Showing 1–12");
		assertThat(first.select(".pagination a[rel=next]")).hasSize(1);
		assertThat(first.select(".pagination a[aria-label^=Page]").eachText()).containsExactly("1", "2", "3");

		int lastPage = (total + 11) / 12;
		Document last = search("/?sort=price-asc&page=" + lastPage);
		assertThat(resultKeys(last)).last().isEqualTo("N%04d".formatted(total - 1));
		assertThat(last.select("#results-heading").text()).isEqualTo("%,d homes for sale".formatted(total));
		assertThat(last.select(".results-range").text()).endsWith("of %,d".formatted(total));
		assertThat(last.select(".pagination a[rel=next]")).isEmpty();

		Document beyond = search("/?sort=price-asc&page=200");
		assertThat(resultKeys(beyond)).last().isEqualTo("N%04d".formatted(total - 1));
		assertThat(beyond.select(".note").text()).contains("There is no page 200");
	}

	@Test
	void invalidValuesAreIgnoredWithNotes() {
		save(listing("I1", "Springfield", 300_000));

		Document page = search("/?minPrice=abc&maxPrice=-5&beds=-3&baths=many&sort=cheapest&page=zero");
		assertThat(resultKeys(page)).containsExactly("I1");
		List<String> notes = page.select(".note").eachText();
		assertThat(notes).hasSize(6);
		assertThat(notes.get(0)).contains("minimum price “abc” was ignored");
		assertThat(notes.get(1)).contains("maximum price “-5” was ignored");
		assertThat(notes.get(2)).contains("bedroom count “-3” was ignored");
		assertThat(notes.get(3)).contains("bathroom count “many” was ignored");
		assertThat(notes.get(4)).contains("sort order “cheapest” is not known");
		assertThat(notes.get(5)).contains("page number “zero” was ignored");
	}

	@Test
	void rejectedValueIsEscapedInNote() {
		Document page = search("/?minPrice={price}", "<script>alert(1)</script>");

		assertThat(page.select(".note script")).isEmpty();
		assertThat(page.select(".note").text()).contains("<script>alert(1)</script>");
	}

	@Test
	void swappedPriceRangeStillMatches() {
		save(listing("J1", "Springfield", 300_000));

		Document page = search("/?minPrice=400000&maxPrice=200000");
		assertThat(resultKeys(page)).containsExactly("J1");
		assertThat(page.select(".note").text()).contains("swapped");
	}

	@Test
	void hiddenListingsNeverShown() {
		Listing hidden = listing("K1", "Springfield", 300_000);
		hidden.setVisible(false);
		save(hidden, listing("K2", "Springfield", 300_000));

		assertThat(resultKeys(search("/"))).containsExactly("K2");
		assertThat(resultKeys(search("/listings?q=MLS-K1"))).isEmpty();
	}

	@Test
	void emptyStateExplainsWhatToTry() {
		save(listing("L1", "Springfield", 300_000));

		Document page = search("/?q=Nowhere");
		assertThat(resultKeys(page)).isEmpty();
		assertThat(page.select(".empty-state h2").text()).isEqualTo("No homes match your search");
		assertThat(page.select(".empty-state a").attr("href")).isEqualTo("/");
	}

	@Test
	void cardShowsHalfBathsFromDecimalTotal() {
		Listing listing = listing("H1", "Springfield", 250_000);
		listing.setBathroomsTotalInteger(2);
		listing.setBathroomsTotalDecimal(new BigDecimal("1.50"));
		save(listing);

		Element card = search("/").selectFirst(".card");
		assertThat(card).isNotNull();
		assertThat(card.select(".card-facts").text()).isEqualTo("3 beds 1.5 baths");
	}

	@Test
	void cardShowsPriceRoomsAndBrokerage() {
		Listing listing = listing("M1", "Springfield", 425_000);
		TestListings.addPhoto(listing, 3);
		TestListings.addPhoto(listing, 2);
		save(listing);

		Element card = search("/").selectFirst(".card");
		assertThat(card).isNotNull();
		assertThat(card.select(".card-price").text()).isEqualTo("$425,000");
		assertThat(card.select(".card-facts").text()).isEqualTo("3 beds 2 baths");
		assertThat(card.select(".card-title a").text()).isEqualTo("12 Maple Ave, Springfield, IL 62701");
		assertThat(card.select(".attribution").text()).isEqualTo("Listed by Prairie Realty, 217-555-0100");
		assertThat(card.select("img.card-photo").attr("src")).isEqualTo("/photos/thumb/M1/2");
		assertThat(card.select("img.card-photo").attr("alt"))
			.isEqualTo("Photo of 3-bedroom, 2-bathroom home, 12 Maple Ave, Springfield, IL 62701");
	}

	@Test
	void pageShowsDisclaimerAndLastUpdate() {
		Document beforeSync = search("/");
		assertThat(beforeSync.select(".disclaimer-text").text()).contains("deemed reliable but is not guaranteed");
		assertThat(beforeSync.select(".last-updated").text()).isEqualTo("Listing data not yet synced with the MLS");

		this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, Instant.parse("2026-03-01T11:00:00Z"),
				Instant.parse("2026-03-01T11:05:00Z")));
		this.syncRuns.save(TestListings.run(SyncRunStatus.FAILED, Instant.parse("2026-03-01T12:00:00Z"),
				Instant.parse("2026-03-01T12:01:00Z")));
		Document afterSync = search("/");
		assertThat(afterSync.select(".last-updated").text()).startsWith("Listing data last updated Mar 1, 2026")
			.contains("11:05");
		assertThat(afterSync.select(".last-updated").attr("data-updated")).isEqualTo("2026-03-01T11:05:00Z");
	}

	private Listing listing(String key, String city, int price) {
		Listing listing = TestListings.listing(key);
		listing.setCity(city);
		listing.setListPrice(BigDecimal.valueOf(price));
		return listing;
	}

	private void save(Listing... listings) {
		this.listings.saveAll(List.of(listings));
	}

	private Document search(String uriTemplate, Object... uriVariables) {
		return HtmlPages.parse(this.mvc.get().uri(uriTemplate, uriVariables).exchange(), 200);
	}

	/** Returns the listing keys of the result cards, in page order. */
	private static List<String> resultKeys(Document page) {
		return page.select(".card-title a").eachAttr("data-listing-key");
	}

}
