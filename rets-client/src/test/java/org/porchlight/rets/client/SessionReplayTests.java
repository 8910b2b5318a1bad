package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Predicate;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.rets.client.replay.ReplayServer.ReceivedRequest;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;

/** Versions, session renewal and Retry-After against replayed server responses. */
class SessionReplayTests {

	private static final String LOGIN_BODY = """
			<RETS ReplyCode="0" ReplyText="Success">
			<RETS-RESPONSE>
			Search=/rets2_1/Search
			GetMetadata=/rets2_1/GetMetadata
			GetObject=/rets2_1/GetObject
			Logout=/rets2_1/Logout
			</RETS-RESPONSE>
			</RETS>
			""";

	@ParameterizedTest
	@EnumSource(RetsVersion.class)
	void everyVersionIsAnnouncedAndKept(RetsVersion version) throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Login", (request) -> version.headerValue().equals(request.header("RETS-Version")),
					login("S1", version.headerValue()), false);
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl())
				.retsVersion(version)
				.build())) {
				Capabilities capabilities = client.login();
				client.search(searchRequest(), (row) -> {
				});

				assertThat(capabilities.serverVersion()).isEqualTo(version);
				assertThat(server.requests("/Search")).extracting((request) -> request.header("RETS-Version"))
					.containsExactly(version.headerValue());
			}
		}
	}

	@ParameterizedTest
	@ValueSource(booleans = { true, false })
	void rejectedVersionIsRetriedWithAdvertisedOne(boolean inHeader) throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			Recording rejection = inHeader
					? Recording.of(200, "<RETS ReplyCode=\"20036\" ReplyText=\"Version not supported\"/>",
							"Content-Type", "text/xml", "RETS-Version", "RETS/1.7.2")
					: Recording.of(200, "<RETS ReplyCode=\"20036\" ReplyText=\"Only RETS/1.5 is supported\"/>",
							"Content-Type", "text/xml");
			server.route("/rets2_1/Login", (request) -> "RETS/1.8".equals(request.header("RETS-Version")), rejection,
					false);
			server.route("/rets2_1/Login", login("S1", inHeader ? "RETS/1.7.2" : "RETS/1.5"));
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl())
				.retsVersion(RetsVersion.RETS_1_8)
				.userAgentPassword("ua-secret")
				.build())) {
				client.login();

				String fallback = inHeader ? "RETS/1.7.2" : "RETS/1.5";
				assertThat(server.requests("/Login")).extracting((request) -> request.header("RETS-Version"))
					.containsExactly("RETS/1.8", fallback);
				assertThat(server.requests("/Login")).extracting((request) -> request.header("RETS-UA-Authorization"))
					.containsExactly(uaDigest("", "RETS/1.8"), uaDigest("", fallback));
			}
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "reply 20037", "HTTP 401", "HTTP 412" })
	void endedSessionIsRenewedWithNewUserAgentDigest(String ending) throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			AtomicInteger logins = new AtomicInteger();
			server.route("/rets2_1/Login", (request) -> logins.incrementAndGet() == 1, login("S1", "RETS/1.7.2"), false);
			server.route("/rets2_1/Login", login("S2", "RETS/1.7.2"));
			Recording ended = switch (ending) {
				case "reply 20037" -> Recording.of(200, "<RETS ReplyCode=\"20037\" ReplyText=\"Session expired\"/>",
						"Content-Type", "text/xml");
				case "HTTP 401" -> Recording.of(401, "Session expired", "Content-Type", "text/plain");
				default -> Recording.of(412, "Precondition Failed", "Content-Type", "text/plain");
			};
			server.route("/rets2_1/Search", cookie("S1"), ended, false);
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl())
				.userAgentPassword("ua-secret")
				.build())) {
				client.login();
				SearchResult result = client.search(searchRequest(), (row) -> {
				});

				assertThat(result.rowCount()).isPositive();
				List<ReceivedRequest> searches = server.requests("/Search");
				assertThat(searches).hasSize(2);
				assertThat(searches.get(0).header("RETS-UA-Authorization")).isEqualTo(uaDigest("S1", "RETS/1.7.2"));
				assertThat(searches.get(1).header("RETS-UA-Authorization")).isEqualTo(uaDigest("S2", "RETS/1.7.2"));
				assertThat(searches.get(1).header("Cookie")).contains("RETS-Session-ID=S2").doesNotContain("S1");
				assertThat(server.requests("/Login")).hasSize(2);
			}
		}
	}

	@Test
	void retryAfterIsHonoured() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			AtomicInteger searches = new AtomicInteger();
			server.route("/rets2_1/Search", (request) -> searches.incrementAndGet() == 1,
					Recording.of(503, "Busy", "Content-Type", "text/plain", "Retry-After", "1"), false);
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl())
				.retryBaseDelay(Duration.ofMillis(10))
				.build())) {
				client.login();
				long started = System.nanoTime();
				client.search(searchRequest(), (row) -> {
				});
				Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

				assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(990));
				assertThat(server.requests("/Search")).hasSize(2);
			}
		}
	}

	@Test
	void retryAfterIsCappedByMaxRetryDelay() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			AtomicInteger searches = new AtomicInteger();
			server.route("/rets2_1/Search", (request) -> searches.incrementAndGet() == 1,
					Recording.of(503, "Busy", "Content-Type", "text/plain", "Retry-After", "3600"), false);
			FlexmlsReplay.register(server);
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl())
				.retryBaseDelay(Duration.ofMillis(10))
				.maxRetryDelay(Duration.ofMillis(50))
				.build())) {
				client.login();
				long started = System.nanoTime();
				client.search(searchRequest(), (row) -> {
				});
				Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

				assertThat(elapsed).isLessThan(Duration.ofSeconds(30));
				assertThat(server.requests("/Search")).hasSize(2);
			}
		}
	}

	private static Predicate<ReceivedRequest> cookie(String sessionId) {
		return (request) -> request.header("Cookie") != null
				&& request.header("Cookie").contains("RETS-Session-ID=" + sessionId);
	}

	private static Recording login(String sessionId, String version) {
		return Recording.of(200, LOGIN_BODY, "Content-Type", "text/xml", "RETS-Version", version, "Set-Cookie",
				"RETS-Session-ID=" + sessionId + "; Path=/");
	}

	private static SearchRequest searchRequest() {
		return SearchRequest.builder("Property", "A").query("(LIST_15=|A)").limit(15).offset(1).build();
	}

	private static String uaDigest(String sessionId, String version) {
		String a1 = md5("Porchlight/1.0:ua-secret");
		return "Digest " + md5(a1 + "::" + sessionId + ":" + version);
	}

	private static String md5(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
