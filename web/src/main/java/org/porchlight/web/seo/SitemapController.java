package org.porchlight.web.seo;

import java.time.Duration;
import java.time.format.DateTimeFormatter;
import java.util.List;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.web.listing.ListingUrls;
import org.porchlight.web.system.SiteProperties;

import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.util.HtmlUtils;

/**
 * Serves {@code robots.txt} and the XML sitemap of the public listings: a sitemap index at {@code /sitemap.xml} that
 * names one page, {@code /sitemap-listings-{n}.xml}, per {@code porchlight.site.sitemap-page-size} listings.
 */
@Controller
class SitemapController {

	private static final MediaType XML = MediaType.parseMediaType("application/xml;charset=UTF-8");

	private static final CacheControl CACHE_FOR_AN_HOUR = CacheControl.maxAge(Duration.ofHours(1)).cachePublic();

	private static final Specification<Listing> VISIBLE = (root, query, builder) -> builder.isTrue(root.get("visible"));

	private final ListingRepository listings;

	private final ListingUrls urls;

	private final int pageSize;

	SitemapController(ListingRepository listings, ListingUrls urls, SiteProperties site) {
		this.listings = listings;
		this.urls = urls;
		this.pageSize = site.sitemapPageSize();
	}

	@GetMapping(path = "/robots.txt", produces = "text/plain;charset=UTF-8")
	ResponseEntity<String> robots() {
		String body = """
				User-agent: *
				Disallow: /admin
				Disallow: /embed/
				Sitemap: %s
				""".formatted(this.urls.absolute("/sitemap.xml"));
		return ResponseEntity.ok().cacheControl(CACHE_FOR_AN_HOUR).body(body);
	}

	@GetMapping("/sitemap.xml")
	ResponseEntity<String> index() {
		long count = this.listings.countByVisibleTrue();
		long pages = Math.max(1, (count + this.pageSize - 1) / this.pageSize);
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<sitemapindex xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (long page = 1; page <= pages; page++) {
			xml.append("  <sitemap><loc>")
				.append(HtmlUtils.htmlEscape(this.urls.absolute("/sitemap-listings-" + page + ".xml")))
				.append("</loc></sitemap>\n");
		}
		xml.append("</sitemapindex>\n");
		return ResponseEntity.ok().contentType(XML).cacheControl(CACHE_FOR_AN_HOUR).body(xml.toString());
	}

	@GetMapping("/sitemap-listings-{page}.xml")
	ResponseEntity<String> page(@PathVariable String page) {
		int number = parsePage(page);
		if (number < 1) {
			return ResponseEntity.notFound().build();
		}
		// NOTE: offset paging reads every earlier row; past a few hundred thousand listings keyset paging would be faster.
		List<Listing> visible = this.listings
			.findAll(VISIBLE, PageRequest.of(number - 1, this.pageSize, Sort.by("id")))
			.getContent();
		if (visible.isEmpty() && number > 1) {
			return ResponseEntity.notFound().build();
		}
		StringBuilder xml = new StringBuilder(
				"<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n<urlset xmlns=\"http://www.sitemaps.org/schemas/sitemap/0.9\">\n");
		for (Listing listing : visible) {
			xml.append("  <url><loc>").append(HtmlUtils.htmlEscape(this.urls.absolute(listing))).append("</loc>");
			if (listing.getModificationTimestamp() != null) {
				xml.append("<lastmod>")
					.append(DateTimeFormatter.ISO_INSTANT.format(listing.getModificationTimestamp()))
					.append("</lastmod>");
			}
			xml.append("</url>\n");
		}
		xml.append("</urlset>\n");
		return ResponseEntity.ok().contentType(XML).cacheControl(CACHE_FOR_AN_HOUR).body(xml.toString());
	}

	/** Returns the page number, or 0 when the text is not a page number that an index could name. */
	private int parsePage(String page) {
		if (page.length() > 9 || !page.chars().allMatch(Character::isDigit) || page.isEmpty()) {
			return 0;
		}
		int number = Integer.parseInt(page);
		return (number <= Integer.MAX_VALUE / this.pageSize) ? number : 0;
	}

}
