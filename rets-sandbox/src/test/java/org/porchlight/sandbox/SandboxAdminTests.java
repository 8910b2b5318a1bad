package org.porchlight.sandbox;

import java.io.IOException;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Photo counts and price changes that {@link SandboxAdmin} makes for benchmarks, the changes over its loopback
 * endpoint.
 */
class SandboxAdminTests {

	private RetsSandbox sandbox;

	private SandboxAdmin admin;

	@BeforeEach
	void start() {
		this.sandbox = RetsSandbox.start(SandboxConfig.builder().listingCount(200).seed(5L).build());
		this.admin = SandboxAdmin.start(0, this.sandbox.listings());
	}

	@AfterEach
	void stop() {
		this.admin.close();
		this.sandbox.close();
	}

	@Test
	void photoCountsGoToFirstActiveListings() {
		SandboxListings listings = this.sandbox.listings();
		List<String> active = listings.activeKeys();

		int withPhotos = SandboxAdmin.setPhotoCounts(listings, 10, 5);

		assertThat(withPhotos).isEqualTo(10);
		for (String key : listings.allKeys()) {
			String expected = active.subList(0, 10).contains(key) ? "5" : "0";
			assertThat(listings.record(key).get("LIST_133")).as("photo count of %s", key).isEqualTo(expected);
		}
	}

	@Test
	void photoCountsCappedByActiveListings() {
		int active = this.sandbox.listings().activeKeys().size();

		assertThat(SandboxAdmin.setPhotoCounts(this.sandbox.listings(), active + 50, 2)).isEqualTo(active);
	}

	@Test
	void changesRaisePriceAndTimestamp() throws Exception {
		SandboxListings listings = this.sandbox.listings();
		List<String> active = listings.activeKeys();
		String last = active.get(active.size() - 1);
		Map<String, String> before = listings.record(last);
		Map<String, String> first = listings.record(active.get(0));
		String latest = listings.allKeys()
			.stream()
			.map((key) -> listings.record(key).get("LIST_87"))
			.max(String::compareTo)
			.orElseThrow();

		HttpResponse<String> response = post("/changes?percent=2");

		int expected = Math.round(active.size() * 0.02f);
		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).isEqualTo("changed " + expected + " listings\n");
		Map<String, String> after = listings.record(last);
		assertThat(new BigDecimal(after.get("LIST_22")))
			.isEqualByComparingTo(new BigDecimal(before.get("LIST_22")).add(BigDecimal.valueOf(1_000)));
		assertThat(after.get("LIST_87")).isGreaterThan(latest);
		assertThat(listings.record(active.get(0))).isEqualTo(first);
	}

	@Test
	void smallShareChangesOneListing() {
		assertThat(SandboxAdmin.changePrices(this.sandbox.listings(), new BigDecimal("0.001"))).isEqualTo(1);
		assertThat(SandboxAdmin.changePrices(this.sandbox.listings(), BigDecimal.ZERO)).isZero();
	}

	@Test
	void invalidRequestsAreRejected() throws Exception {
		HttpResponse<String> missing = post("/changes");
		HttpResponse<String> invalid = post("/changes?percent=abc");
		HttpResponse<String> get = send(HttpRequest.newBuilder(uri("/changes?percent=1")).GET().build());

		assertThat(missing.statusCode()).isEqualTo(400);
		assertThat(missing.body()).contains("Missing parameter percent");
		assertThat(invalid.statusCode()).isEqualTo(400);
		assertThat(invalid.body()).contains("'abc'");
		assertThat(get.statusCode()).isEqualTo(405);
	}

	@Test
	void percentOutOfRange() {
		assertThatIllegalArgumentException().isThrownBy(() -> SandboxAdmin.percent("percent=101"))
			.withMessageContaining("between 0 and 100");
		assertThatIllegalArgumentException().isThrownBy(() -> SandboxAdmin.percent("percent=-1"))
			.withMessageContaining("between 0 and 100");
	}

	private HttpResponse<String> post(String path) throws IOException, InterruptedException {
		return send(HttpRequest.newBuilder(uri(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
	}

	private HttpResponse<String> send(HttpRequest request) throws IOException, InterruptedException {
		return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofString());
	}

	private URI uri(String path) {
		return URI.create("http://127.0.0.1:" + this.admin.port() + path);
	}

}
