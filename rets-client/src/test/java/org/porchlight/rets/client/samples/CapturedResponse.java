package org.porchlight.rets.client.samples;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.porchlight.rets.client.replay.Recording;

/**
 * A captured response from {@code src/test/resources/samples/}: either a whole HTTP response (status line or a bare
 * status code, headers, blank line, body) or a body alone. It becomes a {@link Recording} for the replay server.
 * Transfer headers are dropped because the replay server sets its own, and a body that still contains chunked
 * framing is decoded first.
 */
final class CapturedResponse {

	private static final Set<String> TRANSFER_HEADERS = Set.of("content-length", "content-encoding",
			"transfer-encoding", "connection");

	private static final Pattern CHUNK_SIZE = Pattern.compile("^[0-9a-fA-F]{1,8}\r?\n");

	final int status;

	final List<Map.Entry<String, String>> headers;

	final byte[] body;

	final boolean bodyOnly;

	private CapturedResponse(int status, List<Map.Entry<String, String>> headers, byte[] body, boolean bodyOnly) {
		this.status = status;
		this.headers = headers;
		this.body = body;
		this.bodyOnly = bodyOnly;
	}

	static byte[] bytes(String path) {
		try (InputStream input = CapturedResponse.class.getResourceAsStream("/samples/" + path)) {
			if (input == null) {
				throw new IllegalArgumentException("No sample named " + path);
			}
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static CapturedResponse load(String path) {
		return parse(bytes(path));
	}

	static CapturedResponse parse(byte[] bytes) {
		String start = new String(bytes, 0, Math.min(bytes.length, 16), StandardCharsets.ISO_8859_1);
		boolean statusLine = start.startsWith("HTTP/1.");
		boolean bareStatus = start.matches("(?s)^\\d{3}\r?\n.*");
		if (!statusLine && !bareStatus) {
			return new CapturedResponse(200, new ArrayList<>(), bytes, true);
		}
		int headerEnd = indexOf(bytes, "\r\n\r\n");
		int separator = 4;
		int lfEnd = indexOf(bytes, "\n\n");
		if (headerEnd < 0 || (lfEnd >= 0 && lfEnd < headerEnd)) {
			headerEnd = lfEnd;
			separator = 2;
		}

		String[] lines = new String(bytes, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r?\n");
		int status = Integer.parseInt(statusLine ? lines[0].split(" ")[1] : lines[0].trim());
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		boolean chunked = false;
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			if (colon <= 0) {
				continue;
			}
			String name = lines[i].substring(0, colon).trim();
			String value = lines[i].substring(colon + 1).trim();
			String lowerName = name.toLowerCase(Locale.ROOT);
			if (lowerName.equals("transfer-encoding") && value.equalsIgnoreCase("chunked")) {
				chunked = true;
			}
			if (!TRANSFER_HEADERS.contains(lowerName)) {
				headers.add(Map.entry(name, value));
			}
		}

		byte[] body = new byte[bytes.length - headerEnd - separator];
		System.arraycopy(bytes, headerEnd + separator, body, 0, body.length);
		if (chunked && CHUNK_SIZE.matcher(new String(body, 0, Math.min(body.length, 12), StandardCharsets.ISO_8859_1))
			.find()) {
			body = dechunk(body);
		}
		return new CapturedResponse(status, headers, body, false);
	}

	/** Decodes chunked framing up to the last chunk; anything after it is not part of the body. */
	static byte[] dechunk(byte[] framed) {
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		int position = 0;
		while (position < framed.length) {
			int lineEnd = indexOf(framed, "\n", position);
			if (lineEnd < 0) {
				break;
			}
			String sizeLine = new String(framed, position, lineEnd - position, StandardCharsets.ISO_8859_1).trim();
			Matcher size = Pattern.compile("^([0-9a-fA-F]+)").matcher(sizeLine);
			if (!size.find()) {
				break;
			}
			int length = Integer.parseInt(size.group(1), 16);
			if (length == 0) {
				break;
			}
			int dataStart = lineEnd + 1;
			int available = Math.min(length, framed.length - dataStart);
			body.write(framed, dataStart, available);
			position = dataStart + available;
			while (position < framed.length && (framed[position] == '\r' || framed[position] == '\n')) {
				position++;
				if (framed[position - 1] == '\n') {
					break;
				}
			}
		}
		return body.toByteArray();
	}

	String header(String name) {
		return this.headers.stream()
			.filter((header) -> header.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	String text() {
		return new String(this.body, StandardCharsets.ISO_8859_1);
	}

	/** Returns this response as a recording, adding {@code defaultHeaders} (name, value pairs) it does not have. */
	Recording toRecording(byte[] body, String... defaultHeaders) {
		List<String> pairs = new ArrayList<>();
		for (Map.Entry<String, String> header : this.headers) {
			pairs.add(header.getKey());
			pairs.add(header.getValue());
		}
		for (int i = 0; i < defaultHeaders.length; i += 2) {
			if (header(defaultHeaders[i]) == null) {
				pairs.add(defaultHeaders[i]);
				pairs.add(defaultHeaders[i + 1]);
			}
		}
		return Recording.of(this.status, body, pairs.toArray(String[]::new));
	}

	Recording toRecording(String... defaultHeaders) {
		return toRecording(this.body, defaultHeaders);
	}

	static int indexOf(byte[] bytes, String text) {
		return indexOf(bytes, text, 0);
	}

	static int indexOf(byte[] bytes, String text, int from) {
		byte[] pattern = text.getBytes(StandardCharsets.ISO_8859_1);
		outer: for (int i = from; i <= bytes.length - pattern.length; i++) {
			for (int j = 0; j < pattern.length; j++) {
				if (bytes[i + j] != pattern[j]) {
					continue outer;
				}
			}
			return i;
		}
		return -1;
	}

}
