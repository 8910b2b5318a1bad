package org.porchlight.sync.photo;

import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.porchlight.sync.store.PhotoSize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class FileSystemPhotoStoreTests {

	@TempDir
	Path directory;

	@Test
	void writeThenOpenEachSize() throws Exception {
		FileSystemPhotoStore store = new FileSystemPhotoStore(this.directory);

		store.write("feed/abc/1-2-1", PhotoSize.THUMBNAIL, new byte[] { 1, 2 });
		store.write("feed/abc/1-2-1", PhotoSize.DISPLAY, new byte[] { 3, 4, 5 });

		try (InputStream thumbnail = store.open("feed/abc/1-2-1", PhotoSize.THUMBNAIL).orElseThrow();
				InputStream display = store.open("feed/abc/1-2-1", PhotoSize.DISPLAY).orElseThrow()) {
			assertThat(thumbnail.readAllBytes()).containsExactly(1, 2);
			assertThat(display.readAllBytes()).containsExactly(3, 4, 5);
		}
		assertThat(this.directory.resolve("feed/abc/1-2-1.thumb.jpg")).exists();
		assertThat(this.directory.resolve("feed/abc/1-2-1.display.jpg")).exists();
	}

	@Test
	void writeReplacesAndLeavesNoTemporaryFiles() throws Exception {
		FileSystemPhotoStore store = new FileSystemPhotoStore(this.directory);

		store.write("feed/abc/1", PhotoSize.THUMBNAIL, new byte[] { 1 });
		store.write("feed/abc/1", PhotoSize.THUMBNAIL, new byte[] { 9 });

		try (Stream<Path> files = Files.list(this.directory.resolve("feed/abc"))) {
			assertThat(files.map((file) -> file.getFileName().toString())).containsExactly("1.thumb.jpg");
		}
		assertThat(Files.readAllBytes(this.directory.resolve("feed/abc/1.thumb.jpg"))).containsExactly(9);
	}

	@Test
	void missingPhotoOpensEmpty() throws Exception {
		FileSystemPhotoStore store = new FileSystemPhotoStore(this.directory);

		Optional<InputStream> missing = store.open("feed/none/1", PhotoSize.DISPLAY);

		assertThat(missing).isEmpty();
	}

	@Test
	void deleteRemovesEverySizeAndEmptyDirectories() throws Exception {
		FileSystemPhotoStore store = new FileSystemPhotoStore(this.directory);
		store.write("feed/abc/1", PhotoSize.THUMBNAIL, new byte[] { 1 });
		store.write("feed/abc/1", PhotoSize.DISPLAY, new byte[] { 1 });
		store.write("feed/other/1", PhotoSize.DISPLAY, new byte[] { 1 });

		store.delete("feed/abc/1");
		store.delete("feed/abc/never-written");

		assertThat(this.directory.resolve("feed/abc")).doesNotExist();
		assertThat(this.directory.resolve("feed/other/1.display.jpg")).exists();
	}

	@ParameterizedTest
	@ValueSource(strings = { "../outside", "feed/../../outside", "/etc/passwd", "feed//1", "feed/1/", "feed/a.b",
			"feed\\1", "" })
	void unsafeKeysAreRejected(String storageKey) {
		FileSystemPhotoStore store = new FileSystemPhotoStore(this.directory);

		assertThatIllegalArgumentException().isThrownBy(() -> store.write(storageKey, PhotoSize.DISPLAY, new byte[1]));
		assertThatIllegalArgumentException().isThrownBy(() -> store.open(storageKey, PhotoSize.DISPLAY));
		assertThatIllegalArgumentException().isThrownBy(() -> store.delete(storageKey));
	}

}
