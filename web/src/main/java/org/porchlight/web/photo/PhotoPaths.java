package org.porchlight.web.photo;

import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.porchlight.sync.store.PhotoSize;

import org.springframework.stereotype.Component;
import org.springframework.web.util.UriUtils;

/**
 * Builds the site paths under which {@link PhotoController} serves photos, as {@code @photoPaths} in templates, and
 * checks the storage keys that such paths carry.
 */
@Component("photoPaths")
public class PhotoPaths {

	/**
	 * The form of the storage keys that the photo store accepts: segments of letters, digits, {@code _} and
	 * {@code -}, separated by {@code /}. Anything else, such as a dot, a backslash or a percent sign, is a forged path.
	 */
	private static final Pattern STORAGE_KEY = Pattern.compile("[A-Za-z0-9_-]+(/[A-Za-z0-9_-]+)*");

	private static final int MAX_STORAGE_KEY_LENGTH = 255;

	/** Returns the path of a photo's thumbnail, such as {@code /photos/thumb/ab/cd/1.jpg}. */
	public String thumbnail(String storageKey) {
		return path(PhotoSize.THUMBNAIL, storageKey);
	}

	/** Returns the path of a photo's gallery-sized image. */
	public String display(String storageKey) {
		return path(PhotoSize.DISPLAY, storageKey);
	}

	static String path(PhotoSize size, String storageKey) {
		String encodedKey = Arrays.stream(storageKey.split("/"))
			.map((segment) -> UriUtils.encodePathSegment(segment, StandardCharsets.UTF_8))
			.collect(Collectors.joining("/"));
		return "/photos/" + size.suffix() + "/" + encodedKey;
	}

	/** Returns the size that a path token such as {@code thumb} names, or empty when it names none. */
	static Optional<PhotoSize> sizeOf(String token) {
		return Arrays.stream(PhotoSize.values()).filter((size) -> size.suffix().equals(token)).findFirst();
	}

	/**
	 * Returns whether a storage key taken from a request path is well formed: relative, without empty segments, and
	 * made only of the characters that keys are made of, so that it cannot climb out of the photo directory.
	 */
	static boolean isValidStorageKey(String storageKey) {
		return storageKey != null && storageKey.length() <= MAX_STORAGE_KEY_LENGTH
				&& STORAGE_KEY.matcher(storageKey).matches();
	}

}
