package org.porchlight.sandbox;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.NoSuchElementException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Changes made through {@link SandboxListings} and what a client then sees over HTTP.
 */
class SandboxListingsTests {

	private RetsSandbox sandbox;

	private TestRetsClient client;

	@BeforeEach
	void start() {
		// A clock far in the past, so every change has to move past the generated timestamps.
		Clock clock = Clock.fixed(Instant.parse("2020-01-01T00:00:00Z"), ZoneOffset.UTC);
		this.sandbox = RetsSandbox.start(SandboxConfig.builder().listingCount(30).seed(3L).clock(clock).build());
		this.client = TestRetsClient.basic(this.sandbox);
		assertThat(this.client.login().statusCode()).isEqualTo(200);
	}

	@AfterEach
	void stop() {
		this.sandbox.close();
	}

	@Test
	void setStatusChangesCodeAndBumpsTimestamp() {
		SandboxListings listings = this.sandbox.listings();
		String key = listings.activeKeys().get(0);
		String latest = latestModification();

		listings.setStatus(key, "closed");

		Map<String, String> record = listings.record(key);
		assertThat(listings.activeKeys()).doesNotContain(key);
		assertThat(record.get("LIST_87")).isGreaterThan(latest);
		assertThat(record.get("LIST_12")).isEqualTo(record.get("LIST_87").substring(0, 10));
		Map<String, String> decoded = searchOne(key, "COMPACT-DECODED");
		assertThat(decoded).containsEntry("LIST_15", "Closed");
	}

	@Test
	void successiveChangesGetIncreasingTimestamps() {
		SandboxListings listings = this.sandbox.listings();
		List<String> keys = listings.allKeys();

		listings.setField(keys.get(0), "LIST_22", "123456.00");
		listings.setField(keys.get(1), "LIST_22", "123457.00");

		assertThat(listings.record(keys.get(1)).get("LIST_87")).isGreaterThan(listings.record(keys.get(0)).get("LIST_87"));
		assertThat(searchOne(keys.get(0), "COMPACT")).containsEntry("LIST_22", "123456.00");
	}

	@Test
	void setFieldValidatesNameAndLookupCode() {
		SandboxListings listings = this.sandbox.listings();
		String key = listings.allKeys().get(0);

		assertThatIllegalArgumentException().isThrownBy(() -> listings.setField(key, "NOPE", "1"))
			.withMessageContaining("NOPE");
		assertThatIllegalArgumentException().isThrownBy(() -> listings.setField(key, "LIST_15", "Active"))
			.withMessageContaining("not a code");
		assertThatIllegalArgumentException().isThrownBy(() -> listings.setField(key, "LIST_1", "1"));
		assertThatIllegalArgumentException().isThrownBy(() -> listings.setStatus(key, "Sold-ish"));
		assertThatThrownBy(() -> listings.setStatus("no-such-key", "Active")).isInstanceOf(NoSuchElementException.class);
	}

	@Test
	void pictureCountChangesServedPhotos() {
		SandboxListings listings = this.sandbox.listings();
		String key = listings.allKeys().get(5);
		String photoTimestamp = listings.record(key).get("LIST_134");

		listings.setField(key, "LIST_133", "2");

		HttpResponse<byte[]> response = this.client.get(RetsTransaction.GET_OBJECT,
				Map.of("Resource", "Property", "Type", "Photo", "ID", key + ":*"));
		List<Multipart.Part> parts = Multipart.parse(response.headers().firstValue("Content-Type").orElseThrow(),
				response.body());
		assertThat(parts).hasSize(2);
		assertThat(listings.record(key).get("LIST_134")).isNotEqualTo(photoTimestamp);
	}

	@Test
	void removedListingLeavesTheFeed() {
		SandboxListings listings = this.sandbox.listings();
		String key = listings.allKeys().get(3);

		assertThat(listings.remove(key)).isTrue();

		assertThat(listings.allKeys()).doesNotContain(key);
		assertThat(listings.remove(key)).isFalse();
		assertThat(search("(LIST_1=" + key + ")", "COMPACT").replyCode()).isEqualTo(20201);
	}

	@Test
	void addedListingIsActiveAndNewest() {
		SandboxListings listings = this.sandbox.listings();
		String latest = latestModification();

		String key = listings.addListing();

		assertThat(listings.activeKeys()).contains(key);
		assertThat(listings.record(key).get("LIST_87")).isGreaterThan(latest);
		assertThat(searchOne(key, "COMPACT")).containsEntry("LIST_1", key);
	}

	@Test
	void valuesAreXmlEscaped() {
		String key = this.sandbox.listings().allKeys().get(10);
		this.sandbox.listings().setField(key, "LIST_78", "Fish & chips <near> \"the\" lake");

		HttpResponse<byte[]> response = this.client.get(RetsTransaction.SEARCH, Map.of("SearchType", "Property",
				"Class", "A", "Query", "(LIST_1=" + key + ")", "QueryType", "DMQL2", "Select", "LIST_78"));

		assertThat(new String(response.body(), StandardCharsets.US_ASCII))
			.contains("Fish &amp; chips &lt;near&gt; &quot;the&quot; lake");
		assertThat(CompactReply.parse(response.body()).rows().get(0)).containsEntry("LIST_78",
				"Fish & chips <near> \"the\" lake");
	}

	private String latestModification() {
		SandboxListings listings = this.sandbox.listings();
		return listings.allKeys().stream().map((key) -> listings.record(key).get("LIST_87")).max(String::compareTo)
			.orElseThrow();
	}

	private Map<String, String> searchOne(String key, String format) {
		List<Map<String, String>> rows = search("(LIST_1=" + key + ")", format).rows();
		assertThat(rows).hasSize(1);
		return rows.get(0);
	}

	private CompactReply search(String query, String format) {
		Map<String, String> arguments = new LinkedHashMap<>(Map.of("SearchType", "Property", "Class", "A",
				"QueryType", "DMQL2", "Query", query, "Format", format));
		return CompactReply.parse(this.client.get(RetsTransaction.SEARCH, arguments).body());
	}

}
