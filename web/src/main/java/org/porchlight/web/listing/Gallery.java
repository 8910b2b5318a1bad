package org.porchlight.web.listing;

import java.util.List;

import org.porchlight.sync.store.ListingPhoto;

/**
 * The photos of a listing with the one that the page shows large.
 *
 * @param photos the photos in gallery order
 * @param current the number of the photo shown large, from 1, or 0 when there are no photos
 */
public record Gallery(List<ListingPhoto> photos, int current) {

	/** Creates a gallery that shows the requested photo, or the nearest one when the number is out of range. */
	static Gallery of(List<ListingPhoto> photos, int requested) {
		if (photos.isEmpty()) {
			return new Gallery(List.of(), 0);
		}
		return new Gallery(List.copyOf(photos), Math.min(Math.max(requested, 1), photos.size()));
	}

	public int total() {
		return this.photos.size();
	}

	public boolean isEmpty() {
		return this.photos.isEmpty();
	}

	public ListingPhoto currentPhoto() {
		return isEmpty() ? null : this.photos.get(this.current - 1);
	}

	public boolean hasPrevious() {
		return this.current > 1;
	}

	public boolean hasNext() {
		return this.current < this.photos.size();
	}

}
