package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import ch.qos.logback.classic.Level;
import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.classic.spi.IThrowableProxy;
import ch.qos.logback.core.read.ListAppender;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.rets.client.search.SearchRequest;
import org.slf4j.LoggerFactory;

/**
 * A whole session logged at TRACE, HttpClient's own loggers included: no password, user-agent password,
 * {@code Authorization} value or session cookie value may appear, and every client line names its transaction.
 */
class SecretLoggingTests {

	private static final String PASSWORD = "canary-Pw-7731";

	private static final String USER_AGENT_PASSWORD = "canary-UA-9912";

	/** Captures every event with its MDC, which logback otherwise reads only when an appender formats the event. */
	private final ListAppender<ILoggingEvent> appender = new ListAppender<>() {

		@Override
		protected void append(ILoggingEvent event) {
			event.prepareForDeferredProcessing();
			super.append(event);
		}

	};

	private Logger root;

	private Level previousLevel;

	@BeforeEach
	void captureEverything() {
		this.root = (Logger) LoggerFactory.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME);
		this.previousLevel = this.root.getLevel();
		this.root.setLevel(Level.TRACE);
		this.appender.start();
		this.root.addAppender(this.appender);
	}

	@AfterEach
	void restore() {
		this.root.detachAppender(this.appender);
		this.root.setLevel(this.previousLevel);
	}

	@Test
	void sessionAtTraceLeaksNoSecret() throws IOException {
		try (ReplayServer server = FlexmlsReplay.startWithBasicAuth("demo", PASSWORD)) {
			RetsClient client = RetsClient.create(RetsClientConfig.builder()
				.loginUrl(server.loginUrl())
				.username("demo")
				.password(PASSWORD)
				.userAgentPassword(USER_AGENT_PASSWORD)
				.build());
			client.login();
			client.metadata();
			client.searchAll(SearchRequest.builder("Property", "A").query("(LIST_15=|OV61GOJ13C0)").limit(15).build(),
					(row) -> {
					});
			client.getObject(ObjectRequest.all("Property", "Photo", "14-52"), (object) -> object.content().readAllBytes());
			client.close();

			String uaHeader = server.requests("/Login").get(0).header("RETS-UA-Authorization");
			String authorization = server.requests("/Login").get(0).header("Authorization");
			List<String> lines = lines();

			assertThat(lines).isNotEmpty();
			assertThat(authorization).isNotNull();
			assertThat(uaHeader).isNotNull();
			for (String secret : List.of(PASSWORD, USER_AGENT_PASSWORD, authorization, authorization.substring(6),
					uaHeader, uaHeader.substring(7), base64("demo:" + PASSWORD), "F7110862C5666412038A7A6F5C55E840")) {
				assertThat(lines).as("log lines containing " + secret).noneMatch((line) -> line.contains(secret));
			}
		}
	}

	@Test
	void wireLogShowsRedactedHeaders() throws IOException {
		try (ReplayServer server = FlexmlsReplay.startWithBasicAuth("demo", PASSWORD);
				RetsClient client = RetsClient.create(RetsClientConfig.builder()
					.loginUrl(server.loginUrl())
					.username("demo")
					.password(PASSWORD)
					.build())) {
			client.login();
		}

		List<ILoggingEvent> wire = this.appender.list.stream()
			.filter((event) -> event.getLoggerName().equals("org.porchlight.rets.client.wire"))
			.toList();
		assertThat(wire).anySatisfy((event) -> assertThat(event.getFormattedMessage())
			.contains(">> GET /rets2_1/Login")
			.contains("Authorization: <redacted>"));
		assertThat(wire).anySatisfy((event) -> assertThat(event.getFormattedMessage())
			.contains("<< 200 OK")
			.containsIgnoringCase("Set-Cookie: JSESSIONID=<redacted>; Path=/rets2_1"));
		assertThat(wire).anySatisfy((event) -> assertThat(event.getFormattedMessage()).contains("MemberName=UNKNOWN"));
		assertThat(this.appender.list).noneMatch((event) -> event.getLoggerName().startsWith("org.apache.hc.client5.http.headers")
				|| event.getLoggerName().startsWith("org.apache.hc.client5.http.wire"));
	}

	@Test
	void everyClientLineNamesItsTransaction() throws IOException {
		try (ReplayServer server = FlexmlsReplay.start();
				RetsClient client = RetsClient.create(RetsClientConfig.builder()
					.loginUrl(server.loginUrl())
					.username("demo")
					.password(PASSWORD)
					.build())) {
			client.metadata();
			client.searchAll(SearchRequest.builder("Property", "A").query("(LIST_15=|OV61GOJ13C0)").limit(15).build(),
					(row) -> {
					});
		}

		List<ILoggingEvent> clientEvents = this.appender.list.stream()
			.filter((event) -> event.getLoggerName().startsWith("org.porchlight.rets.client"))
			.toList();
		assertThat(clientEvents).isNotEmpty();
		assertThat(clientEvents).allSatisfy((event) -> assertThat(event.getFormattedMessage()).matches("(?s)rets-\\d+ .*"));
		assertThat(clientEvents).allSatisfy((event) -> assertThat(event.getMDCPropertyMap()).containsKey("rets.transaction"));
	}

	private List<String> lines() {
		List<String> lines = new ArrayList<>();
		for (ILoggingEvent event : this.appender.list) {
			lines.add(event.getLoggerName() + " " + event.getFormattedMessage() + " " + event.getMDCPropertyMap());
			for (IThrowableProxy proxy = event.getThrowableProxy(); proxy != null; proxy = proxy.getCause()) {
				lines.add(proxy.getClassName() + ": " + proxy.getMessage());
			}
		}
		return lines;
	}

	private static String base64(String text) {
		return Base64.getEncoder().encodeToString(text.getBytes(StandardCharsets.UTF_8));
	}


}
