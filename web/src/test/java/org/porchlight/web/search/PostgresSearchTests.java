package org.porchlight.web.search;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.PostgresTestDatabase;
import org.porchlight.web.TestListings;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Runs the search query on PostgreSQL, the production store, whose string functions, {@code LIKE} escapes and null
 * ordering differ from H2's.
 */
@ExtendWith({ PostgresTestDatabase.class, SpringExtension.class })
@SpringBootTest(properties = { "porchlight.sync.enabled=false", "porchlight.site.time-zone=UTC" })
@AutoConfigureMockMvc
@DirtiesContext
class PostgresSearchTests {

	@Autowired
	private MockMvcTester mvc;

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresTestDatabase.register(registry);
	}

	@BeforeAll
	static void saveListings(@Autowired ListingRepository listings) {
		Listing springfield = listing("R1", "Springfield", 300_000, "2026-01-01T00:00:00Z");
		Listing percent = listing("R2", "100% Town", 500_000, "2026-02-01T00:00:00Z");
		percent.setStreetNumber("740");
		percent.setStreetName("Evergreen");
		percent.setStreetSuffix("Terrace");
		Listing noPrice = listing("R3", "Springfield", 0, "2026-03-01T00:00:00Z");
		noPrice.setListPrice(null);
		noPrice.setStreetNumber(null);
		Listing hidden = listing("R4", "Shelbyville", 200_000, "2026-04-01T00:00:00Z");
		hidden.setAddressHidden(true);
		hidden.setStreetName("Secretive");
		listings.saveAll(List.of(springfield, percent, noPrice, hidden));
	}

	@Test
	void locationMatchesCityPostalCodeStreetAndMlsNumber() {
		assertThat(resultKeys("/?q={q}", "SPRINGFIELD")).containsExactly("R3", "R1");
		assertThat(resultKeys("/?q={q}", "6270")).containsExactly("R4", "R3", "R2", "R1");
		assertThat(resultKeys("/?q={q}", "740 evergreen")).containsExactly("R2");
		assertThat(resultKeys("/?q={q}", "mls-r1")).containsExactly("R1");
		assertThat(resultKeys("/?q={q}", "secretive")).isEmpty();
	}

	@Test
	void likeWildcardsInLocationMatchLiterally() {
		assertThat(resultKeys("/?q={q}", "100%")).containsExactly("R2");
		assertThat(resultKeys("/?q={q}", "%")).containsExactly("R2");
		assertThat(resultKeys("/?q={q}", "_")).isEmpty();
	}

	@Test
	void priceSortPutsMissingPricesLast() {
		assertThat(resultKeys("/?sort=price-asc")).containsExactly("R4", "R1", "R2", "R3");
		assertThat(resultKeys("/?sort=price-desc")).containsExactly("R2", "R1", "R4", "R3");
		assertThat(resultKeys("/?minPrice=250000&maxPrice=400000")).containsExactly("R1");
	}

	@Test
	void migrationsAddSearchIndexesAndStatistics(@Autowired JdbcTemplate jdbc) {
		List<String> indexes = jdbc.queryForList("select indexname from pg_indexes where tablename = 'listing'",
				String.class);
		assertThat(indexes).contains("listing_visible_newest", "listing_visible_price_asc", "listing_visible_price_desc",
				"listing_visible_beds_desc", "listing_visible_size_desc", "listing_visible_city_newest");
		List<String> statistics = jdbc.queryForList("select stxname from pg_statistic_ext", String.class);
		assertThat(statistics).contains("listing_lower_remarks", "listing_lower_city", "listing_lower_postal_code");
		assertThat(indexes).contains("listing_city_trigram", "listing_postal_code_trigram", "listing_listing_id_trigram",
				"listing_unparsed_address_trigram", "listing_street_trigram", "listing_public_remarks_trigram");
	}

	@Test
	void connectionsPlanEachStatement(@Autowired JdbcTemplate jdbc) {
		assertThat(jdbc.queryForObject("show plan_cache_mode", String.class)).isEqualTo("force_custom_plan");
	}

	private List<String> resultKeys(String uriTemplate, Object... uriVariables) {
		Document page = HtmlPages.parse(this.mvc.get().uri(uriTemplate, uriVariables).exchange(), 200);
		return page.select(".card-title a").eachAttr("data-listing-key");
	}

	private static Listing listing(String key, String city, int price, String modified) {
		Listing listing = TestListings.listing(key);
		listing.setCity(city);
		listing.setListPrice(BigDecimal.valueOf(price));
		listing.setModificationTimestamp(Instant.parse(modified));
		return listing;
	}

}
