package org.porchlight.web.listing;

import java.util.ArrayList;
import java.util.List;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.web.photo.PhotoPaths;

/**
 * The photos of a listing, ready for the gallery fragment, with the one that the page shows large.
 *
 * @param photos the photos in gallery order
 * @param current the number of the photo shown large, from 1, or 0 when there are no photos
 */
public record Gallery(List<Photo> photos, int current) {

	/**
	 * Creates a gallery that shows the requested photo, or the nearest one when the number is out of range.
	 */
	static Gallery of(Listing listing, List<ListingPhoto> listingPhotos, int requested, PhotoPaths paths,
			ListingFormat format) {
		if (listingPhotos.isEmpty()) {
			return new Gallery(List.of(), 0);
		}
		int total = listingPhotos.size();
		int current = Math.min(Math.max(requested, 1), total);
		List<Photo> photos = new ArrayList<>(total);
		for (int number = 1; number <= total; number++) {
			ListingPhoto photo = listingPhotos.get(number - 1);
			photos.add(new Photo(number, paths.display(photo.getStorageKey()), paths.thumbnail(photo.getStorageKey()),
					format.photoAlt(listing, photo, number, total), number == current));
		}
		return new Gallery(List.copyOf(photos), current);
	}

	public int total() {
		return this.photos.size();
	}

	public boolean isEmpty() {
		return this.photos.isEmpty();
	}

	public Photo currentPhoto() {
		return isEmpty() ? null : this.photos.get(this.current - 1);
	}

	public boolean hasPrevious() {
		return this.current > 1;
	}

	public boolean hasNext() {
		return this.current < this.photos.size();
	}

	/**
	 * One photo of the gallery.
	 *
	 * @param number the photo's position, from 1
	 * @param displayPath the site path of the gallery-sized image
	 * @param thumbnailPath the site path of the thumbnail
	 * @param alt the alternative text, which describes the home without a withheld street address
	 * @param current whether this is the photo shown large
	 */
	public record Photo(int number, String displayPath, String thumbnailPath, String alt, boolean current) {

		/** Returns {@code "true"} for the current photo and {@code null} otherwise, for {@code aria-current}. */
		public String ariaCurrent() {
			return this.current ? "true" : null;
		}

	}

}
