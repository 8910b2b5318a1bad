package org.porchlight.web.search;

import java.math.BigDecimal;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests how query parameters become a search, and how a search becomes a link again. */
class SearchCriteriaTests {

	@Test
	void emptyParametersGiveDefaultSearch() {
		SearchCriteria.Parsed parsed = SearchCriteria.parse(Map.of());

		assertThat(parsed.notes()).isEmpty();
		assertThat(parsed.criteria().hasFilters()).isFalse();
		assertThat(parsed.criteria().sort()).isEqualTo(SearchSort.NEWEST);
		assertThat(parsed.criteria().page()).isEqualTo(1);
		assertThat(parsed.criteria().path()).isEqualTo("/");
	}

	@Test
	void pricesAcceptCurrencySignsAndGrouping() {
		SearchCriteria criteria = SearchCriteria.parse(Map.of("minPrice", " $250,000 ", "maxPrice", "1e6")).criteria();

		assertThat(criteria.minPrice()).isEqualByComparingTo(new BigDecimal("250000"));
		assertThat(criteria.maxPrice()).isEqualByComparingTo(new BigDecimal("1000000"));
	}

	@Test
	void outOfRangeValuesAreNoted() {
		SearchCriteria.Parsed parsed = SearchCriteria
			.parse(Map.of("minPrice", "1e99", "beds", "100", "baths", "0", "page", "99999999999"));

		assertThat(parsed.criteria().minPrice()).isNull();
		assertThat(parsed.criteria().minBeds()).isNull();
		assertThat(parsed.criteria().minBaths()).as("0 means any number of bathrooms").isNull();
		assertThat(parsed.criteria().page()).isEqualTo(1);
		assertThat(parsed.notes()).extracting(SearchNote::code)
			.containsExactly("search.note.invalidMinPrice", "search.note.invalidBeds", "search.note.invalidPage");
	}

	@Test
	void longLocationIsShortened() {
		SearchCriteria.Parsed parsed = SearchCriteria.parse(Map.of("q", "  Spring   " + "x".repeat(200)));

		assertThat(parsed.criteria().location()).startsWith("Spring x").hasSize(SearchCriteria.MAX_LOCATION_LENGTH);
		assertThat(parsed.notes()).extracting(SearchNote::code).containsExactly("search.note.locationShortened");
	}

	@Test
	void pathKeepsFiltersAndEncodesText() {
		SearchCriteria criteria = SearchCriteria
			.parse(Map.of("q", "Fargo & Moorhead", "minPrice", "100000", "beds", "3", "sort", "price-desc", "page", "2"))
			.criteria();

		assertThat(criteria.path()).isEqualTo("/?q=Fargo%20%26%20Moorhead&minPrice=100000&beds=3&sort=price-desc&page=2");
		assertThat(criteria.withPage(1).path()).isEqualTo("/?q=Fargo%20%26%20Moorhead&minPrice=100000&beds=3&sort=price-desc");
	}

}
