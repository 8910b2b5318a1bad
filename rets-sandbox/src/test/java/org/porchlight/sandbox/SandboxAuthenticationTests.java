package org.porchlight.sandbox;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Login, sessions and HTTP authentication over real HTTP on loopback.
 */
class SandboxAuthenticationTests {

	private static RetsSandbox sandbox;

	@BeforeAll
	static void start() {
		sandbox = RetsSandbox.start(SandboxConfig.builder().port(0).listingCount(20).seed(7L).build());
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void loginWithBasic() {
		HttpResponse<byte[]> response = TestRetsClient.basic(sandbox).login();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("RETS-Version")).hasValue("RETS/1.7.2");
		assertThat(response.headers().firstValue("Set-Cookie")).hasValueSatisfying(
				(cookie) -> assertThat(cookie).startsWith("RETS-Session-ID="));
		String body = new String(response.body(), StandardCharsets.US_ASCII);
		assertThat(body).startsWith("<RETS ReplyCode=\"0\" ReplyText=\"Success\">");
		String base = "http://127.0.0.1:" + sandbox.port();
		assertThat(body).contains("Search=" + base + "/rets2_1/Search\r\n", "GetMetadata=" + base + "/rets2_1/GetMetadata\r\n",
				"GetObject=" + base + "/rets2_1/GetObject\r\n", "Logout=" + base + "/rets2_1/Logout\r\n",
				"Login=" + base + "/rets2_1/Login\r\n", "MetadataVersion=01.03.28598\r\n",
				"MetadataTimestamp=2014-07-08T20:10:20Z\r\n", "User=demo,MASTER,4,");
	}

	@Test
	void loginWithDigest() {
		TestRetsClient client = TestRetsClient.digest(sandbox);

		HttpResponse<byte[]> response = client.login();

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(client.get(RetsTransaction.GET_METADATA, Map.of("Type", "METADATA-SYSTEM", "ID", "0",
				"Format", "COMPACT")).statusCode()).isEqualTo(200);
	}

	@Test
	void challengesOfferDigestThenBasic() {
		HttpResponse<byte[]> response = anonymous(RetsTransaction.LOGIN.path());

		assertThat(response.statusCode()).isEqualTo(401);
		List<String> challenges = response.headers().allValues("WWW-Authenticate");
		assertThat(challenges).hasSize(2);
		assertThat(challenges.get(0)).startsWith("Digest realm=\"rets-sandbox\"").contains("qop=\"auth\"", "nonce=\"");
		assertThat(challenges.get(1)).isEqualTo("Basic realm=\"rets-sandbox\"");
	}

	@Test
	void wrongPasswordIsRejected() {
		HttpResponse<byte[]> digest = new TestRetsClient(sandbox, "demo", "wrong", TestRetsClient.Mode.DIGEST).login();
		HttpResponse<byte[]> basic = sendWithBasic(RetsTransaction.LOGIN.path(), "demo", "wrong");

		assertThat(digest.statusCode()).isEqualTo(401);
		assertThat(digest.headers().allValues("WWW-Authenticate")).isNotEmpty();
		assertThat(basic.statusCode()).isEqualTo(401);
		assertThat(basic.headers().allValues("WWW-Authenticate")).isNotEmpty();
	}

	@Test
	void requestWithoutSessionIsRejected() {
		HttpResponse<byte[]> response = sendWithBasic(
				RetsTransaction.GET_METADATA.path() + "?Type=METADATA-SYSTEM&ID=0&Format=COMPACT", "demo", "demo-rets");

		assertThat(response.statusCode()).isEqualTo(401);
		assertThat(new String(response.body(), StandardCharsets.US_ASCII)).contains("RETS-Session-ID");
	}

	@Test
	void sessionWithoutCredentialsIsRejected() {
		HttpResponse<byte[]> login = TestRetsClient.basic(sandbox).login();
		String cookie = login.headers().firstValue("Set-Cookie").orElseThrow().split(";")[0];
		String credentials = "Basic " + Base64.getEncoder().encodeToString("demo:demo-rets".getBytes(StandardCharsets.UTF_8));
		URI metadata = sandbox.loginUrl().resolve(RetsTransaction.GET_METADATA.path() + "?Type=METADATA-SYSTEM&ID=0");

		HttpResponse<byte[]> cookieOnly = send(HttpRequest.newBuilder(metadata).header("Cookie", cookie).build());
		HttpResponse<byte[]> cookieAndCredentials = send(
				HttpRequest.newBuilder(metadata).header("Cookie", cookie).header("Authorization", credentials).build());

		assertThat(cookieOnly.statusCode()).isEqualTo(401);
		assertThat(cookieAndCredentials.statusCode()).isEqualTo(200);
	}

	@Test
	void logoutEndsSession() {
		TestRetsClient client = TestRetsClient.digest(sandbox);
		client.login();

		HttpResponse<byte[]> logout = client.get(RetsTransaction.LOGOUT, Map.of());
		HttpResponse<byte[]> afterLogout = client.get(RetsTransaction.GET_METADATA, Map.of("Type", "METADATA-SYSTEM"));

		assertThat(logout.statusCode()).isEqualTo(200);
		assertThat(new String(logout.body(), StandardCharsets.US_ASCII)).contains("ReplyText=\"Logout Successful\"",
				"SignOffMessage=Good Bye");
		assertThat(afterLogout.statusCode()).isEqualTo(401);
	}

	@Test
	void postFormIsAccepted() {
		TestRetsClient client = TestRetsClient.digest(sandbox);
		client.login();

		HttpResponse<byte[]> response = client.post(RetsTransaction.GET_METADATA,
				Map.of("Type", "METADATA-SYSTEM", "ID", "0", "Format", "COMPACT"));

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(CompactReply.parse(response.body()).blocks().get(0).element()).isEqualTo("METADATA-SYSTEM");
	}

	@Test
	void replayedDigestNonceCountIsRejected() {
		HttpResponse<byte[]> challenge = anonymous(RetsTransaction.LOGIN.path());
		String header = TestRetsClient.digestHeader(TestRetsClient.digestChallenge(challenge), "demo", "demo-rets", "GET",
				RetsTransaction.LOGIN.path(), 1, "abcdef");

		HttpResponse<byte[]> first = sendWithHeader(RetsTransaction.LOGIN.path(), header);
		HttpResponse<byte[]> replay = sendWithHeader(RetsTransaction.LOGIN.path(), header);

		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(replay.statusCode()).isEqualTo(401);
	}

	@Test
	void digestForAnotherUriIsRejected() {
		HttpResponse<byte[]> challenge = anonymous(RetsTransaction.LOGIN.path());
		String header = TestRetsClient.digestHeader(TestRetsClient.digestChallenge(challenge), "demo", "demo-rets", "GET",
				RetsTransaction.LOGOUT.path(), 1, "abcdef");

		assertThat(sendWithHeader(RetsTransaction.LOGIN.path(), header).statusCode()).isEqualTo(401);
	}

	@Test
	void expiredNonceIsReportedStale() {
		MutableClock clock = new MutableClock(java.time.Instant.parse("2025-03-01T12:00:00Z"));
		try (RetsSandbox timed = RetsSandbox.start(SandboxConfig.builder().listingCount(0).clock(clock)
			.nonceLifetime(java.time.Duration.ofMinutes(10)).build())) {
			HttpResponse<byte[]> challenge = send(timed.loginUrl(), null);
			String header = TestRetsClient.digestHeader(TestRetsClient.digestChallenge(challenge), "demo", "demo-rets",
					"GET", RetsTransaction.LOGIN.path(), 1, "abcdef");
			clock.advance(java.time.Duration.ofMinutes(11));

			HttpResponse<byte[]> response = send(timed.loginUrl(), header);

			assertThat(response.statusCode()).isEqualTo(401);
			assertThat(response.headers().allValues("WWW-Authenticate").get(0)).contains("stale=true");
		}
	}

	@Test
	void idleSessionExpires() {
		MutableClock clock = new MutableClock(java.time.Instant.parse("2025-03-01T12:00:00Z"));
		try (RetsSandbox timed = RetsSandbox.start(SandboxConfig.builder().listingCount(0).clock(clock)
			.sessionTimeout(java.time.Duration.ofMinutes(30)).build())) {
			// The JDK's Basic support throws after repeated 401s, so this test uses the Digest client.
			TestRetsClient client = TestRetsClient.digest(timed);
			client.login();
			Map<String, String> system = Map.of("Type", "METADATA-SYSTEM", "ID", "0");

			clock.advance(java.time.Duration.ofMinutes(29));
			int beforeTimeout = client.get(RetsTransaction.GET_METADATA, system).statusCode();
			clock.advance(java.time.Duration.ofMinutes(31));
			int afterTimeout = client.get(RetsTransaction.GET_METADATA, system).statusCode();

			assertThat(beforeTimeout).isEqualTo(200);
			assertThat(afterTimeout).isEqualTo(401);
		}
	}

	@Test
	void basicOnlySandboxOffersOnlyBasic() {
		try (RetsSandbox basicOnly = RetsSandbox.start(
				SandboxConfig.builder().listingCount(0).authSchemes(AuthScheme.BASIC).build())) {
			HttpResponse<byte[]> challenge = send(basicOnly.loginUrl(), null);
			HttpResponse<byte[]> digest = new TestRetsClient(basicOnly, "demo", "demo-rets", TestRetsClient.Mode.DIGEST)
				.login();
			HttpResponse<byte[]> basic = TestRetsClient.basic(basicOnly).login();

			assertThat(challenge.headers().allValues("WWW-Authenticate")).containsExactly("Basic realm=\"rets-sandbox\"");
			assertThat(digest.statusCode()).isEqualTo(401);
			assertThat(basic.statusCode()).isEqualTo(200);
		}
	}

	@Test
	void relativeCapabilityUrlsLikeFlexmls() {
		try (RetsSandbox relative = RetsSandbox.start(
				SandboxConfig.builder().listingCount(0).absoluteCapabilityUrls(false).build())) {
			String body = new String(TestRetsClient.basic(relative).login().body(), StandardCharsets.US_ASCII);

			assertThat(body).contains("Search=/rets2_1/Search\r\n", "GetObject=/rets2_1/GetObject\r\n");
		}
	}

	private static HttpResponse<byte[]> anonymous(String path) {
		return send(sandbox.loginUrl().resolve(path), null);
	}

	private static HttpResponse<byte[]> sendWithBasic(String path, String username, String password) {
		String credentials = Base64.getEncoder()
			.encodeToString((username + ":" + password).getBytes(StandardCharsets.UTF_8));
		return sendWithHeader(path, "Basic " + credentials);
	}

	private static HttpResponse<byte[]> sendWithHeader(String path, String authorization) {
		return send(sandbox.loginUrl().resolve(path), authorization);
	}

	private static HttpResponse<byte[]> send(URI uri, String authorization) {
		HttpRequest.Builder request = HttpRequest.newBuilder(uri).GET();
		if (authorization != null) {
			request.header("Authorization", authorization);
		}
		return send(request.build());
	}

	private static HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
