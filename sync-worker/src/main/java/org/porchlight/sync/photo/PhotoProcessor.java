package org.porchlight.sync.photo;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Iterator;
import java.util.Map;

import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

import net.coobird.thumbnailator.Thumbnails;
import org.porchlight.sync.store.PhotoSize;

/**
 * Checks that a photo from the server is an image and renders it as JPEG in every {@link PhotoSize}. Images are
 * scaled down to the size's width, never up, keeping the aspect ratio.
 */
final class PhotoProcessor {

	/** Larger images would take gigabytes to decode. */
	private static final long MAX_PIXELS = 100_000_000L;

	private static final double JPEG_QUALITY = 0.85;

	static {
		// Registers the TwelveMonkeys JPEG reader (CMYK and damaged JPEGs) also when the class path is only known
		// late, as in an executable jar.
		ImageIO.scanForPlugins();
	}

	private final long maxBytes;

	/** @param maxBytes the largest photo accepted, in bytes */
	PhotoProcessor(long maxBytes) {
		this.maxBytes = maxBytes;
	}

	/**
	 * Reads the photo from {@code content}, reading at most one byte more than the limit.
	 * @throws RejectedPhotoException if the content is too large, not an image, or cannot be decoded
	 * @throws IOException if reading {@code content} fails
	 */
	ProcessedPhoto process(InputStream content) throws IOException {
		byte[] bytes = content.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, this.maxBytes + 1));
		if (bytes.length > this.maxBytes) {
			throw new RejectedPhotoException("larger than the limit of " + this.maxBytes + " bytes");
		}
		if (bytes.length == 0) {
			throw new RejectedPhotoException("empty");
		}
		if (looksLikeText(bytes)) {
			throw new RejectedPhotoException("not an image but text: " + excerpt(bytes));
		}
		BufferedImage image = decode(bytes);
		Map<PhotoSize, byte[]> renditions = new EnumMap<>(PhotoSize.class);
		BufferedImage rgb = toRgb(image);
		for (PhotoSize size : PhotoSize.values()) {
			renditions.put(size, render(rgb, size));
		}
		return new ProcessedPhoto(image.getWidth(), image.getHeight(), bytes.length, sha256(bytes), renditions);
	}

	private static BufferedImage decode(byte[] bytes) throws IOException {
		try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			Iterator<ImageReader> readers = ImageIO.getImageReaders(input);
			if (!readers.hasNext()) {
				throw new RejectedPhotoException("not in an image format that can be read");
			}
			ImageReader reader = readers.next();
			try {
				reader.setInput(input, true, true);
				long pixels = (long) reader.getWidth(0) * reader.getHeight(0);
				if (pixels > MAX_PIXELS) {
					throw new RejectedPhotoException(
							"too large: " + reader.getWidth(0) + "x" + reader.getHeight(0) + " pixels");
				}
				return reader.read(0);
			}
			catch (IOException | RuntimeException ex) {
				if (ex instanceof RejectedPhotoException) {
					throw ex;
				}
				throw new RejectedPhotoException("could not be decoded: " + ex.getMessage());
			}
			finally {
				reader.dispose();
			}
		}
	}

	/** Draws images with transparency or a palette onto white, because JPEG has neither. */
	private static BufferedImage toRgb(BufferedImage image) {
		int type = image.getType();
		if (type == BufferedImage.TYPE_INT_RGB || type == BufferedImage.TYPE_3BYTE_BGR) {
			return image;
		}
		BufferedImage rgb = new BufferedImage(image.getWidth(), image.getHeight(), BufferedImage.TYPE_INT_RGB);
		Graphics2D graphics = rgb.createGraphics();
		try {
			graphics.drawImage(image, 0, 0, Color.WHITE, null);
		}
		finally {
			graphics.dispose();
		}
		return rgb;
	}

	private static byte[] render(BufferedImage image, PhotoSize size) throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Thumbnails.Builder<BufferedImage> builder = Thumbnails.of(image);
		if (image.getWidth() > size.maxWidth()) {
			builder.width(size.maxWidth());
		}
		else {
			builder.scale(1.0);
		}
		builder.outputFormat("jpg").outputQuality(JPEG_QUALITY).toOutputStream(out);
		return out.toByteArray();
	}

	private static boolean looksLikeText(byte[] bytes) {
		int index = 0;
		while (index < bytes.length && index < 64 && Character.isWhitespace(bytes[index])) {
			index++;
		}
		return index < bytes.length && (bytes[index] == '<' || bytes[index] == '{');
	}

	private static String excerpt(byte[] bytes) {
		String text = new String(bytes, 0, Math.min(bytes.length, 120), StandardCharsets.ISO_8859_1);
		return text.replaceAll("\\s+", " ").trim();
	}

	private static String sha256(byte[] bytes) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("SHA-256 is not available", ex);
		}
	}

	/**
	 * A photo ready to store.
	 *
	 * @param width the original's width in pixels
	 * @param height the original's height in pixels
	 * @param byteSize the original's size in bytes
	 * @param sha256 the SHA-256 of the original bytes
	 * @param renditions the JPEG bytes of each size
	 */
	record ProcessedPhoto(int width, int height, long byteSize, String sha256, Map<PhotoSize, byte[]> renditions) {
	}

}
