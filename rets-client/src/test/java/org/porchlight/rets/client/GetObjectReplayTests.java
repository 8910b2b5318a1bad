package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectFailure;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;

/** GetObject responses that are partly or wholly not objects, served over HTTP by the replay server. */
class GetObjectReplayTests {

	private ReplayServer server;

	private RetsClient client;

	private final List<byte[]> delivered = new ArrayList<>();

	@BeforeEach
	void start() throws IOException {
		this.server = ReplayServer.start();
		this.server.route("/rets2_1/Login", Recording.load("flexmls/login-1.7.2.txt"));
		this.server.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
		this.client = RetsClient.create(FlexmlsReplayTests.config(this.server.loginUrl()).build());
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	@Test
	void textPartsBecomeFailures() {
		serve(Recording.of(200, Recording.resource("object/terradatum-objects-missing.multipart"), "Content-Type",
				"multipart/parallel; boundary=50eb24a2.9354.35f3.be11.9cea9411a260"));

		GetObjectResult result = fetch(ObjectRequest.all("Property", "Photo", "111285"));

		assertThat(result.complete()).isTrue();
		assertThat(result.delivered()).isEqualTo(this.delivered.size()).isPositive();
		assertThat(result.failures()).isNotEmpty().allSatisfy((failure) -> {
			assertThat(failure.replyCode()).isEqualTo(-1);
			assertThat(failure.replyText()).contains("text/plain").contains("not found");
		});
		assertThat(result.failures().get(0).contentId()).isEqualTo("111285");
		assertThat(this.delivered).allSatisfy((bytes) -> assertThat(bytes[0] & 0xFF).isEqualTo(0xFF));
	}

	@Test
	void xmlReplyPartIsFailureWithItsCode() {
		serve(Recording.of(200, Recording.resource("object/homefinder-multipart-error.txt"), "Content-Type",
				"multipart/parallel; boundary=\"534546696C65426F756E647279\""));

		GetObjectResult result = fetch(ObjectRequest.all("Property", "Photo", "1234"));

		assertThat(result.delivered()).isZero();
		assertThat(result.failures()).containsExactly(new ObjectFailure("1234", 1, 20000, "Error message goes here."));
	}

	@Test
	void wholeResponseNoObjectFound() {
		serve(Recording.of(200, "<RETS ReplyCode=\"20403\" ReplyText=\"No Object Found\" />", "Content-Type",
				"text/xml;charset=US-ASCII"));

		GetObjectResult result = fetch(ObjectRequest.one("Property", "Photo", "L9", 3));

		assertThat(result.delivered()).isZero();
		assertThat(result.complete()).isTrue();
		assertThat(result.failures()).containsExactly(new ObjectFailure("L9", 3, 20403, "No Object Found"));
	}

	@Test
	void xmlLabelledAsJpegIsFailure() {
		serve(Recording.of(200, "<html><body>Internal error</body></html>", "Content-Type", "image/jpeg", "Content-ID",
				"L1", "Object-ID", "1"));

		GetObjectResult result = fetch(ObjectRequest.one("Property", "Photo", "L1", 1));

		assertThat(result.delivered()).isZero();
		assertThat(result.failures().get(0).replyText()).contains("does not start like an image");
	}

	@Test
	void singleImageWithoutIdsTakesThemFromRequest() {
		byte[] jpeg = new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF, (byte) 0xE0, 1, 2, 3, 4, 5, 6, 7, 8, 9,
				(byte) 0xFF, (byte) 0xD9 };
		serve(Recording.of(200, jpeg, "Content-Type", "image/jpeg"));
		List<String> ids = new ArrayList<>();

		GetObjectResult result = this.client.getObject(ObjectRequest.one("Property", "Photo", "L7", 2), (object) -> {
			ids.add(object.contentId() + ":" + object.objectId());
			this.delivered.add(object.content().readAllBytes());
		});

		assertThat(result.delivered()).isEqualTo(1);
		assertThat(ids).containsExactly("L7:2");
		assertThat(this.delivered.get(0)).isEqualTo(jpeg);
	}

	@Test
	void plainTextErrorIsException() {
		serve(Recording.of(200, "Internal error: object lookup failed.", "Content-Type", "text/plain; charset=utf-8"));

		assertThatThrownBy(() -> fetch(ObjectRequest.all("Property", "Photo", "L1"))).isInstanceOf(RetsException.class)
			.hasMessageContaining("text/plain")
			.hasMessageContaining("Internal error: object lookup failed.");
	}

	@Test
	void truncatedMultipartIsIncomplete() {
		Recording photos = Recording.load("flexmls/getobject-22-photos.txt");
		serve(photos.truncated(photos.body().length / 2));

		GetObjectResult result = fetch(ObjectRequest.all("Property", "Photo", "14-52"));

		assertThat(result.complete()).isFalse();
		assertThat(result.delivered()).isPositive().isLessThan(22).isEqualTo(this.delivered.size());
		assertThat(result.failures()).hasSize(1);
		assertThat(result.failures().get(0).replyText()).contains("ended inside this object");
		assertThat(this.delivered).allSatisfy((bytes) -> assertThat(bytes[bytes.length - 1] & 0xFF).isEqualTo(0xD9));
	}

	@Test
	void sinkFailureEndsTransaction() {
		serve(Recording.load("flexmls/getobject-22-photos.txt"));

		assertThatThrownBy(() -> this.client.getObject(ObjectRequest.all("Property", "Photo", "14-52"), (object) -> {
			throw new IOException("disk full");
		})).isInstanceOf(RetsException.class).hasMessageContaining("disk full").hasMessageContaining("14-52:1");
	}

	private void serve(Recording recording) {
		this.server.route("/rets2_1/GetObject", recording);
	}

	private GetObjectResult fetch(ObjectRequest request) {
		return this.client.getObject(request, (object) -> this.delivered.add(object.content().readAllBytes()));
	}

}
