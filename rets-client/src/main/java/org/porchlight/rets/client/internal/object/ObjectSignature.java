package org.porchlight.rets.client.internal.object;

import java.util.HexFormat;
import java.util.Set;

/**
 * Checks the first bytes of an object against the image formats that listing photos come in (JPEG, PNG, GIF,
 * WebP), so that an error page or XML reply labelled {@code image/jpeg} is reported instead of stored as a photo.
 */
final class ObjectSignature {

	/** Bytes needed to recognise every supported format. */
	static final int LENGTH = 12;

	private static final Set<String> CHECKED_TYPES = Set.of("image/jpeg", "image/jpg", "image/pjpeg", "image/png",
			"image/gif", "image/webp");

	private ObjectSignature() {
	}

	/**
	 * Returns why {@code head} cannot be an object of {@code contentType}, or {@code null} when it can. A declared
	 * JPEG, PNG, GIF or WebP must start like one of those four, because servers mix them up. Any other image type
	 * only must not start like markup.
	 */
	static String mismatch(String contentType, byte[] head) {
		if (!contentType.startsWith("image/")) {
			return null;
		}
		if (CHECKED_TYPES.contains(contentType)) {
			return isKnownImage(head) ? null
					: "content declared as " + contentType + " does not start like an image (first bytes "
							+ HexFormat.ofDelimiter(" ").formatHex(head) + ")";
		}
		return looksLikeMarkup(head) ? "content declared as " + contentType + " starts like XML or HTML" : null;
	}

	static boolean isKnownImage(byte[] head) {
		return isJpeg(head) || isPng(head) || isGif(head) || isWebp(head);
	}

	private static boolean isJpeg(byte[] head) {
		return head.length >= 3 && (head[0] & 0xFF) == 0xFF && (head[1] & 0xFF) == 0xD8 && (head[2] & 0xFF) == 0xFF;
	}

	private static boolean isPng(byte[] head) {
		return startsWith(head, new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
	}

	private static boolean isGif(byte[] head) {
		return startsWith(head, "GIF87a".getBytes()) || startsWith(head, "GIF89a".getBytes());
	}

	private static boolean isWebp(byte[] head) {
		return head.length >= 12 && startsWith(head, "RIFF".getBytes()) && head[8] == 'W' && head[9] == 'E'
				&& head[10] == 'B' && head[11] == 'P';
	}

	static boolean looksLikeMarkup(byte[] head) {
		for (byte value : head) {
			if (value == ' ' || value == '\t' || value == '\r' || value == '\n') {
				continue;
			}
			return value == '<';
		}
		return false;
	}

	private static boolean startsWith(byte[] head, byte[] prefix) {
		if (head.length < prefix.length) {
			return false;
		}
		for (int i = 0; i < prefix.length; i++) {
			if (head[i] != prefix[i]) {
				return false;
			}
		}
		return true;
	}

}
