package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectFailure;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;
import org.porchlight.sandbox.AuthScheme;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxListings;

/** One session against the RETS sandbox, run for Basic, Digest and automatic choice of the scheme. */
class SandboxScenarioTests {

	private static final int MAX_ROWS = 50;

	static Stream<Arguments> authentication() {
		return Stream.of(Arguments.of(List.of(AuthScheme.BASIC), AuthMode.BASIC),
				Arguments.of(List.of(AuthScheme.DIGEST), AuthMode.DIGEST),
				Arguments.of(List.of(AuthScheme.DIGEST, AuthScheme.BASIC), AuthMode.AUTO));
	}

	@ParameterizedTest(name = "server offers {0}, client auth mode {1}")
	@MethodSource("authentication")
	void wholeSession(List<AuthScheme> schemes, AuthMode mode) {
		try (RetsSandbox sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("agent")
			.password("sandbox-pw")
			.listingCount(180)
			.seed(7L)
			.maxRows(MAX_ROWS)
			.authSchemes(schemes.toArray(AuthScheme[]::new))
			.build())) {
			RetsClientConfig config = RetsClientConfig.builder()
				.loginUrl(sandbox.loginUrl())
				.username("agent")
				.password("sandbox-pw")
				.authMode(mode)
				.build();
			try (RetsClient client = RetsClient.create(config)) {
				assertThat(client.login().url("Search")).isPresent();
				ListingClassProfile profile = profile(client.metadata());
				SandboxListings listings = sandbox.listings();
				String activeCode = listings.record(listings.activeKeys().get(0)).get(profile.statusField());
				assertThat(profile.activeValues()).contains(activeCode);

				pageWithSelectLimitAndOffset(client, profile);
				searchAllActive(client, profile, listings);
				decodedStatusIsActive(client, profile, listings.activeKeys().get(0));
				photos(client, profile, listings);

				client.logout();
			}
			RetsClient wrongPassword = RetsClient.create(RetsClientConfig.builder()
				.loginUrl(sandbox.loginUrl())
				.username("agent")
				.password("not-the-password")
				.authMode(mode)
				.build());
			try (wrongPassword) {
				assertThatThrownBy(wrongPassword::login).isInstanceOf(RetsAuthenticationException.class)
					.hasMessageContaining("rejected the credentials");
			}
		}
	}

	private static ListingClassProfile profile(RetsMetadata metadata) {
		ListingClassProfile profile = ListingClassProfile.resolve(metadata, "Property", "A");
		assertThat(profile.keyField()).isEqualTo("LIST_1");
		assertThat(profile.statusField()).isEqualTo("LIST_15");
		assertThat(profile.statusLookupName()).isEqualTo("20000426151013377656000000");
		assertThat(profile.activeValues()).hasSize(1);
		assertThat(profile.modificationTimestampField()).isEqualTo("LIST_87");
		assertThat(profile.photoCountField()).isEqualTo("LIST_133");
		assertThat(profile.photoTimestampField()).isEqualTo("LIST_134");
		return profile;
	}

	private static void pageWithSelectLimitAndOffset(RetsClient client, ListingClassProfile profile) {
		List<SearchRow> first = new ArrayList<>();
		List<SearchRow> second = new ArrayList<>();
		SearchRequest.Builder request = SearchRequest.builder("Property", "A")
			.query(activeQuery(profile))
			.select(List.of("LIST_1", "LIST_15", "LIST_22"))
			.limit(10);

		SearchResult firstPage = client.search(request.offset(1).build(), first::add);
		client.search(request.offset(11).build(), second::add);

		assertThat(firstPage.columns()).containsExactly("LIST_1", "LIST_15", "LIST_22");
		assertThat(first).hasSize(10);
		assertThat(second).hasSize(10);
		assertThat(firstPage.totalCount()).isPresent();
		Set<String> keys = new HashSet<>();
		first.forEach((row) -> keys.add(row.get("LIST_1")));
		second.forEach((row) -> keys.add(row.get("LIST_1")));
		assertThat(keys).hasSize(20);
		assertThat(first).allSatisfy((row) -> assertThat(profile.activeValues()).contains(row.get("LIST_15")));
	}

	private static void searchAllActive(RetsClient client, ListingClassProfile profile, SandboxListings listings) {
		List<String> keys = new ArrayList<>();

		SearchResult result = client.searchAll(SearchRequest.builder("Property", "A")
			.query(activeQuery(profile))
			.select(List.of("LIST_1"))
			.build(), (row) -> keys.add(row.get("LIST_1")));

		assertThat(listings.activeKeys()).hasSizeGreaterThan(MAX_ROWS);
		assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(listings.activeKeys());
		assertThat(result.rowCount()).isEqualTo(listings.activeKeys().size());
	}

	private static void decodedStatusIsActive(RetsClient client, ListingClassProfile profile, String key) {
		List<SearchRow> rows = new ArrayList<>();

		client.search(SearchRequest.builder("Property", "A")
			.query("(" + profile.keyField() + "=" + key + ")")
			.select(List.of("LIST_1", "LIST_15"))
			.format(SearchFormat.COMPACT_DECODED)
			.build(), rows::add);

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("LIST_15")).isEqualTo("Active");
	}

	private static void photos(RetsClient client, ListingClassProfile profile, SandboxListings listings) {
		String key = listings.activeKeys()
			.stream()
			.filter((candidate) -> photoCount(listings, profile, candidate) > 1)
			.findFirst()
			.orElseThrow();
		int count = photoCount(listings, profile, key);
		List<byte[]> contents = new ArrayList<>();

		GetObjectResult one = client.getObject(ObjectRequest.one("Property", "Photo", key, 1),
				(object) -> contents.add(object.content().readAllBytes()));
		GetObjectResult all = client.getObject(ObjectRequest.all("Property", "Photo", key),
				(object) -> contents.add(object.content().readAllBytes()));
		GetObjectResult absent = client.getObject(ObjectRequest.one("Property", "Photo", key, count + 50),
				(object) -> contents.add(object.content().readAllBytes()));

		assertThat(one.delivered()).isEqualTo(1);
		assertThat(all.delivered()).isEqualTo(count);
		assertThat(all.complete()).isTrue();
		assertThat(contents).hasSize(count + 1).allSatisfy((bytes) -> {
			assertThat(bytes[0] & 0xFF).isEqualTo(0xFF);
			assertThat(bytes[1] & 0xFF).isEqualTo(0xD8);
		});
		assertThat(contents.get(0)).isEqualTo(contents.get(1));
		assertThat(absent.delivered()).isZero();
		assertThat(absent.failures()).extracting(ObjectFailure::replyCode).containsExactly(20403);
	}

	private static int photoCount(SandboxListings listings, ListingClassProfile profile, String key) {
		String value = listings.record(key).get(profile.photoCountField());
		return (value == null || value.isBlank()) ? 0 : Integer.parseInt(value.trim());
	}

	private static String activeQuery(ListingClassProfile profile) {
		return "(" + profile.statusField() + "=|" + String.join(",", profile.activeValues()) + ")";
	}

}
