package org.porchlight.rets.client.internal.object;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.replay.Recording;

/** The streaming multipart reader on captured GetObject bodies and on the malformed shapes servers send. */
class MultipartReaderTests {

	@Test
	void lfOnlyBodyWithoutFinalLineBreak() throws IOException {
		List<Part> parts = readAll(Recording.resource("object/homefinder-multipart.txt"), "534546696C65426F756E647279");

		assertThat(parts).hasSize(2);
		assertThat(parts.get(0).headers()).containsEntry("Content-Type", "a/b").containsEntry("content-id", "1234")
			.containsEntry("Description", "Foo Bar");
		assertThat(parts.get(0).text()).isEqualTo("Object Data 1");
		assertThat(parts.get(1).text()).isEqualTo("Quick\nObject\nData\n2\n");
	}

	@Test
	void partsWithHeadersOnly() throws IOException {
		MultipartReader reader = reader(Recording.resource("object/homefinder-multipart-location.txt"),
				"534546696C65426F756E647279");
		List<Part> parts = readAll(reader);

		assertThat(parts).extracting((part) -> part.headers().get("Location"))
			.containsExactly("http://foobar.com/images/1234_1686250.jpg", "http://foobar.com/images/1234_0186250.jpg");
		assertThat(parts.get(0).text()).isEmpty();
		assertThat(parts.get(1).text()).isEqualTo("\n");
		assertThat(reader.complete()).isTrue();
	}

	@Test
	void textPartsMixedWithJpegParts() throws IOException {
		MultipartReader reader = reader(Recording.resource("object/terradatum-objects-missing.multipart"),
				"50eb24a2.9354.35f3.be11.9cea9411a260");
		List<Part> parts = readAll(reader);

		assertThat(parts).extracting((part) -> part.headers().get("Content-Type")).contains("text/plain", "image/jpeg");
		assertThat(parts.get(0).text()).isEqualTo("Object 111285:* not found\r\n");
		Part jpeg = parts.stream().filter((part) -> part.headers().get("Content-ID").equals("100084")).findFirst().orElseThrow();
		assertThat(jpeg.bytes()).hasSize(Integer.parseInt(jpeg.headers().get("Content-Length")));
		assertThat(ObjectSignature.isKnownImage(jpeg.bytes())).isTrue();
		assertThat(reader.complete()).isTrue();
	}

	@Test
	void boundaryAtStartWithoutLineBreak() throws IOException {
		String body = "--b1\r\nContent-ID: L1\r\nObject-ID: 1\r\n\r\nfirst\r\n--b1\r\nContent-ID: L1\r\nObject-ID: 2\r\n\r\nsecond\r\n--b1--\r\n";

		List<Part> parts = readAll(body.getBytes(StandardCharsets.ISO_8859_1), "b1");

		assertThat(parts).extracting(Part::text).containsExactly("first", "second");
	}

	@Test
	void foldedHeadersAndNoSpaceAfterColon() throws IOException {
		String body = "\r\n--simple boundary\r\nContent-Type:image/jpeg\r\nContent-Description: A long\r\n  description\r\n"
				+ "Object-ID:3\r\n\r\nxyz\r\n--simple boundary--";

		List<Part> parts = readAll(body.getBytes(StandardCharsets.ISO_8859_1), "simple boundary");

		assertThat(parts.get(0).headers()).containsEntry("Content-Type", "image/jpeg")
			.containsEntry("Object-ID", "3")
			.containsEntry("Content-Description", "A long description");
		assertThat(parts.get(0).text()).isEqualTo("xyz");
	}

	@Test
	void longerBoundaryTextIsBody() throws IOException {
		String body = "--b1\r\nObject-ID: 1\r\n\r\nline\r\n--b1x is not a delimiter\r\n--b1--\r\n";

		List<Part> parts = readAll(body.getBytes(StandardCharsets.ISO_8859_1), "b1");

		assertThat(parts).extracting(Part::text).containsExactly("line\r\n--b1x is not a delimiter");
	}

	@Test
	void truncatedStreamKeepsEarlierParts() throws IOException {
		Recording photos = Recording.load("flexmls/getobject-22-photos.txt");
		byte[] half = Recording.load("flexmls/getobject-22-photos.txt").truncated(photos.body().length / 2).body();
		MultipartReader reader = reader(half, "FLEXpYn3ghgsLzN5lhfSWmGdXyU3ApHVzLxrkV7upr4UWjfw54EIQ0");
		List<byte[]> complete = new ArrayList<>();

		Map<String, String> headers;
		boolean truncated = false;
		while ((headers = reader.nextPart()) != null) {
			try {
				complete.add(reader.partBody().readAllBytes());
			}
			catch (MultipartReader.TruncatedPartException ex) {
				truncated = true;
			}
		}

		assertThat(truncated).isTrue();
		assertThat(reader.complete()).isFalse();
		assertThat(complete).isNotEmpty().hasSizeLessThan(22);
		assertThat(complete).allMatch(ObjectSignature::isKnownImage);
	}

	@Test
	void readingStopsAtTheBoundaryOnSmallReads() throws IOException {
		byte[] body = Recording.load("flexmls/getobject-22-photos.txt").body();
		MultipartReader reader = reader(new SlowInputStream(body), "FLEXpYn3ghgsLzN5lhfSWmGdXyU3ApHVzLxrkV7upr4UWjfw54EIQ0");

		List<Part> parts = readAll(reader);

		assertThat(parts).hasSize(22);
		assertThat(parts).allMatch((part) -> ObjectSignature.isKnownImage(part.bytes()));
		assertThat(reader.complete()).isTrue();
	}

	@Test
	void truncatedPartBodyRaises() throws IOException {
		MultipartReader reader = reader("--b1\r\nObject-ID: 1\r\n\r\nunfinished".getBytes(StandardCharsets.ISO_8859_1), "b1");

		reader.nextPart();

		assertThatThrownBy(() -> reader.partBody().readAllBytes()).isInstanceOf(MultipartReader.TruncatedPartException.class);
	}

	private static List<Part> readAll(byte[] body, String boundary) throws IOException {
		return readAll(reader(body, boundary));
	}

	private static MultipartReader reader(byte[] body, String boundary) {
		return new MultipartReader(new ByteArrayInputStream(body), boundary);
	}

	private static MultipartReader reader(InputStream body, String boundary) {
		return new MultipartReader(body, boundary);
	}

	private static List<Part> readAll(MultipartReader reader) throws IOException {
		List<Part> parts = new ArrayList<>();
		Map<String, String> headers;
		while ((headers = reader.nextPart()) != null) {
			parts.add(new Part(headers, reader.partBody().readAllBytes()));
		}
		return parts;
	}

	private record Part(Map<String, String> headers, byte[] bytes) {

		String text() {
			return new String(this.bytes, StandardCharsets.ISO_8859_1);
		}

	}

	/** Returns at most 7 bytes per read, so that delimiters straddle reads. */
	private static final class SlowInputStream extends InputStream {

		private final ByteArrayInputStream input;

		SlowInputStream(byte[] body) {
			this.input = new ByteArrayInputStream(body);
		}

		@Override
		public int read() {
			return this.input.read();
		}

		@Override
		public int read(byte[] buffer, int offset, int length) {
			return this.input.read(buffer, offset, Math.min(length, 7));
		}

	}

}
