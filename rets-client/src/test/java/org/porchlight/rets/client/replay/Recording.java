package org.porchlight.rets.client.replay;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A recorded HTTP response: status, headers and body bytes. Files hold the status line, the header lines, a blank
 * line and the body. Bodies were stored already decoded, so the headers that describe the transfer
 * ({@code Content-Encoding}, {@code Transfer-Encoding}, {@code Content-Length}) are dropped on load.
 */
public record Recording(int status, List<Map.Entry<String, String>> headers, byte[] body) {

	private static final Set<String> DROPPED = Set.of("content-encoding", "transfer-encoding", "content-length");

	/** Loads a capture from {@code src/test/resources/captures/}. */
	public static Recording load(String name) {
		return parse(resource(name));
	}

	/** Returns the bytes of a capture from {@code src/test/resources/captures/}. */
	public static byte[] resource(String name) {
		try (InputStream input = Recording.class.getResourceAsStream("/captures/" + name)) {
			if (input == null) {
				throw new IllegalArgumentException("No capture named " + name);
			}
			return input.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/** Creates a response with the given body and headers, for cases no capture covers. */
	public static Recording of(int status, byte[] body, String... headerPairs) {
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (int i = 0; i < headerPairs.length; i += 2) {
			headers.add(Map.entry(headerPairs[i], headerPairs[i + 1]));
		}
		return new Recording(status, headers, body);
	}

	public static Recording of(int status, String body, String... headerPairs) {
		return of(status, body.getBytes(StandardCharsets.UTF_8), headerPairs);
	}

	static Recording parse(byte[] bytes) {
		int headerEnd = -1;
		int bodyStart = -1;
		for (int i = 0; i < bytes.length - 1; i++) {
			if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
				headerEnd = i;
				bodyStart = i + 2;
				break;
			}
			if (i + 3 < bytes.length && bytes[i] == '\r' && bytes[i + 1] == '\n' && bytes[i + 2] == '\r'
					&& bytes[i + 3] == '\n') {
				headerEnd = i;
				bodyStart = i + 4;
				break;
			}
		}
		if (headerEnd < 0) {
			throw new IllegalArgumentException("The recording has no blank line after its headers");
		}
		String[] lines = new String(bytes, 0, headerEnd, StandardCharsets.ISO_8859_1).split("\r?\n");
		int status = Integer.parseInt(lines[0].split(" ")[1]);
		List<Map.Entry<String, String>> headers = new ArrayList<>();
		for (int i = 1; i < lines.length; i++) {
			int colon = lines[i].indexOf(':');
			String name = lines[i].substring(0, colon).trim();
			if (!DROPPED.contains(name.toLowerCase(Locale.ROOT))) {
				headers.add(Map.entry(name, lines[i].substring(colon + 1).trim()));
			}
		}
		byte[] body = new byte[bytes.length - bodyStart];
		System.arraycopy(bytes, bodyStart, body, 0, body.length);
		return new Recording(status, headers, body);
	}

	/** Returns a copy of this recording with one more header. */
	public Recording withHeader(String name, String value) {
		List<Map.Entry<String, String>> extended = new ArrayList<>(this.headers);
		extended.add(Map.entry(name, value));
		return new Recording(this.status, extended, this.body);
	}

	/** Returns a copy whose body is cut after {@code length} bytes. */
	public Recording truncated(int length) {
		byte[] cut = new byte[length];
		System.arraycopy(this.body, 0, cut, 0, length);
		return new Recording(this.status, this.headers, cut);
	}

}
