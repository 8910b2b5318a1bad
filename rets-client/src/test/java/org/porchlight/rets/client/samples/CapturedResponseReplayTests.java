package org.porchlight.rets.client.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Stream;

import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsHttpException;
import org.porchlight.rets.client.RetsParseException;
import org.porchlight.rets.client.RetsReplyException;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchRow;

/**
 * Every captured RETS response under {@code src/test/resources/samples/} replayed over loopback HTTP through the
 * public client API, checked against the outcome in {@code samples/expectations.csv}. That table was written by reading
 * each capture.
 */
class CapturedResponseReplayTests {

	private static final Duration TIME_LIMIT = Duration.ofSeconds(20);

	static Stream<Arguments> samples() throws IOException {
		return table().stream().map((row) -> Arguments.of(row.get(0), row.get(1), row.get(2)));
	}

	static List<List<String>> table() throws IOException {
		List<List<String>> rows = new ArrayList<>();
		try (BufferedReader reader = new BufferedReader(new InputStreamReader(
				CapturedResponseReplayTests.class.getResourceAsStream("/samples/expectations.csv"),
				StandardCharsets.UTF_8))) {
			String line;
			while ((line = reader.readLine()) != null) {
				if (!line.isBlank() && !line.startsWith("#")) {
					rows.add(List.of(line.split(";", -1)));
				}
			}
		}
		return rows;
	}

	@Test
	void tableCoversEverySample() throws IOException {
		Set<String> listed = new HashSet<>();
		table().forEach((row) -> listed.add(row.get(0)));

		assertThat(listed).hasSize(182);
		assertThat(listed).allSatisfy((path) -> assertThat(CapturedResponse.bytes(path)).isNotNull());
	}

	@ParameterizedTest(name = "{0} ({1}: {2})")
	@MethodSource("samples")
	void replay(String path, String transaction, String expected) {
		Assumptions.assumeFalse(transaction.equals("none"), "not a RETS response");
		assertTimeoutPreemptively(TIME_LIMIT, () -> {
			try (ReplayServer server = SampleServer.start(path, transaction);
					RetsClient client = RetsClient.create(RetsClientConfig.builder()
						.loginUrl(server.url(SampleServer.LOGIN))
						.username("replay")
						.password("replay-password")
						.build())) {
				check(client, transaction, checks(expected));
			}
		});
	}

	private static void check(RetsClient client, String transaction, Map<String, String> checks) {
		Supplier<Map<String, String>> outcome = switch (transaction) {
			case "login", "action" -> () -> loginOutcome(client.login());
			case "logout" -> () -> {
				client.login();
				client.logout();
				return Map.of("ok", "");
			};
			case "search" -> () -> {
				client.login();
				return searchOutcome(client);
			};
			case "metadata" -> () -> {
				client.login();
				return metadataOutcome(client.metadata());
			};
			case "object" -> () -> {
				client.login();
				return objectOutcome(client);
			};
			default -> throw new IllegalArgumentException(transaction);
		};
		if (checks.containsKey("reply")) {
			assertThatThrownBy(outcome::get).isInstanceOfSatisfying(RetsReplyException.class,
					(ex) -> assertThat(ex.replyCode()).isEqualTo(Integer.parseInt(checks.get("reply"))));
		}
		else if (checks.containsKey("parse")) {
			assertThatThrownBy(outcome::get).isInstanceOf(RetsParseException.class);
		}
		else if (checks.containsKey("http")) {
			assertThatThrownBy(outcome::get).isInstanceOfSatisfying(RetsHttpException.class,
					(ex) -> assertThat(ex.status()).isEqualTo(Integer.parseInt(checks.get("http"))));
		}
		else {
			Map<String, String> actual = outcome.get();
			checks.forEach((name, value) -> assertThat(actual.get(name)).as(name).isEqualTo(value));
		}
	}

	private static Map<String, String> loginOutcome(Capabilities capabilities) {
		return Map.of("search", capabilities.url("Search").map((url) -> url.getRawPath()).orElse("(none)"));
	}

	private static Map<String, String> searchOutcome(RetsClient client) {
		List<SearchRow> rows = new ArrayList<>();
		client.search(SearchRequest.builder("Property", "A").query("(LIST_1=*)").build(), rows::add);
		return Map.of("rows", Integer.toString(rows.size()));
	}

	private static Map<String, String> objectOutcome(RetsClient client) {
		GetObjectResult result = client.getObject(ObjectRequest.all("Property", "Photo", "1"),
				(object) -> object.content().readAllBytes());
		Map<String, String> outcome = new LinkedHashMap<>();
		outcome.put("objects", Integer.toString(result.delivered()));
		outcome.put("failures", Integer.toString(result.failures().size()));
		if (!result.failures().isEmpty()) {
			outcome.put("code", Integer.toString(result.failures().get(0).replyCode()));
		}
		return outcome;
	}

	private static Map<String, String> metadataOutcome(RetsMetadata metadata) {
		List<MetadataResource> resources = metadata.resources();
		Map<String, String> outcome = new LinkedHashMap<>();
		outcome.put("system", String.valueOf(metadata.systemId()));
		outcome.put("resources", Integer.toString(resources.size()));
		outcome.put("classes", Long.toString(resources.stream().mapToLong((resource) -> resource.classes().size()).sum()));
		outcome.put("classNames", Long.toString(resources.stream()
			.flatMap((resource) -> resource.classes().stream())
			.map(MetadataClass::className)
			.distinct()
			.count()));
		outcome.put("fields", Long.toString(resources.stream()
			.flatMap((resource) -> resource.classes().stream())
			.mapToLong((metadataClass) -> metadataClass.fields().size())
			.sum()));
		outcome.put("lookups", Long.toString(resources.stream().mapToLong((resource) -> resource.lookups().size()).sum()));
		outcome.put("lookupValues", Long.toString(resources.stream()
			.flatMap((resource) -> resource.lookups().values().stream())
			.mapToLong((MetadataLookup lookup) -> lookup.values().size())
			.sum()));
		outcome.put("objectTypes",
				Long.toString(resources.stream().mapToLong((resource) -> resource.objectTypes().size()).sum()));
		return outcome;
	}

	private static Map<String, String> checks(String expected) {
		Map<String, String> checks = new LinkedHashMap<>();
		for (String check : expected.trim().split("\\s+")) {
			int equals = check.indexOf('=');
			checks.put((equals < 0) ? check : check.substring(0, equals), (equals < 0) ? "" : check.substring(equals + 1));
		}
		return checks;
	}

}
