package org.porchlight.sync.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.PhotoSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

class PhotoProcessorTests {

	private final PhotoProcessor processor = new PhotoProcessor(20 * 1024 * 1024);

	@Test
	void smallPhotoIsNotEnlarged() throws Exception {
		byte[] original = TestImages.listingPhoto();

		PhotoProcessor.ProcessedPhoto photo = this.processor.process(new ByteArrayInputStream(original));

		assertThat(photo.width()).isEqualTo(256);
		assertThat(photo.height()).isEqualTo(192);
		assertThat(photo.byteSize()).isEqualTo(original.length);
		assertThat(photo.sha256()).hasSize(64);
		for (PhotoSize size : PhotoSize.values()) {
			BufferedImage rendition = TestImages.read(photo.renditions().get(size));
			assertThat(rendition.getWidth()).as(size.name()).isEqualTo(256);
			assertThat(rendition.getHeight()).as(size.name()).isEqualTo(192);
		}
	}

	@Test
	void largePhotoIsScaledToEachWidth() throws Exception {
		byte[] original = TestImages.generated(2000, 1500, "jpg", BufferedImage.TYPE_INT_RGB);

		PhotoProcessor.ProcessedPhoto photo = this.processor.process(new ByteArrayInputStream(original));

		BufferedImage thumbnail = TestImages.read(photo.renditions().get(PhotoSize.THUMBNAIL));
		BufferedImage display = TestImages.read(photo.renditions().get(PhotoSize.DISPLAY));
		assertThat(thumbnail.getWidth()).isEqualTo(320);
		assertThat(thumbnail.getHeight()).isEqualTo(240);
		assertThat(display.getWidth()).isEqualTo(1024);
		assertThat(display.getHeight()).isEqualTo(768);
		assertThat(photo.width()).isEqualTo(2000);
	}

	@Test
	void pngWithTransparencyBecomesJpeg() throws Exception {
		byte[] original = TestImages.generated(400, 300, "png", BufferedImage.TYPE_INT_ARGB);

		PhotoProcessor.ProcessedPhoto photo = this.processor.process(new ByteArrayInputStream(original));

		byte[] thumbnail = photo.renditions().get(PhotoSize.THUMBNAIL);
		assertThat(thumbnail[0]).isEqualTo((byte) 0xFF);
		assertThat(thumbnail[1]).isEqualTo((byte) 0xD8);
		assertThat(TestImages.read(thumbnail).getWidth()).isEqualTo(320);
	}

	@Test
	void gifBecomesJpeg() throws Exception {
		assertDecodedToJpeg(TestImages.generated(400, 300, "gif", BufferedImage.TYPE_INT_RGB), 400);
	}

	@Test
	void progressiveJpegIsDecoded() throws Exception {
		assertDecodedToJpeg(TestImages.progressiveJpeg(640, 480), 640);
	}

	@Test
	void cmykJpegIsDecoded() throws Exception {
		byte[] cmyk = TestImages.cmykJpeg(500, 375);
		assertThat(cmyk[0]).isEqualTo((byte) 0xFF);
		assertThat(cmyk[1]).isEqualTo((byte) 0xD8);

		assertDecodedToJpeg(cmyk, 500);
	}

	private void assertDecodedToJpeg(byte[] original, int width) throws Exception {
		PhotoProcessor.ProcessedPhoto photo = this.processor.process(new ByteArrayInputStream(original));

		assertThat(photo.width()).isEqualTo(width);
		byte[] thumbnail = photo.renditions().get(PhotoSize.THUMBNAIL);
		assertThat(thumbnail[0]).isEqualTo((byte) 0xFF);
		assertThat(thumbnail[1]).isEqualTo((byte) 0xD8);
		assertThat(TestImages.read(thumbnail).getWidth()).isEqualTo(320);
	}

	@Test
	void xmlErrorTextIsRejected() {
		byte[] error = "<RETS ReplyCode=\"20403\" ReplyText=\"No Object Found\" />".getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(RejectedPhotoException.class)
			.isThrownBy(() -> this.processor.process(new ByteArrayInputStream(error)))
			.withMessageContaining("not an image")
			.withMessageContaining("20403");
	}

	@Test
	void unknownBytesAreRejected() {
		byte[] noise = "GIF-like but not an image at all".getBytes(StandardCharsets.US_ASCII);

		assertThatExceptionOfType(RejectedPhotoException.class)
			.isThrownBy(() -> this.processor.process(new ByteArrayInputStream(noise)));
	}

	@Test
	void truncatedJpegIsRejected() throws Exception {
		byte[] original = TestImages.listingPhoto();
		byte[] header = Arrays.copyOf(original, 200);

		assertThatExceptionOfType(RejectedPhotoException.class)
			.isThrownBy(() -> this.processor.process(new ByteArrayInputStream(header)));
	}

	@Test
	void photoOverLimitIsRejected() {
		PhotoProcessor small = new PhotoProcessor(1000);

		assertThatExceptionOfType(RejectedPhotoException.class)
			.isThrownBy(() -> small.process(new ByteArrayInputStream(TestImages.listingPhoto())))
			.withMessageContaining("1000 bytes");
	}

	@Test
	void emptyContentIsRejected() {
		assertThatExceptionOfType(RejectedPhotoException.class)
			.isThrownBy(() -> this.processor.process(new ByteArrayInputStream(new byte[0])))
			.withMessageContaining("empty");
	}

}
