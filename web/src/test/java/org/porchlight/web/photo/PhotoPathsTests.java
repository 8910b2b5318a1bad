package org.porchlight.web.photo;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.porchlight.sync.store.PhotoSize;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests the photo paths that templates link to, and the storage keys that the photo controller accepts. */
class PhotoPathsTests {

	@Test
	void pathsNameSizeAndKey() {
		PhotoPaths paths = new PhotoPaths();

		assertThat(paths.thumbnail("default/L1-2")).isEqualTo("/photos/thumb/default/L1-2");
		assertThat(paths.display("default/L1-2")).isEqualTo("/photos/display/default/L1-2");
	}

	@Test
	void sizeTokensMatchPhotoSizes() {
		assertThat(PhotoPaths.sizeOf("thumb")).contains(PhotoSize.THUMBNAIL);
		assertThat(PhotoPaths.sizeOf("display")).contains(PhotoSize.DISPLAY);
		assertThat(PhotoPaths.sizeOf("original")).isEmpty();
	}

	@ParameterizedTest
	@ValueSource(strings = { "L1-2", "default/L1-2", "a_b/c-d/e" })
	void wellFormedKeysAreAccepted(String key) {
		assertThat(PhotoPaths.isValidStorageKey(key)).isTrue();
	}

	@ParameterizedTest
	@ValueSource(strings = { "", "/abs", "a//b", "a/", "..", "a/../b", "a/./b", "a\\b", "a%2Fb", "a.jpg", "a b",
			"c:/windows" })
	void forgedKeysAreRejected(String key) {
		assertThat(PhotoPaths.isValidStorageKey(key)).isFalse();
	}

	@Test
	void overlongKeyIsRejected() {
		assertThat(PhotoPaths.isValidStorageKey("a".repeat(256))).isFalse();
	}

}
