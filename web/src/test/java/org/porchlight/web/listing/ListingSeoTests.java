package org.porchlight.web.listing;

import java.math.BigDecimal;
import java.time.Instant;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests listing addresses, redirects, share tags, structured data and the page of a listing that left the market. */
class ListingSeoTests extends WebTestSupport {

	private final JsonMapper json = JsonMapper.builder().build();

	@Test
	void keyAloneRedirectsPermanentlyToSlugAddress() {
		this.listings.save(TestListings.listing("S1"));

		MvcTestResult result = this.mvc.get().uri("/listings/S1?photo=2").exchange();
		assertThat(result).hasStatus(301);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/listings/S1/12-maple-ave-springfield?photo=2");
	}

	@Test
	void outdatedSlugRedirectsToCurrentOne() {
		Listing listing = TestListings.listing("S2");
		listing.setStreetName("Oak");
		this.listings.save(listing);

		MvcTestResult result = this.mvc.get().uri("/listings/S2/12-maple-ave-springfield").exchange();
		assertThat(result).hasStatus(301);
		assertThat(result.getResponse().getHeader("Location")).isEqualTo("/listings/S2/12-oak-ave-springfield");
	}

	@Test
	void slugDropsAccentsAndPunctuation() {
		Listing listing = TestListings.listing("S3");
		listing.setStreetName("Côte-d’Or  / Élan");
		listing.setCity("Saint-Léon");
		this.listings.save(listing);

		assertThat(this.mvc.get().uri("/listings/S3/12-cote-d-or-elan-ave-saint-leon").exchange()).hasStatusOk();
	}

	@Test
	void pageCarriesCanonicalLinkShareTagsAndStructuredData() {
		Listing listing = TestListings.listing("S4");
		listing.setLatitude(new BigDecimal("39.781721"));
		listing.setLongitude(new BigDecimal("-89.650148"));
		TestListings.addPhoto(listing, 1);
		this.listings.save(listing);

		Document page = HtmlPages.parse(this.mvc.get().uri("/listings/S4/12-maple-ave-springfield").exchange(), 200);
		String canonical = "http://localhost/listings/S4/12-maple-ave-springfield";
		assertThat(page.select("link[rel=canonical]").attr("href")).isEqualTo(canonical);
		assertThat(page.select("meta[property=og:url]").attr("content")).isEqualTo(canonical);
		assertThat(page.select("meta[property=og:title]").attr("content")).isEqualTo("12 Maple Ave, $300,000 | Porchlight");
		assertThat(page.select("meta[property=og:image]").attr("content"))
			.isEqualTo("http://localhost/photos/display/S4/1");
		assertThat(page.select("meta[name=description]").attr("content")).contains("$300,000", "Springfield");

		JsonNode data = this.json.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(data.get("@type").asString()).isEqualTo("RealEstateListing");
		assertThat(data.get("url").asString()).isEqualTo(canonical);
		assertThat(data.get("offers").get("price").asString()).isEqualTo("300000");
		assertThat(data.get("offers").get("priceCurrency").asString()).isEqualTo("USD");
		assertThat(data.get("about").get("address").get("streetAddress").asString()).isEqualTo("12 Maple Ave");
		assertThat(data.get("about").get("geo").get("latitude").asDouble()).isEqualTo(39.781721);
		assertThat(data.get("image").get(0).asString()).isEqualTo("http://localhost/photos/display/S4/1");
	}

	@Test
	void structuredDataCannotCloseItsScriptElement() {
		Listing listing = TestListings.listing("S5");
		listing.setPublicRemarks("</script><script>alert(1)</script>");
		this.listings.save(listing);

		Document page = HtmlPages.parse(this.mvc.get().uri("/listings/S5/12-maple-ave-springfield").exchange(), 200);
		assertThat(page.select("script[type=application/ld+json]")).hasSize(1);
		JsonNode data = this.json.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(data.get("description").asString()).isEqualTo("</script><script>alert(1)</script>");
	}

	@Test
	void withheldAddressLeavesStreetAndCoordinatesOutOfHeadAndSlug() {
		Listing listing = TestListings.listing("S6");
		listing.setAddressHidden(true);
		listing.setStreetName("Secret Hollow");
		listing.setLatitude(new BigDecimal("39.7"));
		listing.setLongitude(new BigDecimal("-89.6"));
		this.listings.save(listing);

		MvcTestResult redirect = this.mvc.get().uri("/listings/S6").exchange();
		assertThat(redirect.getResponse().getHeader("Location")).isEqualTo("/listings/S6/home-in-springfield");
		Document page = HtmlPages.parse(this.mvc.get().uri("/listings/S6/home-in-springfield").exchange(), 200);
		assertThat(page.head().html()).doesNotContain("Secret").doesNotContain("Hollow").doesNotContain("39.7");
		JsonNode data = this.json.readTree(page.select("script[type=application/ld+json]").html());
		assertThat(data.get("about").has("geo")).isFalse();
		assertThat(data.get("about").get("address").has("streetAddress")).isFalse();
	}

	@Test
	void listingThatLeftMarketIsGoneWithSimilarHomes() {
		Listing removed = TestListings.listing("G1");
		removed.setVisible(false);
		removed.setRemovedAt(Instant.parse("2026-03-02T00:00:00Z"));
		this.listings.save(removed);
		Listing nearby = TestListings.listing("G2");
		nearby.setListPrice(new BigDecimal("310000"));
		this.listings.save(nearby);
		Listing tooDear = TestListings.listing("G3");
		tooDear.setListPrice(new BigDecimal("900000"));
		this.listings.save(tooDear);

		for (String path : new String[] { "/listings/G1", "/listings/G1/12-maple-ave-springfield" }) {
			Document page = HtmlPages.parse(this.mvc.get().uri(path).exchange(), 410);
			assertThat(page.select("meta[name=robots]").attr("content")).isEqualTo("noindex");
			assertThat(page.select("h1").text()).isEqualTo("12 Maple Ave is no longer for sale");
			assertThat(page.select(".similar .card-title a").eachAttr("data-listing-key")).containsExactly("G2");
		}
	}

	@Test
	void hiddenListingThatNeverLeftMarketIsNotFound() {
		Listing hidden = TestListings.listing("G4");
		hidden.setVisible(false);
		this.listings.save(hidden);

		assertThat(this.mvc.get().uri("/listings/G4/12-maple-ave-springfield").exchange()).hasStatus(404);
	}

	@Test
	void listingPageShowsSimilarHomesButNotItself() {
		this.listings.save(TestListings.listing("H1"));
		this.listings.save(TestListings.listing("H2"));

		Document page = HtmlPages.parse(this.mvc.get().uri("/listings/H1/12-maple-ave-springfield").exchange(), 200);
		assertThat(page.select(".similar .card-title a").eachAttr("data-listing-key")).containsExactly("H2");
	}

}
