package org.porchlight.web.search;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.TestListings;
import org.porchlight.web.TestOpenHouses;
import org.porchlight.web.WebTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests the open-house filter of the search: its form field, its query parameter and the weekend window. */
class OpenHouseSearchTests extends WebTestSupport {

	@Autowired
	private JdbcTemplate jdbc;

	@AfterEach
	void deleteOpenHouses() {
		TestOpenHouses.deleteAll(this.jdbc);
	}

	@Test
	void filterHiddenWithoutOpenHouses() {
		this.listings.save(TestListings.listing("S1"));
		TestOpenHouses.insert(this.jdbc, "S1", "OH-PAST", Instant.parse("2020-06-13T18:00:00Z"),
				Instant.parse("2020-06-13T20:00:00Z"), null, null);

		Document page = search("/");

		assertThat(page.select("select#openHouse")).isEmpty();
	}

	@Test
	void filterOffersUpcomingAndWeekend() {
		this.listings.save(TestListings.listing("S2"));
		TestOpenHouses.insert(this.jdbc, "S2", "OH-2", Instant.parse("2099-06-13T18:00:00Z"),
				Instant.parse("2099-06-13T20:00:00Z"), null, null);

		Document page = search("/?openHouse=upcoming");

		assertThat(page.select("select#openHouse option").eachAttr("value")).containsExactly("", "upcoming", "weekend");
		assertThat(page.select("select#openHouse option[selected]").attr("value")).isEqualTo("upcoming");
		assertThat(page.select("label[for=openHouse]").text()).isEqualTo("Open house");
	}

	@Test
	void upcomingMatchesOnlyListingsWithOpenHouse() {
		this.listings.save(TestListings.listing("S3"));
		this.listings.save(TestListings.listing("S4"));
		this.listings.save(TestListings.listing("S5"));
		TestOpenHouses.insert(this.jdbc, "S3", "OH-3", Instant.parse("2099-06-13T18:00:00Z"),
				Instant.parse("2099-06-13T20:00:00Z"), null, null);
		TestOpenHouses.insert(this.jdbc, "S5", "OH-5", Instant.parse("2020-06-13T18:00:00Z"),
				Instant.parse("2020-06-13T20:00:00Z"), null, null);

		assertThat(keys(search("/?openHouse=upcoming"))).containsExactly("S3");
		assertThat(keys(search("/"))).containsExactlyInAnyOrder("S3", "S4", "S5");
	}

	@Test
	void weekendMatchesComingWeekendOnly() {
		this.listings.save(TestListings.listing("S6"));
		this.listings.save(TestListings.listing("S7"));
		OpenHouseFilter.Window weekend = OpenHouseFilter.WEEKEND.window(Instant.now(), ZoneOffset.UTC);
		Instant sundayNoon = weekend.to().minus(Duration.ofHours(12));
		TestOpenHouses.insert(this.jdbc, "S6", "OH-6", sundayNoon, sundayNoon.plus(Duration.ofHours(2)), null, null);
		Instant nextWeek = weekend.to().plus(Duration.ofDays(2));
		TestOpenHouses.insert(this.jdbc, "S7", "OH-7", nextWeek, nextWeek.plus(Duration.ofHours(2)), null, null);

		assertThat(keys(search("/?openHouse=weekend"))).containsExactly("S6");
		assertThat(keys(search("/?openHouse=upcoming"))).containsExactlyInAnyOrder("S6", "S7");
	}

	@Test
	void invalidValueIsNoted() {
		this.listings.save(TestListings.listing("S8"));

		Document page = search("/?openHouse=tomorrow");

		assertThat(page.text()).contains("The open house filter “tomorrow” was ignored: choose upcoming or weekend.");
		assertThat(keys(page)).containsExactly("S8");
	}

	@Test
	void filterKeptInPageLinks() {
		SearchCriteria criteria = SearchCriteria.parse(java.util.Map.of("openHouse", "Weekend", "page", "2")).criteria();

		assertThat(criteria.filters().openHouse()).isEqualTo(OpenHouseFilter.WEEKEND);
		assertThat(criteria.path()).isEqualTo("/?openHouse=weekend&page=2");
		assertThat(criteria.hasFilters()).isTrue();
	}

	@Test
	void weekendWindowOnEachDay() {
		ZoneId chicago = ZoneId.of("America/Chicago");
		// Wednesday 2026-06-10 at noon in Chicago: the coming Saturday and Sunday.
		OpenHouseFilter.Window midweek = OpenHouseFilter.WEEKEND.window(Instant.parse("2026-06-10T17:00:00Z"), chicago);
		assertThat(midweek.from()).isEqualTo(Instant.parse("2026-06-13T05:00:00Z"));
		assertThat(midweek.to()).isEqualTo(Instant.parse("2026-06-15T05:00:00Z"));
		// Saturday afternoon: from now to the end of Sunday.
		Instant saturday = Instant.parse("2026-06-13T20:00:00Z");
		assertThat(OpenHouseFilter.WEEKEND.window(saturday, chicago).from()).isEqualTo(saturday);
		assertThat(OpenHouseFilter.WEEKEND.window(saturday, chicago).to()).isEqualTo(Instant.parse("2026-06-15T05:00:00Z"));
		// Sunday: still this weekend, not the next one.
		Instant sunday = Instant.parse("2026-06-14T16:00:00Z");
		assertThat(sunday.atZone(chicago).getDayOfWeek()).isEqualTo(DayOfWeek.SUNDAY);
		assertThat(OpenHouseFilter.WEEKEND.window(sunday, chicago).to()).isEqualTo(Instant.parse("2026-06-15T05:00:00Z"));
		assertThat(OpenHouseFilter.UPCOMING.window(sunday, chicago).to()).isNull();
	}

	private Document search(String uri) {
		return HtmlPages.parse(this.mvc.get().uri(uri).exchange(), 200);
	}

	private static java.util.List<String> keys(Document page) {
		return page.select("[data-listing-key]").eachAttr("data-listing-key");
	}

}
