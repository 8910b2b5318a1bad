package org.porchlight.rets.client.property;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.search.SearchRequest;

/**
 * Real captured responses, truncated, with bytes flipped and with bytes inserted, fed to the client's search,
 * metadata and GetObject parsers. Whatever the damage, each call must finish within a time limit and either succeed
 * or throw a {@link RetsException}. The mutations come from a fixed seed, so a failure can be replayed.
 */
class MutatedCaptureTests {

	private static final long SEED = 20240607L;

	private static final Duration TIME_LIMIT = Duration.ofSeconds(5);

	private static MutationServer server;

	private static RetsClient client;

	@BeforeAll
	static void logIn() throws IOException {
		server = new MutationServer();
		client = RetsClient.create(RetsClientConfig.builder()
			.loginUrl(server.loginUrl())
			.username("mutation")
			.password("mutation-password")
			.responseTimeout(TIME_LIMIT)
			// A cut-off body looks like a dropped connection. A retry would only repeat the same mutation after a
			// back-off delay, so each case gets one attempt.
			.maxAttempts(1)
			.build());
		client.login();
	}

	@AfterAll
	static void logOut() {
		client.close();
		server.close();
	}

	@TestFactory
	Stream<DynamicTest> searchResponse() {
		byte[] capture = Recording.load("flexmls/search-page-1.txt").body();
		return cases("search", "text/xml", capture, 1, 150, MutatedCaptureTests::search);
	}

	@TestFactory
	Stream<DynamicTest> searchResponseWithUnusualShapes() {
		byte[] capture = sample("librets/project/librets/test-network/src/resources/search.2");
		return cases("search.2", "text/xml", capture, 13, 100, MutatedCaptureTests::search);
	}

	@TestFactory
	Stream<DynamicTest> metadataResponse() {
		byte[] capture = sample("rets4r/test/fixtures/metadata.xml");
		return cases("metadata", "text/xml", capture, 211, 25, (body) -> client.metadata());
	}

	@TestFactory
	Stream<DynamicTest> standardXmlMetadataResponse() {
		byte[] capture = Recording.load("flexmls/metadata-class.txt").body();
		return cases("metadata-class", "text/xml", capture, 53, 25, (body) -> client.metadata());
	}

	@TestFactory
	Stream<DynamicTest> multipartObjectResponse() {
		byte[] capture = sample("librets/project/librets/test/src/resources/get-object-response-multi-rets1-8.txt");
		byte[] body = bodyAfterHeaders(capture);
		return cases("getobject", "multipart/parallel; boundary=\"simple boundary\"", body, 7, 120,
				MutatedCaptureTests::getObject);
	}

	private static void search(byte[] body) {
		client.search(SearchRequest.builder("Property", "A").query("(LIST_1=*)").build(), (row) -> row.toMap());
	}

	private static void getObject(byte[] body) {
		client.getObject(ObjectRequest.all("Property", "Photo", "1"), (object) -> object.content().readAllBytes());
	}

	/**
	 * Builds the cases for one capture: truncation at every {@code truncationStep}-th byte, then {@code randomCases}
	 * each of flipped bytes and inserted bytes at random positions.
	 */
	private static Stream<DynamicTest> cases(String name, String contentType, byte[] capture, int truncationStep,
			int randomCases, Consumer<byte[]> call) {
		Random random = new Random(SEED ^ name.hashCode());
		List<DynamicTest> tests = new ArrayList<>();
		for (int length = 0; length < capture.length; length += truncationStep) {
			byte[] mutated = java.util.Arrays.copyOf(capture, length);
			tests.add(test(name + " truncated to " + length + " bytes", contentType, mutated, call));
		}
		for (int i = 0; i < randomCases; i++) {
			byte[] flipped = capture.clone();
			int flips = 1 + random.nextInt(4);
			StringBuilder positions = new StringBuilder();
			for (int flip = 0; flip < flips; flip++) {
				int position = random.nextInt(flipped.length);
				flipped[position] ^= (byte) (1 << random.nextInt(8));
				positions.append(' ').append(position);
			}
			tests.add(test(name + " bits flipped at" + positions, contentType, flipped, call));
		}
		for (int i = 0; i < randomCases; i++) {
			int position = random.nextInt(capture.length + 1);
			byte[] inserted = new byte[1 + random.nextInt(8)];
			for (int b = 0; b < inserted.length; b++) {
				inserted[b] = interestingByte(random);
			}
			byte[] mutated = new byte[capture.length + inserted.length];
			System.arraycopy(capture, 0, mutated, 0, position);
			System.arraycopy(inserted, 0, mutated, position, inserted.length);
			System.arraycopy(capture, position, mutated, position + inserted.length, capture.length - position);
			tests.add(test(name + " " + inserted.length + " bytes inserted at " + position, contentType, mutated, call));
		}
		return tests.stream();
	}

	/** Returns a byte that is often special to the parsers (markup, delimiters, line ends) or else a random one. */
	private static byte interestingByte(Random random) {
		byte[] special = { '<', '>', '/', '"', '\'', '&', ';', '\t', '\r', '\n', '-', '=', 0, (byte) 0xFF, (byte) 0xC3 };
		return random.nextBoolean() ? special[random.nextInt(special.length)] : (byte) random.nextInt(256);
	}

	private static DynamicTest test(String displayName, String contentType, byte[] body, Consumer<byte[]> call) {
		return DynamicTest.dynamicTest(displayName, () -> {
			server.respond(contentType, body);
			Throwable thrown = assertTimeoutPreemptively(TIME_LIMIT, () -> {
				try {
					call.accept(body);
					return null;
				}
				catch (Throwable ex) {
					return ex;
				}
			});
			if (thrown != null) {
				assertThat(thrown).as("exception from %s", displayName).isInstanceOf(RetsException.class);
			}
		});
	}

	private static byte[] sample(String path) {
		try (InputStream input = MutatedCaptureTests.class.getResourceAsStream("/samples/" + path)) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Returns the body of a capture stored with a bare status line and headers before a blank line. */
	private static byte[] bodyAfterHeaders(byte[] capture) {
		for (int i = 0; i + 3 < capture.length; i++) {
			if (capture[i] == '\r' && capture[i + 1] == '\n' && capture[i + 2] == '\r' && capture[i + 3] == '\n') {
				return java.util.Arrays.copyOfRange(capture, i + 4, capture.length);
			}
			if (capture[i] == '\n' && capture[i + 1] == '\n') {
				return java.util.Arrays.copyOfRange(capture, i + 2, capture.length);
			}
		}
		return capture;
	}

}
