package org.porchlight.sandbox;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.porchlight.sandbox.internal.metadata.CapturedResponse;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * GetObject over real HTTP: single photos, multipart replies and missing objects.
 */
class SandboxGetObjectTests {

	private static final List<String> CAPTURED_PHOTOS = List.of("flexmls-14-52-1.jpg", "flexmls-14-52-2.jpg",
			"flexmls-00-1669-1.jpg", "flexmls-00-1669-2.jpg");

	private static RetsSandbox sandbox;

	private static TestRetsClient client;

	private static String keyWithFourPhotos;

	@BeforeAll
	static void start() {
		sandbox = RetsSandbox.start(SandboxConfig.builder().listingCount(60).seed(11L).build());
		client = TestRetsClient.digest(sandbox);
		assertThat(client.login().statusCode()).isEqualTo(200);
		keyWithFourPhotos = sandbox.listings()
			.allKeys()
			.stream()
			.filter((key) -> sandbox.listings().record(key).get("LIST_133").equals("4"))
			.findFirst()
			.orElseThrow();
	}

	@AfterAll
	static void stop() {
		sandbox.close();
	}

	@Test
	void preferredPhoto() {
		HttpResponse<byte[]> response = getObject("Photo", keyWithFourPhotos + ":0");

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(response.headers().firstValue("Content-ID")).hasValue(keyWithFourPhotos);
		assertThat(response.headers().firstValue("Object-ID")).hasValue("1");
		assertThat(response.headers().firstValue("Preferred")).hasValue("1");
		assertThat(isCapturedPhoto(response.body())).isTrue();
	}

	@Test
	void thirdPhoto() {
		HttpResponse<byte[]> response = getObject("Photo", keyWithFourPhotos + ":3");

		assertThat(response.headers().firstValue("Object-ID")).hasValue("3");
		assertThat(response.headers().firstValue("Preferred")).isEmpty();
		assertThat(isCapturedPhoto(response.body())).isTrue();
	}

	@Test
	void allPhotosAsMultipart() {
		HttpResponse<byte[]> response = getObject("Photo", keyWithFourPhotos + ":*");

		String contentType = response.headers().firstValue("Content-Type").orElseThrow();
		assertThat(contentType).startsWith("multipart/parallel; boundary=\"");
		List<Multipart.Part> parts = Multipart.parse(contentType, response.body());
		assertThat(parts).hasSize(4);
		for (int i = 0; i < parts.size(); i++) {
			Multipart.Part part = parts.get(i);
			assertThat(part.header("Content-Type")).isEqualTo("image/jpeg");
			assertThat(part.header("Content-ID")).isEqualTo(keyWithFourPhotos);
			assertThat(part.header("Object-ID")).isEqualTo(Integer.toString(i + 1));
			assertThat(part.header("Preferred")).isEqualTo((i == 0) ? "1" : null);
			assertThat(isCapturedPhoto(part.body())).isTrue();
		}
		assertThat(parts.get(2).body()).isEqualTo(getObject("Photo", keyWithFourPhotos + ":3").body());
	}

	@Test
	void commaListOfObjects() {
		HttpResponse<byte[]> response = getObject("Photo", keyWithFourPhotos + ":1,2");

		List<Multipart.Part> parts = Multipart.parse(response.headers().firstValue("Content-Type").orElseThrow(),
				response.body());
		assertThat(parts).extracting((part) -> part.header("Object-ID")).containsExactly("1", "2");
	}

	@Test
	void absentObjectIsNoObjectFound() {
		HttpResponse<byte[]> response = getObject("Photo", keyWithFourPhotos + ":9");

		assertThat(response.headers().firstValue("Content-Type")).hasValue("text/xml");
		assertThat(CompactReply.parse(response.body()).replyCode()).isEqualTo(20403);
	}

	@Test
	void absentObjectInsideMultipart() {
		HttpResponse<byte[]> response = getObject("Photo", keyWithFourPhotos + ":2:9");

		List<Multipart.Part> parts = Multipart.parse(response.headers().firstValue("Content-Type").orElseThrow(),
				response.body());
		assertThat(parts).hasSize(2);
		assertThat(parts.get(0).header("Content-Type")).isEqualTo("image/jpeg");
		assertThat(parts.get(1).header("Content-Type")).isEqualTo("text/xml");
		assertThat(parts.get(1).header("Object-ID")).isEqualTo("9");
		assertThat(CompactReply.parse(parts.get(1).body()).replyCode()).isEqualTo(20403);
	}

	@Test
	void unknownListingIsNoObjectFound() {
		HttpResponse<byte[]> response = getObject("Photo", "20990101000000000000000000:*");

		assertThat(CompactReply.parse(response.body()).replyCode()).isEqualTo(20403);
	}

	@Test
	void listingFoundByMlsNumber() {
		String mlsNumber = sandbox.listings().record(keyWithFourPhotos).get("LIST_105");

		HttpResponse<byte[]> response = getObject("Photo", mlsNumber + ":1");

		assertThat(response.headers().firstValue("Content-ID")).hasValue(mlsNumber);
		assertThat(isCapturedPhoto(response.body())).isTrue();
	}

	@Test
	void thumbnailIsSmallJpeg() throws IOException {
		HttpResponse<byte[]> response = getObject("Thumbnail", keyWithFourPhotos + ":1");

		assertThat(response.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(ImageIO.read(new ByteArrayInputStream(response.body())).getWidth()).isEqualTo(65);
	}

	@Test
	void unknownTypeAndResourceAreRejected() {
		assertThat(CompactReply.parse(getObject("Video", keyWithFourPhotos + ":1").body()).replyCode()).isEqualTo(20401);
		HttpResponse<byte[]> agent = client.get(RetsTransaction.GET_OBJECT,
				Map.of("Resource", "Agent", "Type", "Photo", "ID", keyWithFourPhotos + ":1"));
		assertThat(CompactReply.parse(agent.body()).replyCode()).isEqualTo(20400);
		assertThat(CompactReply.parse(getObject("Photo", keyWithFourPhotos + ":x").body()).replyCode()).isEqualTo(20402);
	}

	@Test
	void photoCountMatchesServedPhotos() {
		for (String key : sandbox.listings().allKeys().subList(0, 15)) {
			int count = Integer.parseInt(sandbox.listings().record(key).get("LIST_133"));
			HttpResponse<byte[]> response = getObject("Photo", key + ":*");
			String contentType = response.headers().firstValue("Content-Type").orElseThrow();
			int served = contentType.startsWith("multipart/") ? Multipart.parse(contentType, response.body()).size()
					: (contentType.equals("image/jpeg") ? 1 : 0);

			assertThat(served).as("photos of %s", key).isEqualTo(count);
		}
	}

	private static boolean isCapturedPhoto(byte[] body) {
		return CAPTURED_PHOTOS.stream()
			.anyMatch((name) -> java.util.Arrays.equals(body,
					CapturedResponse.readResource("org/porchlight/sandbox/photos/" + name)));
	}

	private static HttpResponse<byte[]> getObject(String type, String id) {
		HttpResponse<byte[]> response = client.get(RetsTransaction.GET_OBJECT,
				Map.of("Resource", "Property", "Type", type, "ID", id));
		assertThat(response.statusCode()).as(new String(response.body(), StandardCharsets.ISO_8859_1)).isEqualTo(200);
		return response;
	}

}
