package org.porchlight.web.listing;

import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.web.system.SiteProperties;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests how {@link ListingFormat} shows the values of the "all public facts" list. */
class ListingFormatTests {

	private final ListingFormat format = new ListingFormat(new SiteProperties("Porchlight", null, null,
			Currency.getInstance("USD"), 12, null, null, null, null, "the MLS", null, 10000, null, null),
			new StaticMessageSource());

	@BeforeEach
	void useUnitedStatesLocale() {
		LocaleContextHolder.setLocale(Locale.US);
	}

	@AfterEach
	void resetLocale() {
		LocaleContextHolder.resetLocaleContext();
	}

	@Test
	void priceFactShowsCurrency() {
		assertThat(this.format.factValue("Original List Price", "281700")).isEqualTo("$281,700");
		assertThat(this.format.factValue("Association Fee Price", "125.5")).isEqualTo("$125.50");
	}

	@Test
	void areaFactShowsGrouping() {
		assertThat(this.format.factValue("Total SqFt.", "2234")).isEqualTo("2,234");
		assertThat(this.format.factValue("Lot Size Square Feet", "10890")).isEqualTo("10,890");
		assertThat(this.format.factValue("Lot Acres", "1.25")).isEqualTo("1.25");
	}

	@Test
	void otherFactsStayAsStored() {
		assertThat(this.format.factValue("Year Built", "1998")).isEqualTo("1998");
		assertThat(this.format.factValue("Zip Code", "58104")).isEqualTo("58104");
		assertThat(this.format.factValue("List Price", "Call for price")).isEqualTo("Call for price");
		assertThat(this.format.factValue("Heating", "Forced air")).isEqualTo("Forced air");
	}

	@Test
	void germanLocaleGroupsWithPeriods() {
		LocaleContextHolder.setLocale(Locale.GERMANY);
		assertThat(this.format.factValue("Total SqFt.", "2234")).isEqualTo("2.234");
	}

}
