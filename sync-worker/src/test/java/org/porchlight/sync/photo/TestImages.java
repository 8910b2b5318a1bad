package org.porchlight.sync.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;

import javax.imageio.ImageIO;

/** Images for photo tests: a real listing photo, and generated ones of any size. */
final class TestImages {

	private TestImages() {
	}

	/** Returns a real 256x192 listing photo captured from a RETS server. */
	static byte[] listingPhoto() {
		try (InputStream input = TestImages.class.getResourceAsStream("/photos/listing-photo.jpg")) {
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static byte[] generated(int width, int height, String format, int type) {
		BufferedImage image = new BufferedImage(width, height, type);
		Graphics2D graphics = image.createGraphics();
		graphics.setColor(new Color(40, 120, 200, 200));
		graphics.fillRect(0, 0, width, height);
		graphics.setColor(Color.ORANGE);
		graphics.fillOval(width / 4, height / 4, width / 2, height / 2);
		graphics.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	static BufferedImage read(byte[] bytes) {
		try {
			return ImageIO.read(new java.io.ByteArrayInputStream(bytes));
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
