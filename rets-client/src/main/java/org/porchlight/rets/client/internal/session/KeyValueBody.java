package org.porchlight.rets.client.internal.session;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import org.porchlight.rets.client.RetsParseException;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.xml.TextDecoder;
import org.porchlight.rets.client.internal.xml.XmlScanner;

/**
 * The body of a Login or Logout reply: the reply code and the {@code key=value} lines of the
 * {@code RETS-RESPONSE} element, or of the {@code RETS} element when a server leaves the wrapper out.
 * Lines end in CRLF or LF, keys and values are trimmed, and RETS 1.8 {@code Info=name;type;value} lines (where
 * the type may be left out) become entries of their own.
 *
 * @param entries the key-value pairs in body order; a key may repeat
 */
record KeyValueBody(RetsReply reply, List<Map.Entry<String, String>> entries) {

	private static final Set<String> DATA_TYPES = Set.of("BOOLEAN", "CHARACTER", "DATE", "DATETIME", "TIME", "TINY",
			"SMALL", "INT", "LONG", "DECIMAL", "INTEGER");

	static KeyValueBody parse(byte[] body, TextDecoder decoder) {
		try {
			XmlScanner scanner = new XmlScanner(new ByteArrayInputStream(body), decoder);
			XmlScanner.Token token;
			while ((token = scanner.next()) != XmlScanner.Token.EOF) {
				if (token == XmlScanner.Token.START_TAG && scanner.isTag("RETS")) {
					Integer code = RetsReply.parseCode(scanner.attribute("ReplyCode"));
					String text = scanner.attribute("ReplyText");
					String content = "";
					if (!scanner.selfClosing()) {
						scanner.readContent(scanner.tagName());
						content = new String(scanner.buffer(), scanner.contentStart(),
								scanner.contentEnd() - scanner.contentStart(), decoder.charset());
					}
					RetsReply reply = new RetsReply((code != null) ? code : -1, (text != null) ? text : "", "");
					return new KeyValueBody(reply, entries(responseSection(content)));
				}
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		throw new RetsParseException("The body contains no RETS element", 0);
	}

	/** Returns the first value of {@code key}, ignoring case, or {@code null}. */
	String value(String key) {
		for (Map.Entry<String, String> entry : this.entries) {
			if (entry.getKey().equalsIgnoreCase(key)) {
				return entry.getValue();
			}
		}
		return null;
	}

	/** Returns the text inside {@code <RETS-RESPONSE>}, or the whole content without its tags. */
	private static String responseSection(String content) {
		String upper = content.toUpperCase(Locale.ROOT);
		int open = upper.indexOf("<RETS-RESPONSE");
		if (open >= 0) {
			int start = content.indexOf('>', open) + 1;
			int end = upper.indexOf("</RETS-RESPONSE", start);
			return content.substring(start, (end < 0) ? content.length() : end);
		}
		return content.replaceAll("<[^>]*>", "\n");
	}

	private static List<Map.Entry<String, String>> entries(String section) {
		List<Map.Entry<String, String>> entries = new ArrayList<>();
		for (String line : section.split("\r\n|\r|\n")) {
			String trimmed = line.trim();
			int equals = trimmed.indexOf('=');
			if (trimmed.isEmpty() || equals <= 0) {
				continue;
			}
			String key = trimmed.substring(0, equals).trim();
			String value = org.porchlight.rets.client.internal.xml.Entities.decode(trimmed.substring(equals + 1).trim());
			if (key.equalsIgnoreCase("Info")) {
				entries.add(infoEntry(value));
			}
			else {
				entries.add(Map.entry(key, value));
			}
		}
		return entries;
	}

	/**
	 * Splits {@code name;type;value} or {@code name;value}. The middle part counts as a type when it is empty, a
	 * RETS data type, or a single word (servers also write {@code MetadataVersion;MetadataVersion;1.00.000});
	 * otherwise it stays in the value, which may itself contain {@code ;}.
	 */
	private static Map.Entry<String, String> infoEntry(String value) {
		String[] parts = value.split(";", 3);
		if (parts.length == 1) {
			return Map.entry(parts[0].trim(), "");
		}
		String middle = parts[1].trim();
		if (parts.length == 3 && (middle.isEmpty() || DATA_TYPES.contains(middle.toUpperCase(Locale.ROOT))
				|| middle.chars().allMatch(Character::isLetter))) {
			return Map.entry(parts[0].trim(), parts[2].trim());
		}
		return Map.entry(parts[0].trim(), value.substring(value.indexOf(';') + 1).trim());
	}

}
