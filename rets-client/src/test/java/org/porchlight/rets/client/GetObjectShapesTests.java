package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectFailure;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;

/** GetObject responses in the shapes servers send them, over HTTP. */
class GetObjectShapesTests {

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 0, 16, 'J', 'F', 'I', 'F',
			0, 1, 2, 3, (byte) 0xFF, (byte) 0xD9 };

	private ReplayServer server;

	private RetsClient client;

	private final List<String> objects = new ArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.server = ReplayServer.start();
	}

	@AfterEach
	void stop() {
		if (this.client != null) {
			this.client.close();
		}
		this.server.close();
	}

	@Test
	void multipartQuirksBase64AndErrorParts() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		// No line break before the first boundary, folded header, no space after a colon, missing Content-ID.
		write(body, "--simple boundary\r\nContent-Type:image/jpeg\r\nObject-ID: 1\r\nContent-Description: front\r\n"
				+ " of the house\r\n\r\n");
		body.write(JPEG);
		write(body, "\r\n--simple boundary\r\nContent-ID: K1\r\nObject-ID: 2\r\nContent-Type: image/jpeg\r\n"
				+ "Content-Transfer-Encoding: base64\r\n\r\n" + Base64.getMimeEncoder().encodeToString(JPEG) + "\r\n");
		write(body, "--simple boundary\r\nContent-ID: K1\r\nObject-ID: 3\r\nContent-Type: text/xml\r\n\r\n"
				+ "<RETS ReplyCode=\"20403\" ReplyText=\"No Object Found\"/>\r\n");
		write(body, "--simple boundary\r\nContent-ID: K1\r\nObject-ID: 4\r\nContent-Type: image/jpeg\r\nRETS-Error: 1\r\n\r\n"
				+ "<RETS ReplyCode=\"20409\" ReplyText=\"Object unavailable\"/>\r\n");
		write(body, "--simple boundary\r\nContent-ID: K1\r\nObject-ID: 5\r\nContent-Type: image/jpeg\r\n\r\n"
				+ "Internal error: photo store offline\r\n--simple boundary--\r\n");
		serve(Recording.of(200, body.toByteArray(), "Content-Type", "multipart/parallel; boundary=\"simple boundary\""));

		GetObjectResult result = fetch(ObjectRequest.all("Property", "Photo", "K1"));

		assertThat(this.objects).containsExactly("K1:1:front of the house:" + JPEG.length, "K1:2:null:" + JPEG.length);
		assertThat(result.delivered()).isEqualTo(2);
		assertThat(result.complete()).isTrue();
		assertThat(result.failures()).extracting(ObjectFailure::objectId).containsExactly(3, 4, 5);
		assertThat(result.failures()).extracting(ObjectFailure::replyCode).containsExactly(20403, 20409, -1);
	}

	@Test
	void unquotedBoundary() throws IOException {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		write(body, "\r\n--b0undary\r\nContent-ID: K2\r\nObject-ID: 1\r\nContent-Type: image/jpeg\r\n\r\n");
		body.write(JPEG);
		write(body, "\r\n--b0undary--\r\n");
		serve(Recording.of(200, body.toByteArray(), "Content-Type", "multipart/parallel; boundary=b0undary"));

		GetObjectResult result = fetch(ObjectRequest.all("Property", "Photo", "K2"));

		assertThat(this.objects).containsExactly("K2:1:null:" + JPEG.length);
		assertThat(result.complete()).isTrue();
	}

	@Test
	void errorInPlaceOfSingleImage() throws IOException {
		serve(Recording.of(200, "<RETS ReplyCode=\"20403\" ReplyText=\"No Object Found\"/>", "Content-Type", "image/jpeg",
				"RETS-Error", "1"));

		GetObjectResult result = fetch(ObjectRequest.one("Property", "Photo", "K3", 1));

		assertThat(this.objects).isEmpty();
		assertThat(result.failures()).containsExactly(new ObjectFailure("K3", 1, 20403, "No Object Found"));
	}

	@Test
	void singleBase64Image() throws IOException {
		serve(Recording.of(200, Base64.getMimeEncoder().encodeToString(JPEG), "Content-Type", "image/jpeg",
				"Content-Transfer-Encoding", "base64", "Content-ID", "K4", "Object-ID", "1"));

		GetObjectResult result = fetch(ObjectRequest.one("Property", "Photo", "K4", 1));

		assertThat(this.objects).containsExactly("K4:1:null:" + JPEG.length);
		assertThat(result.delivered()).isEqualTo(1);
	}

	@Test
	void locationsInsteadOfBytes() throws IOException {
		String body = "--loc\r\nContent-ID: K5\r\nObject-ID: 1\r\nContent-Type: image/jpeg\r\n"
				+ "Location: http://media.example.invalid/K5/1.jpg\r\n\r\n\r\n--loc--\r\n";
		serve(Recording.of(200, body, "Content-Type", "multipart/parallel; boundary=loc"));
		List<String> locations = new ArrayList<>();

		GetObjectResult result = this.client().getObject(ObjectRequest.all("Property", "Photo", "K5").withLocation(),
				(object) -> locations.add(object.location()));

		assertThat(locations).containsExactly("http://media.example.invalid/K5/1.jpg");
		assertThat(result.delivered()).isEqualTo(1);
		assertThat(this.server.requests("/GetObject").get(0).argument("Location")).isEqualTo("1");
	}

	@Test
	void locationPartsWithBlankBodies() throws IOException {
		String body = "\n--loc\nContent-Type: image/jpeg\nContent-ID: K6\nObject-ID: 1\nLocation: http://media.example.invalid/1.jpg\n"
				+ "\n\n--loc\nContent-Type: image/jpeg\nContent-ID: K6\nObject-ID: 2\n"
				+ "Location: http://media.example.invalid/2.jpg\n\n\n\n--loc--";
		serve(Recording.of(200, body, "Content-Type", "multipart/parallel; boundary=loc"));
		List<String> locations = new ArrayList<>();

		GetObjectResult result = this.client().getObject(ObjectRequest.all("Property", "Photo", "K6").withLocation(),
				(object) -> locations.add(object.objectId() + " " + object.location()));

		assertThat(locations).containsExactly("1 http://media.example.invalid/1.jpg", "2 http://media.example.invalid/2.jpg");
		assertThat(result.failures()).isEmpty();
	}

	private void serve(Recording recording) throws IOException {
		this.server.route("/rets2_1/GetObject", recording);
		FlexmlsReplay.register(this.server);
	}

	private RetsClient client() {
		if (this.client == null) {
			this.client = RetsClient.create(FlexmlsReplayTests.config(this.server.loginUrl()).build());
		}
		return this.client;
	}

	private GetObjectResult fetch(ObjectRequest request) {
		return client().getObject(request, (object) -> {
			byte[] bytes = object.content().readAllBytes();
			assertThat(bytes).isEqualTo(JPEG);
			this.objects.add(object.contentId() + ":" + object.objectId() + ":" + object.description() + ":" + bytes.length);
		});
	}

	private static void write(ByteArrayOutputStream body, String text) throws IOException {
		body.write(text.getBytes(StandardCharsets.ISO_8859_1));
	}

}
