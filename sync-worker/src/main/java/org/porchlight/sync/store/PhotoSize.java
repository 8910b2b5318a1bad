package org.porchlight.sync.store;

/** The sizes in which the site serves photos. Each is scaled to fit its width, keeping the aspect ratio. */
public enum PhotoSize {

	/** For result cards and the gallery's thumbnail strip. */
	THUMBNAIL("thumb", 320),

	/** For the listing page's gallery. */
	DISPLAY("display", 1024);

	private final String suffix;
	private final int maxWidth;

	PhotoSize(String suffix, int maxWidth) {
		this.suffix = suffix;
		this.maxWidth = maxWidth;
	}

	/** Returns the file-name part that distinguishes this size, such as {@code thumb}. */
	public String suffix() {
		return this.suffix;
	}

	/** Returns the largest width in pixels; smaller originals are not enlarged. */
	public int maxWidth() {
		return this.maxWidth;
	}

}
