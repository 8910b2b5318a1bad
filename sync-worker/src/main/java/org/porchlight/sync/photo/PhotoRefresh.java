package org.porchlight.sync.photo;

/**
 * The outcome of refreshing one listing's photos.
 *
 * @param photosStored photos written in the new set, {@code 0} when the refresh failed
 * @param failure why the listing keeps its old photos, or {@code null} when the new set replaced them
 */
public record PhotoRefresh(int photosStored, String failure) {

	static PhotoRefresh stored(int photos) {
		return new PhotoRefresh(photos, null);
	}

	static PhotoRefresh failed(String failure) {
		return new PhotoRefresh(0, failure);
	}

	public boolean succeeded() {
		return this.failure == null;
	}

}
