package org.porchlight.web.system;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Tests the pages for agents' sites: they may be framed while the rest of the site may not, they stay under
 * {@code /embed}, and they are built from the same fragments as the site's pages.
 */
class EmbedTests extends WebTestSupport {

	@Test
	void embedPagesAllowFraming() {
		saveListings(1);

		for (String path : List.of("/embed/search", "/embed/listings/E00/12-maple-ave-springfield")) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).hasStatusOk();
			assertThat(result.getResponse().getHeader("X-Frame-Options")).as(path).isNull();
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path).isEqualTo("frame-ancestors *");
		}
	}

	@Test
	void sitePagesDenyFraming() {
		saveListings(1);

		for (String path : List.of("/", "/listings/E00/12-maple-ave-springfield", "/admin/login")) {
			MvcTestResult result = this.mvc.get().uri(path).exchange();
			assertThat(result).hasStatusOk();
			assertThat(result.getResponse().getHeader("X-Frame-Options")).as(path).isEqualTo("DENY");
			assertThat(result.getResponse().getHeader("Content-Security-Policy")).as(path).isNull();
		}
	}

	@Test
	void embedSearchLinksStayInEmbed() {
		saveListings(30);

		Document page = HtmlPages.parse(this.mvc.get().uri("/embed/search?q=Springfield&page=2").exchange(), 200);
		assertThat(page.select("form.filter-form").attr("action")).isEqualTo("/embed/search");
		assertThat(page.select(".clear-filters").attr("href")).isEqualTo("/embed/search");
		List<String> pageLinks = page.select(".pagination a").eachAttr("href");
		assertThat(pageLinks).isNotEmpty()
			.allSatisfy((link) -> assertThat(link).startsWith("/embed/search?").contains("q=Springfield"));
		List<String> cardLinks = page.select(".card-title a").eachAttr("href");
		assertThat(cardLinks).hasSize(12).allSatisfy((link) -> assertThat(link).startsWith("/embed/listings/E"));
	}

	@Test
	void embedPagesReuseSiteFragments() {
		List<Listing> saved = saveListings(3);
		Listing withPhotos = saved.get(0);
		TestListings.addPhoto(withPhotos, 1);
		TestListings.addPhoto(withPhotos, 2);
		this.listings.save(withPhotos);

		Document search = HtmlPages.parse(this.mvc.get().uri("/embed/search").exchange(), 200);
		assertThat(search.select("body.embedded")).hasSize(1);
		assertThat(search.select("form.filter-form[role=search]")).hasSize(1);
		assertThat(search.select("article.card")).hasSize(3);
		assertThat(search.select("article.card .attribution").eachText())
			.allSatisfy((text) -> assertThat(text).startsWith("Listed by "));
		assertThat(search.select(".disclaimer-text")).hasSize(1);

		Document listing = HtmlPages.parse(this.mvc.get().uri("/embed/listings/E00/12-maple-ave-springfield").exchange(),
				200);
		assertThat(listing.select("section.gallery[data-gallery]")).hasSize(1);
		assertThat(listing.select(".gallery-next").attr("href")).startsWith("/embed/listings/E00/");
		assertThat(listing.select("section.attribution .attribution-office").text()).isEqualTo("Listed by Prairie Realty");
		assertThat(listing.select(".similar article.card .card-title a").eachAttr("href"))
			.isNotEmpty()
			.allSatisfy((link) -> assertThat(link).startsWith("/embed/listings/"));
	}

	@Test
	void frameAncestorsFromConfiguredSites() {
		EmbedProperties properties = new EmbedProperties(List.of("https://agent.example.com", "'self'"));

		assertThat(properties.contentSecurityPolicy()).isEqualTo("frame-ancestors https://agent.example.com 'self'");
	}

	@Test
	void frameAncestorsRejectInjectedDirective() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> new EmbedProperties(List.of("https://agent.example.com; script-src *")))
			.withMessageContaining("invalid source");
		assertThatIllegalArgumentException().isThrownBy(() -> new EmbedProperties(List.of()))
			.withMessageContaining("at least one source");
	}

	private List<Listing> saveListings(int count) {
		List<Listing> saved = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			Listing listing = TestListings.listing("E%02d".formatted(i));
			listing.setListPrice(BigDecimal.valueOf(300_000 + i * 1000));
			saved.add(listing);
		}
		return this.listings.saveAll(saved);
	}

}
