package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;

/** HTTP authentication and HTTP-level failures at login. */
class AuthenticationTests {

	@Test
	void basicChallengeIsAnsweredInAutoMode() throws IOException {
		try (ReplayServer server = FlexmlsReplay.startWithBasicAuth("demo", "right");
				RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).password("right").build())) {
			assertThat(client.login().url("Search")).isPresent();
			assertThat(server.requests("/Login").get(0).header("Authorization")).startsWith("Basic ");
		}
	}

	@Test
	void wrongPasswordIsRejected() throws IOException {
		try (ReplayServer server = FlexmlsReplay.startWithBasicAuth("demo", "right");
				RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).password("wrong").build())) {
			assertThatThrownBy(client::login).isInstanceOf(RetsAuthenticationException.class)
				.hasMessageContaining("rejected the credentials of user 'demo'")
				.hasMessageContaining("Basic challenge")
				.hasMessageNotContaining("wrong");
		}
	}

	@Test
	void digestModeDoesNotAnswerBasicChallenge() throws IOException {
		try (ReplayServer server = FlexmlsReplay.startWithBasicAuth("demo", "right");
				RetsClient client = RetsClient.create(
						FlexmlsReplayTests.config(server.loginUrl()).password("right").authMode(AuthMode.DIGEST).build())) {
			assertThatThrownBy(client::login).isInstanceOf(RetsAuthenticationException.class)
				.hasMessageContaining("requires Basic authentication, but auth mode DIGEST does not answer Basic challenges");
		}
	}

	@Test
	void unauthorizedWithoutChallenge() throws IOException {
		try (ReplayServer server = noChallengeServer();
				RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
			assertThatThrownBy(client::login).isInstanceOf(RetsAuthenticationException.class)
				.hasMessageContaining("HTTP 401 but no authentication challenge");
		}
	}

	@Test
	void basicModeSendsCredentialsWithFirstRequest() throws IOException {
		try (ReplayServer server = noChallengeServer();
				RetsClient client = RetsClient.create(
						FlexmlsReplayTests.config(server.loginUrl()).authMode(AuthMode.BASIC).build())) {
			assertThat(client.login().url("Search")).isPresent();
			assertThat(server.requests("/Login")).hasSize(1);
		}
	}

	@Test
	void replyInErrorStatusBecomesReplyException() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Login", Recording.of(400, "<RETS ReplyCode=\"20036\" ReplyText=\"Version not accepted\" >\n</RETS>\n",
					"RETS-Version", "RETS/1.7", "Content-Type", "text/plain;charset=ISO-8859-1"));
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				assertThatThrownBy(client::login).isInstanceOfSatisfying(RetsReplyException.class, (ex) -> {
					assertThat(ex.replyCode()).isEqualTo(20036);
					assertThat(ex.transaction()).isEqualTo("Login");
					assertThat(ex.getMessage()).contains("HTTP status 400").contains("server announces RETS/1.7");
				});
			}
		}
	}

	@Test
	void serverErrorPageBecomesHttpException() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Login", Recording.of(503, "<html><body>Service Unavailable</body></html>",
					"Content-Type", "text/html"));
			try (RetsClient client = RetsClient.create(
					FlexmlsReplayTests.config(server.loginUrl()).retryBaseDelay(Duration.ofMillis(10)).build())) {
				assertThatThrownBy(client::login).isInstanceOfSatisfying(RetsHttpException.class, (ex) -> {
					assertThat(ex.status()).isEqualTo(503);
					assertThat(ex.bodyExcerpt()).contains("Service Unavailable");
				});
				assertThat(server.requests("/Login")).hasSize(3);
			}
		}
	}

	@Test
	void loginReplyCodeIsReplyException() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Login", Recording.of(200, "<RETS ReplyCode=\"20037\" ReplyText=\"Login failed\"/>",
					"Content-Type", "text/xml"));
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(server.loginUrl()).build())) {
				assertThatThrownBy(client::login).isInstanceOf(RetsReplyException.class)
					.hasMessage("Login failed with RETS reply 20037 (Client authentication failed): Login failed");
			}
		}
	}

	/** A server that returns 401 without any challenge unless the request already carries credentials. */
	private static ReplayServer noChallengeServer() throws IOException {
		ReplayServer server = ReplayServer.start();
		server.route("/rets2_1/Login", (request) -> request.header("Authorization") != null,
				Recording.load("flexmls/login-1.7.2.txt"), false);
		server.route("/rets2_1/Login", Recording.of(401, "", "RETS-Version", "RETS/1.7.2", "Content-Type", "text/xml"));
		server.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
		return server;
	}

}
