package org.porchlight.sandbox.internal.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;

/**
 * An HTTP response recorded from a real RETS server: the status line and headers as text, followed by
 * the body bytes after the first empty line.
 */
public final class CapturedResponse {

	private final String head;

	private final byte[] body;

	private CapturedResponse(String head, byte[] body) {
		this.head = head;
		this.body = body;
	}

	/**
	 * Reads a recorded response from the class path.
	 * @param resource the class path resource, for example {@code org/porchlight/sandbox/captured/x.txt}
	 * @throws IllegalStateException if the resource does not exist or has no empty line after the headers
	 */
	public static CapturedResponse load(String resource) {
		byte[] bytes = readResource(resource);
		int bodyStart = -1;
		for (int i = 0; i < bytes.length - 1 && bodyStart < 0; i++) {
			if (bytes[i] == '\n' && bytes[i + 1] == '\n') {
				bodyStart = i + 2;
			}
			else if (bytes[i] == '\n' && bytes[i + 1] == '\r' && i + 2 < bytes.length && bytes[i + 2] == '\n') {
				bodyStart = i + 3;
			}
		}
		if (bodyStart < 0) {
			throw new IllegalStateException("Captured response " + resource + " has no empty line after its headers");
		}
		String head = new String(bytes, 0, bodyStart, StandardCharsets.ISO_8859_1).strip();
		return new CapturedResponse(head, Arrays.copyOfRange(bytes, bodyStart, bytes.length));
	}

	/** Reads a class path resource whole. */
	public static byte[] readResource(String resource) {
		ClassLoader loader = CapturedResponse.class.getClassLoader();
		try (InputStream in = loader.getResourceAsStream(resource)) {
			if (in == null) {
				throw new IllegalStateException("Class path resource " + resource + " not found");
			}
			return in.readAllBytes();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to read class path resource " + resource, ex);
		}
	}

	/** Returns the recorded status line and headers. */
	public String head() {
		return this.head;
	}

	/** Returns a copy of the body bytes as recorded. */
	public byte[] body() {
		return this.body.clone();
	}

}
