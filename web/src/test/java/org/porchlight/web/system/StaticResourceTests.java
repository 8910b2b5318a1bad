package org.porchlight.web.system;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests that pages link CSS and scripts under content-hashed names that may be cached for a year. */
class StaticResourceTests extends WebTestSupport {

	@Test
	void pagesLinkHashedAssetsCachedForYear() {
		this.listings.save(TestListings.listing("R1"));
		Document page = HtmlPages.parse(this.mvc.get().uri("/").exchange(), 200);
		String stylesheet = page.select("link[rel=stylesheet]").attr("href");
		assertThat(stylesheet).matches("/css/site-[0-9a-f]{32}\\.css");

		MvcTestResult css = this.mvc.get().uri(stylesheet).exchange();
		assertThat(css).hasStatusOk();
		assertThat(css.getResponse().getHeader("Cache-Control")).isEqualTo("max-age=31536000, public, immutable");
		assertThat(this.mvc.get().uri("/css/site-00000000000000000000000000000000.css").exchange()).hasStatus(404);
	}

	@Test
	void listingPageScriptIsHashed() {
		this.listings.save(TestListings.listing("R2"));
		Document page = HtmlPages.parse(this.mvc.get().uri("/listings/R2/12-maple-ave-springfield").exchange(), 200);
		assertThat(page.select("script[src]").attr("src")).matches("/js/gallery-[0-9a-f]{32}\\.js");
	}

}
