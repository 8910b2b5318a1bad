package org.porchlight.sync.store;

import java.io.IOException;
import java.io.InputStream;
import java.util.Optional;

/**
 * Storage of photo files, on the filesystem by default. A photo is written once per {@link PhotoSize}, as JPEG, under a
 * storage key that the {@link ListingPhoto} row records.
 */
public interface PhotoStore {

	/** Writes the JPEG bytes of one size of a photo, replacing any earlier file with that key and size. */
	void write(String storageKey, PhotoSize size, byte[] jpeg) throws IOException;

	/** Opens one size of a photo, or returns empty when it does not exist. The caller closes the stream. */
	Optional<InputStream> open(String storageKey, PhotoSize size) throws IOException;

	/** Deletes every size of a photo. Deleting a photo that does not exist is not an error. */
	void delete(String storageKey) throws IOException;

}
