package org.porchlight.web.system;

import java.time.ZoneId;
import java.util.Currency;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the public site, bound from {@code porchlight.site.*}.
 *
 * @param name the site's name in the header and page titles; default {@code Porchlight}
 * @param disclaimer the MLS disclaimer shown under listing data; when blank, the default text of the message key
 * {@code disclaimer.default} is shown. Each MLS words its disclaimer its own way, so set this to the MLS's text
 * @param timeZone the time zone in which times are shown, such as when the data was last updated; default the
 * system's time zone
 * @param currency the ISO 4217 code of the currency of list prices; default {@code USD}
 * @param pageSize the number of listings on one page of search results; default 12
 * @param baseUrl the scheme, host and port under which the site is public, such as {@code https://homes.example.com},
 * used in canonical links, share tags and the sitemap; when blank, the address of the current request is used, so set
 * it in production behind a proxy
 * @param brokerageName the name of the brokerage that runs this site, shown in the footer of every page
 * @param brokeragePhone the brokerage's phone number, shown with its name; optional
 * @param brokerageEmail the brokerage's email address, shown with its name; optional
 * @param mlsName the name of the MLS that supplies the listings, used in the default disclaimer; default "the MLS"
 * @param mlsLogoUrl the address of the MLS's IDX logo, shown beside the disclaimer; optional
 * @param mapTileUrl the URL template of the map tiles, such as {@code https://tiles.example.com/{z}/{x}/{y}.png}; the
 * search map is shown only when this is set, because every tile service has its own terms of use
 * @param mapAttribution the attribution that the tile service requires, shown on the map; optional
 * @param sitemapPageSize the number of listings in one page of the sitemap; default 10,000 (the format allows 50,000)
 */
@ConfigurationProperties("porchlight.site")
public record SiteProperties(@DefaultValue("Porchlight") String name, String disclaimer, ZoneId timeZone,
		@DefaultValue("USD") Currency currency, @DefaultValue("12") int pageSize, String baseUrl, String brokerageName, String brokeragePhone,
		String brokerageEmail, @DefaultValue("the MLS") String mlsName, String mlsLogoUrl,
		@DefaultValue("10000") int sitemapPageSize, String mapTileUrl, String mapAttribution) {

	public SiteProperties {
		if (timeZone == null) {
			timeZone = ZoneId.systemDefault();
		}
		if (pageSize < 1 || pageSize > 100) {
			throw new IllegalArgumentException(
					"porchlight.site.page-size must be between 1 and 100, but was " + pageSize);
		}
		if (sitemapPageSize < 1 || sitemapPageSize > 50000) {
			throw new IllegalArgumentException(
					"porchlight.site.sitemap-page-size must be between 1 and 50000, but was " + sitemapPageSize);
		}
	}

}
