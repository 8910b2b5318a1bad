package org.porchlight.sandbox.internal.listing;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;

import javax.imageio.ImageIO;

import org.porchlight.sandbox.internal.metadata.CapturedResponse;

/**
 * The JPEG photos the sandbox serves, taken unchanged from flexmls GetObject captures. Listings reuse
 * them, so many listings show the same images.
 */
public final class PhotoLibrary {

	/** Width of the Thumbnail object type, from the Description "Thumbnail Photo (65x42)" in METADATA-OBJECT. */
	static final int THUMBNAIL_WIDTH = 65;

	private static final String PATH = "org/porchlight/sandbox/photos/";

	private final List<Image> images;

	private PhotoLibrary(List<Image> images) {
		this.images = images;
	}

	/** Loads the captured photos from the class path. */
	public static PhotoLibrary load() {
		return new PhotoLibrary(List.of(load("flexmls-14-52-1.jpg", "Walls"), load("flexmls-14-52-2.jpg", "0_010210"),
				load("flexmls-00-1669-1.jpg", "Hydrangeas"), load("flexmls-00-1669-2.jpg", "20140426_131723")));
	}

	private static Image load(String fileName, String description) {
		return new Image(fileName, description, CapturedResponse.readResource(PATH + fileName));
	}

	/** Returns the number of distinct images. */
	public int size() {
		return this.images.size();
	}

	/** Returns one image. */
	public Image image(int index) {
		return this.images.get(index);
	}

	/** One captured JPEG image and its lazily made thumbnail. */
	public static final class Image {

		private final String fileName;

		private final String description;

		private final byte[] jpeg;

		private byte[] thumbnail;

		Image(String fileName, String description, byte[] jpeg) {
			this.fileName = fileName;
			this.description = description;
			this.jpeg = jpeg;
		}

		/** Returns the resource file name. */
		public String fileName() {
			return this.fileName;
		}

		/** Returns the Content-Description the capture sent with the image. */
		public String description() {
			return this.description;
		}

		/** Returns the JPEG bytes as captured. */
		public byte[] jpeg() {
			return this.jpeg.clone();
		}

		/** Returns the image scaled down to {@value PhotoLibrary#THUMBNAIL_WIDTH} pixels wide, as JPEG. */
		public synchronized byte[] thumbnail() {
			if (this.thumbnail == null) {
				this.thumbnail = scale(this.jpeg, THUMBNAIL_WIDTH);
			}
			return this.thumbnail.clone();
		}

		private static byte[] scale(byte[] jpeg, int width) {
			try {
				BufferedImage source = ImageIO.read(new ByteArrayInputStream(jpeg));
				int height = Math.max(1, Math.round((float) source.getHeight() * width / source.getWidth()));
				BufferedImage scaled = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
				Graphics2D graphics = scaled.createGraphics();
				graphics.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
				graphics.drawImage(source, 0, 0, width, height, null);
				graphics.dispose();
				ByteArrayOutputStream out = new ByteArrayOutputStream();
				ImageIO.write(scaled, "jpg", out);
				return out.toByteArray();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Failed to scale a captured photo", ex);
			}
		}

	}

}
