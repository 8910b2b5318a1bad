package org.porchlight.web.photo;

import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletResponse;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.sync.store.PhotoSize;
import org.porchlight.sync.store.PhotoStore;

import org.springframework.core.io.InputStreamResource;
import org.springframework.core.io.Resource;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.context.request.ServletWebRequest;

/**
 * Streams photos of visible listings from the {@link PhotoStore}. A storage key names the bytes of one fetch of one
 * photo and a changed photo gets a new key, so responses may be cached for a year without revalidation.
 */
@Controller
class PhotoController {

	private static final CacheControl CACHE_FOR_A_YEAR = CacheControl.maxAge(Duration.ofDays(365))
		.cachePublic()
		.immutable();

	private final VisiblePhotos visiblePhotos;

	private final PhotoStore photoStore;

	PhotoController(VisiblePhotos visiblePhotos, PhotoStore photoStore) {
		this.visiblePhotos = visiblePhotos;
		this.photoStore = photoStore;
	}

	@GetMapping("/photos/{size}/{*storageKey}")
	ResponseEntity<Resource> photo(@PathVariable String size, @PathVariable String storageKey,
			ServletWebRequest request) throws IOException {
		Optional<PhotoSize> photoSize = PhotoPaths.sizeOf(size);
		String key = storageKey.startsWith("/") ? storageKey.substring(1) : storageKey;
		if (photoSize.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		if (!PhotoPaths.isValidStorageKey(key)) {
			return ResponseEntity.badRequest().build();
		}
		Optional<ListingPhoto> photo = this.visiblePhotos.findByStorageKey(key);
		if (photo.isEmpty()) {
			return ResponseEntity.notFound().build();
		}

		String etag = entityTag(photo.get(), photoSize.get());
		long lastModified = (photo.get().getFetchedAt() != null) ? photo.get().getFetchedAt().toEpochMilli() : -1;
		HttpServletResponse response = request.getResponse();
		if (response != null) {
			response.setHeader(HttpHeaders.CACHE_CONTROL, CACHE_FOR_A_YEAR.getHeaderValue());
		}
		if (request.checkNotModified(etag, lastModified)) {
			return null;
		}

		Optional<InputStream> content = this.photoStore.open(key, photoSize.get());
		if (content.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		ResponseEntity.BodyBuilder builder = ResponseEntity.ok()
			.contentType(MediaType.IMAGE_JPEG)
			.cacheControl(CACHE_FOR_A_YEAR)
			.eTag(etag);
		if (lastModified >= 0) {
			builder.lastModified(lastModified);
		}
		return builder.body(new InputStreamResource(content.get()));
	}

	/** Builds a strong entity tag from the original image's SHA-256 and the size, both fixed for a storage key. */
	private static String entityTag(ListingPhoto photo, PhotoSize size) {
		String hash = (photo.getSha256() != null) ? photo.getSha256() : Integer.toHexString(photo.getStorageKey().hashCode());
		return "\"" + hash + "-" + size.suffix() + "\"";
	}

}
