package org.porchlight.rets.client.internal.reply;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;

import org.porchlight.rets.client.internal.xml.TextDecoder;
import org.porchlight.rets.client.internal.xml.XmlScanner;

/**
 * The reply code and text of a small RETS body such as {@code <RETS ReplyCode="20403" ReplyText="..."/>}, with
 * the text the body carries inside the element. A {@code RETS-STATUS} element with a non-zero code replaces the
 * outer code, because some servers hide a failure in a successful reply that way.
 *
 * @param detail text inside the {@code RETS} element, such as a list of valid values, or an empty string
 */
public record RetsReply(int code, String text, String detail) {

	/** Returns whether {@code body} starts like a RETS reply (after whitespace and an XML declaration). */
	public static boolean looksLikeReply(byte[] body, int length) {
		String start = new String(body, 0, Math.min(length, 512), java.nio.charset.StandardCharsets.ISO_8859_1)
			.stripLeading()
			.toUpperCase(java.util.Locale.ROOT);
		return start.startsWith("<RETS") || (start.startsWith("<?XML") && start.contains("<RETS"));
	}

	/**
	 * Parses a reply from a short body.
	 * @return the reply, or {@code null} if the body contains no {@code RETS} element with a reply code
	 */
	public static RetsReply parse(byte[] body, int length, TextDecoder decoder) {
		try {
			XmlScanner scanner = new XmlScanner(new ByteArrayInputStream(body, 0, length), decoder);
			Integer code = null;
			String text = "";
			Integer statusCode = null;
			String statusText = "";
			XmlScanner.Token token;
			while ((token = scanner.next()) != XmlScanner.Token.EOF) {
				if (token != XmlScanner.Token.START_TAG) {
					continue;
				}
				if (scanner.isTag("RETS") && code == null) {
					code = parseCode(scanner.attribute("ReplyCode"));
					text = valueOrEmpty(scanner.attribute("ReplyText"));
					scanner.captureText(true);
				}
				else if (scanner.isTag("RETS-STATUS")) {
					statusCode = parseCode(scanner.attribute("ReplyCode"));
					statusText = valueOrEmpty(scanner.attribute("ReplyText"));
				}
			}
			if (code == null) {
				return null;
			}
			if (code == 0 && statusCode != null && statusCode != 0) {
				return new RetsReply(statusCode, statusText, scanner.capturedText());
			}
			return new RetsReply(code, text, scanner.capturedText());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Parses a ReplyCode attribute: {@code null} when it is missing, {@code -1} when it is not a number. */
	public static Integer parseCode(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Integer.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			return -1;
		}
	}

	private static String valueOrEmpty(String value) {
		return (value != null) ? value : "";
	}

}
