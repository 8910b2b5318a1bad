package org.porchlight.web.search;

import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.util.UriComponentsBuilder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends hostile and malformed values in every query parameter of the public pages, and checks that each gets a page
 * (with the value ignored, or a 4xx page) and never a server error or reflected markup.
 */
class HostileInputTests extends WebTestSupport {

	private static final List<String> HOSTILE_VALUES = List.of("", " ", "-1", "0", "2147483648", "99999999999999999999",
			"1e308", "NaN", "Infinity", "-0", "0x10", "１２３", "' OR '1'='1", "1; DROP TABLE listing;--",
			"\" onmouseover=\"alert(1)", "<script>alert(1)</script>", "%00", "\u0000", "../../etc/passwd",
			"${7*7}", "[[${7*7}]]", "*{T(java.lang.Runtime).getRuntime()}", "%", "_", "\\", "a".repeat(10_000),
			"\uD83C\uDFE0", "\uFFFF", "1,2,3", "null", "undefined", "[]", "{}");

	private static final List<String> PARAMETERS = List.of("q", "minPrice", "maxPrice", "beds", "baths", "sort",
			"page", "photo", "type", "minArea", "maxArea", "minLot", "maxLot", "minYear", "maxYear", "keywords",
			"photos", "openHouse", "north", "south", "east", "west", "view");

	private static final List<String> PATHS = List.of("/", "/listings", "/listings/K1/12-maple-ave-springfield",
			"/embed/search", "/embed/listings/K1/12-maple-ave-springfield", "/search/suggestions");

	@BeforeEach
	void saveListing() {
		this.listings.save(TestListings.listing("K1"));
	}

	static Stream<String> hostileValues() {
		return HOSTILE_VALUES.stream();
	}

	@ParameterizedTest
	@MethodSource("hostileValues")
	void hostileValueInEveryParameterNeverCausesServerError(String value) throws Exception {
		for (String path : PATHS) {
			UriComponentsBuilder everyParameter = UriComponentsBuilder.fromPath(path);
			PARAMETERS.forEach((parameter) -> everyParameter.queryParam(parameter, "{value}"));
			assertAnswered(everyParameter.encode().buildAndExpand(Map.of("value", value)).toUriString(), value);
		}
	}

	private void assertAnswered(String uri, String value) throws Exception {
		MvcTestResult result = this.mvc.get().uri(uri).header("Accept", "*/*").exchange();
		String description = uri.substring(0, Math.min(uri.length(), 60)) + " with " + abbreviate(value);
		assertThat(result.getResponse().getStatus()).as(description).isLessThan(500);
		assertThat(result.getResponse().getContentType()).as(description).containsAnyOf("text/html", "application/json");
		assertThat(result.getResponse().getContentAsString()).as(description)
			.doesNotContain("<script>alert(1)</script>")
			.doesNotContain("\" onmouseover=\"alert(1)")
			.doesNotContain("49");
	}

	private static String abbreviate(String value) {
		return (value.length() > 40) ? value.substring(0, 40) + "..." : value;
	}

}
