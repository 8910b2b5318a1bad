package org.porchlight.web.seo;

import java.nio.charset.StandardCharsets;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.parser.Parser;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.test.context.TestPropertySource;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests robots.txt and the paged sitemap of public listings. */
@TestPropertySource(properties = "porchlight.site.sitemap-page-size=2")
class SitemapTests extends WebTestSupport {

	@Test
	void robotsNamesSitemapAndKeepsCrawlersOutOfAdmin() throws Exception {
		MvcTestResult result = this.mvc.get().uri("/robots.txt").exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsString()).contains("Disallow: /admin")
			.contains("Sitemap: http://localhost/sitemap.xml");
	}

	@Test
	void indexNamesOnePagePerPageSizeOfVisibleListings() throws Exception {
		for (String key : new String[] { "M1", "M2", "M3" }) {
			this.listings.save(TestListings.listing(key));
		}
		Listing hidden = TestListings.listing("M4");
		hidden.setVisible(false);
		this.listings.save(hidden);

		Document index = xml("/sitemap.xml");
		assertThat(index.select("sitemap > loc").eachText()).containsExactly(
				"http://localhost/sitemap-listings-1.xml", "http://localhost/sitemap-listings-2.xml");
		assertThat(xml("/sitemap-listings-1.xml").select("url > loc").eachText()).containsExactly(
				"http://localhost/listings/M1/12-maple-ave-springfield",
				"http://localhost/listings/M2/12-maple-ave-springfield");
		Document second = xml("/sitemap-listings-2.xml");
		assertThat(second.select("url > loc").eachText())
			.containsExactly("http://localhost/listings/M3/12-maple-ave-springfield");
		assertThat(second.select("url > lastmod").text()).isEqualTo("2026-03-01T12:00:00Z");
	}

	@Test
	void withheldAddressIsNotInSitemap() {
		Listing listing = TestListings.listing("M5");
		listing.setAddressHidden(true);
		this.listings.save(listing);

		assertThat(xml("/sitemap-listings-1.xml").select("url > loc").eachText())
			.containsExactly("http://localhost/listings/M5/home-in-springfield");
	}

	@Test
	void pagesPastTheEndOrMalformedAreNotFound() {
		assertThat(this.mvc.get().uri("/sitemap-listings-1.xml").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/sitemap-listings-2.xml").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/sitemap-listings-0.xml").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/sitemap-listings-99999999999.xml").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/sitemap-listings-x.xml").exchange()).hasStatus(404);
	}

	private Document xml(String path) {
		MvcTestResult result = this.mvc.get().uri(path).exchange();
		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentType()).startsWith("application/xml");
		try {
			return Jsoup.parse(result.getResponse().getContentAsString(StandardCharsets.UTF_8), "", Parser.xmlParser());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
