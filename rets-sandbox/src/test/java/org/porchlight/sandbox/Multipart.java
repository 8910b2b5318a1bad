package org.porchlight.sandbox;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Splits a multipart body into parts by the boundary of its Content-Type, for assertions on GetObject
 * replies.
 */
final class Multipart {

	private static final Pattern BOUNDARY = Pattern.compile("boundary=\"([^\"]+)\"");

	record Part(Map<String, String> headers, byte[] body) {

		String header(String name) {
			return this.headers.get(name.toLowerCase(Locale.ROOT));
		}

	}

	private Multipart() {
	}

	static String boundary(String contentType) {
		Matcher matcher = BOUNDARY.matcher(contentType);
		if (!matcher.find()) {
			throw new IllegalArgumentException("No quoted boundary in " + contentType);
		}
		return matcher.group(1);
	}

	static List<Part> parse(String contentType, byte[] body) {
		byte[] delimiter = ("\r\n--" + boundary(contentType)).getBytes(StandardCharsets.US_ASCII);
		List<Part> parts = new ArrayList<>();
		int position = indexOf(body, delimiter, 0);
		if (position < 0) {
			throw new IllegalArgumentException("No boundary in the body");
		}
		while (true) {
			int afterDelimiter = position + delimiter.length;
			if (body[afterDelimiter] == '-' && body[afterDelimiter + 1] == '-') {
				return parts;
			}
			int headersStart = afterDelimiter + 2;
			int headersEnd = indexOf(body, "\r\n\r\n".getBytes(StandardCharsets.US_ASCII), headersStart);
			Map<String, String> headers = new LinkedHashMap<>();
			for (String line : new String(body, headersStart, headersEnd - headersStart, StandardCharsets.US_ASCII)
				.split("\r\n")) {
				int colon = line.indexOf(':');
				headers.put(line.substring(0, colon).trim().toLowerCase(Locale.ROOT), line.substring(colon + 1).trim());
			}
			int next = indexOf(body, delimiter, headersEnd + 4);
			if (next < 0) {
				throw new IllegalArgumentException("Missing closing boundary");
			}
			parts.add(new Part(headers, Arrays.copyOfRange(body, headersEnd + 4, next)));
			position = next;
		}
	}

	private static int indexOf(byte[] data, byte[] pattern, int from) {
		outer: for (int i = from; i <= data.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (data[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
