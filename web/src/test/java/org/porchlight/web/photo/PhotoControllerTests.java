package org.porchlight.web.photo;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.PhotoSize;
import org.porchlight.web.TestListings;
import org.porchlight.web.WebTestSupport;

import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests that photos are served from the photo store with caching headers, and only for visible listings. */
class PhotoControllerTests extends WebTestSupport {

	private byte[] thumbnail;

	private byte[] display;

	@BeforeEach
	void storePhotos() throws IOException {
		this.thumbnail = jpeg(32, 24);
		this.display = jpeg(64, 48);
		Listing listing = TestListings.listing("Q1");
		TestListings.addPhoto(listing, 1);
		Listing hidden = TestListings.listing("Q2");
		hidden.setVisible(false);
		TestListings.addPhoto(hidden, 1);
		this.listings.save(listing);
		this.listings.save(hidden);
		this.photoStore.write("Q1/1", PhotoSize.THUMBNAIL, this.thumbnail);
		this.photoStore.write("Q1/1", PhotoSize.DISPLAY, this.display);
		this.photoStore.write("Q2/1", PhotoSize.DISPLAY, this.display);
	}

	@Test
	void photoIsServedWithLongCaching() {
		MvcTestResult result = this.mvc.get().uri("/photos/display/Q1/1").exchange();

		assertThat(result).hasStatusOk().hasContentType(MediaType.IMAGE_JPEG);
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(this.display);
		assertThat(result).headers()
			.hasValue(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable")
			.containsHeader(HttpHeaders.ETAG)
			.containsHeader(HttpHeaders.LAST_MODIFIED);
	}

	@Test
	void thumbnailIsServedFromItsOwnFile() {
		MvcTestResult result = this.mvc.get().uri("/photos/thumb/Q1/1").exchange();

		assertThat(result).hasStatusOk();
		assertThat(result.getResponse().getContentAsByteArray()).isEqualTo(this.thumbnail);
	}

	@Test
	void matchingEntityTagReturnsNotModified() {
		String etag = this.mvc.get().uri("/photos/display/Q1/1").exchange().getResponse().getHeader(HttpHeaders.ETAG);

		MvcTestResult result = this.mvc.get().uri("/photos/display/Q1/1").header(HttpHeaders.IF_NONE_MATCH, etag).exchange();
		assertThat(result).hasStatus(304);
		assertThat(result.getResponse().getContentAsByteArray()).isEmpty();
		assertThat(result).headers().hasValue(HttpHeaders.CACHE_CONTROL, "max-age=31536000, public, immutable");
	}

	@Test
	void unknownKeyIsNotFound() {
		assertThat(this.mvc.get().uri("/photos/display/Q1/99").exchange()).hasStatus(404);
		assertThat(this.mvc.get().uri("/photos/huge/Q1/1").exchange()).hasStatus(404);
	}

	@Test
	void photoOfHiddenListingIsNotFound() {
		assertThat(this.mvc.get().uri("/photos/display/Q2/1").exchange()).hasStatus(404);
	}

	@Test
	void photoMissingFromStoreIsNotFound() {
		Listing listing = TestListings.listing("Q3");
		TestListings.addPhoto(listing, 1);
		this.listings.save(listing);

		assertThat(this.mvc.get().uri("/photos/display/Q3/1").exchange()).hasStatus(404);
	}

	@Test
	void pathTraversalIsRejected() {
		assertThat(this.mvc.get().uri("/photos/display/Q1/1.jpg").exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/photos/display/Q1/../Q2/1").exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/photos/display/..%2F..%2Fetc%2Fpasswd").exchange()).hasStatus(400);
		assertThat(this.mvc.get().uri("/photos/display/Q1%5C..%5C1").exchange()).hasStatus(400);
	}

	private static byte[] jpeg(int width, int height) throws IOException {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		image.setRGB(1, 1, 0xff8800);
		ByteArrayOutputStream output = new ByteArrayOutputStream();
		ImageIO.write(image, "jpeg", output);
		return output.toByteArray();
	}

}
