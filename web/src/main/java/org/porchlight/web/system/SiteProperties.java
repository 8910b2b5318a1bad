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
 */
@ConfigurationProperties("porchlight.site")
public record SiteProperties(@DefaultValue("Porchlight") String name, String disclaimer, ZoneId timeZone,
		@DefaultValue("USD") Currency currency, @DefaultValue("12") int pageSize) {

	public SiteProperties {
		if (timeZone == null) {
			timeZone = ZoneId.systemDefault();
		}
		if (pageSize < 1 || pageSize > 100) {
			throw new IllegalArgumentException(
					"porchlight.site.page-size must be between 1 and 100, but was " + pageSize);
		}
	}

}
