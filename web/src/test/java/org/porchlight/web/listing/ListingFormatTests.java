package org.porchlight.web.listing;

import java.util.Currency;
import java.util.Locale;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.web.TestListings;
import org.porchlight.web.system.SiteProperties;

import org.springframework.context.i18n.LocaleContextHolder;
import org.springframework.context.support.StaticMessageSource;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests how {@link ListingFormat} shows the values of the "all public facts" list. */
class ListingFormatTests {

	private final ListingFormat format = new ListingFormat(new SiteProperties("Porchlight", null, null,
			Currency.getInstance("USD"), 12, null, null, null, null, "the MLS", null, 10000, null, null),
			messages());

	private static StaticMessageSource messages() {
		StaticMessageSource messages = new StaticMessageSource();
		messages.addMessage("listing.photo.alt", Locale.US, "Photo {0} of {1}: {2}");
		messages.addMessage("listing.photo.alt.described", Locale.US, "Photo {0} of {1}: {2}, {3}");
		messages.addMessage("listing.home.bedsBaths", Locale.US, "{0} bed, {1} bath home at {2}");
		messages.addMessage("listing.home.beds", Locale.US, "{0} bed home at {1}");
		messages.addMessage("listing.home", Locale.US, "Home at {0}");
		return messages;
	}

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
	void photoAltSkipsFileNameDescriptions() {
		Listing listing = TestListings.listing("L1");
		ListingPhoto named = new ListingPhoto();
		named.setDescription("20140426_131723");
		ListingPhoto described = new ListingPhoto();
		described.setDescription("Kitchen with island");

		assertThat(this.format.photoAlt(listing, named, 2, 5)).doesNotContain("20140426_131723");
		assertThat(this.format.photoAlt(listing, described, 3, 5)).contains("Kitchen with island");
	}

	@Test
	void germanLocaleGroupsWithPeriods() {
		LocaleContextHolder.setLocale(Locale.GERMANY);
		assertThat(this.format.factValue("Total SqFt.", "2234")).isEqualTo("2.234");
	}

}
