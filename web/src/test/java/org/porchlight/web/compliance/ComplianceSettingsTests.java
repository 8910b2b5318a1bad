package org.porchlight.web.compliance;

import java.math.BigDecimal;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests that the configured brokerage, MLS logo and disclaimer appear on the pages that show listings. */
@TestPropertySource(properties = { "porchlight.site.brokerage-name=Lakeside Homes", "porchlight.site.brokerage-phone=217 555 0199",
		"porchlight.site.mls-name=Prairie MLS", "porchlight.site.mls-logo-url=/images/mls-logo.png",
		"porchlight.site.disclaimer=Prairie MLS data, deemed reliable but not guaranteed.",
		"porchlight.site.map-tile-url=/tiles/{z}/{x}/{y}.png", "porchlight.site.map-attribution=Test tiles" })
class ComplianceSettingsTests extends WebTestSupport {

	@Test
	void searchAndListingPagesCarryConfiguredCompliance() {
		this.syncRuns.save(TestListings.run(SyncRunStatus.SUCCEEDED, Instant.parse("2026-03-01T11:00:00Z"),
				Instant.parse("2026-03-01T11:05:00Z")));
		this.listings.save(TestListings.listing("L1"));

		for (String path : new String[] { "/", "/listings/L1/12-maple-ave-springfield", "/embed/search",
				"/embed/listings/L1/12-maple-ave-springfield" }) {
			Document page = HtmlPages.parse(this.mvc.get().uri(path).exchange(), 200);
			assertThat(page.select(".site-brokerage").text()).as(path).contains("Presented by Lakeside Homes", "217 555 0199");
			assertThat(page.select(".disclaimer-logo").attr("src")).as(path).isEqualTo("/images/mls-logo.png");
			assertThat(page.select(".disclaimer-logo").attr("alt")).as(path).isEqualTo("IDX logo of Prairie MLS");
			assertThat(page.select(".disclaimer-text").text()).as(path)
				.isEqualTo("Prairie MLS data, deemed reliable but not guaranteed.");
			assertThat(page.select(".last-updated").text()).as(path)
				.isEqualTo("Listing data last updated Mar 1, 2026, 11:05 AM UTC");
			assertThat(page.select(".attribution").text()).as(path).contains("Prairie Realty", "217-555-0100");
		}
	}

	@Test
	void mapPinsLeaveOutWithheldAddresses() {
		Listing shown = TestListings.listing("L2");
		shown.setLatitude(new BigDecimal("39.78"));
		shown.setLongitude(new BigDecimal("-89.65"));
		this.listings.save(shown);
		Listing withheld = TestListings.listing("L3");
		withheld.setAddressHidden(true);
		withheld.setLatitude(new BigDecimal("39.111111"));
		withheld.setLongitude(new BigDecimal("-89.222222"));
		this.listings.save(withheld);

		Document page = HtmlPages.parse(this.mvc.get().uri("/").exchange(), 200);
		String markers = page.select("#results-map").attr("data-markers");
		assertThat(page.select("#results-map").attr("data-tile-url")).isEqualTo("/tiles/{z}/{x}/{y}.png");
		assertThat(page.select("#results-map").attr("data-attribution")).isEqualTo("Test tiles");
		assertThat(markers).contains("39.78", "/listings/L2/12-maple-ave-springfield").doesNotContain("39.111111")
			.doesNotContain("L3");
	}

}
