package org.porchlight.rets.client.internal.xml;

import java.io.ByteArrayOutputStream;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Repairs the bytes of an XML body that an XML parser would reject, while it streams: control characters XML 1.0
 * forbids are dropped, character references to them are dropped, references to lone surrogates become U+FFFD, a
 * doubly escaped reference ({@code &amp;#233;}) becomes the reference it was meant to be, and a raw {@code &} that
 * starts no reference is escaped. Works on ASCII-compatible encodings (UTF-8, ISO-8859-1, windows-1252).
 * {@link #cleaned()} counts the repairs.
 */
public final class CleaningInputStream extends FilterInputStream {

	private static final int MAX_REFERENCE = 12;

	private byte[] pending = new byte[0];

	private int pendingIndex;

	private long cleaned;

	private int lookahead = -2;

	public CleaningInputStream(InputStream in) {
		super(in);
	}

	/** Returns the number of characters and references repaired so far. */
	public long cleaned() {
		return this.cleaned;
	}

	@Override
	public int read() throws IOException {
		while (true) {
			if (this.pendingIndex < this.pending.length) {
				return this.pending[this.pendingIndex++] & 0xFF;
			}
			int current = nextRaw();
			if (current < 0) {
				return -1;
			}
			if (current < 0x20 && Entities.isForbiddenControl(current)) {
				this.cleaned++;
				continue;
			}
			if (current != '&') {
				return current;
			}
			this.pending = reference();
			this.pendingIndex = 0;
		}
	}

	@Override
	public int read(byte[] buffer, int offset, int length) throws IOException {
		if (length == 0) {
			return 0;
		}
		int count = 0;
		while (count < length) {
			if (count > 0 && this.pendingIndex >= this.pending.length && this.lookahead == -2 && this.in.available() == 0) {
				break;
			}
			int value = read();
			if (value < 0) {
				return (count == 0) ? -1 : count;
			}
			buffer[offset + count++] = (byte) value;
		}
		return count;
	}

	@Override
	public long skip(long n) throws IOException {
		long skipped = 0;
		while (skipped < n && read() >= 0) {
			skipped++;
		}
		return skipped;
	}

	@Override
	public boolean markSupported() {
		return false;
	}

	private int nextRaw() throws IOException {
		if (this.lookahead != -2) {
			int value = this.lookahead;
			this.lookahead = -2;
			return value;
		}
		return this.in.read();
	}

	/** Reads what follows an {@code &} and returns the bytes to emit in place of the reference. */
	private byte[] reference() throws IOException {
		ByteArrayOutputStream name = new ByteArrayOutputStream();
		int current;
		while (name.size() <= MAX_REFERENCE + 6) {
			current = nextRaw();
			if (current == ';') {
				String text = name.toString(StandardCharsets.ISO_8859_1);
				return text.equals("amp") ? afterAmp() : resolve(text);
			}
			if (current < 0 || !(Character.isLetterOrDigit(current) || current == '#' || current == '_'
					|| current == '-' || current == '.' || current == ':')) {
				this.lookahead = current;
				break;
			}
			name.write(current);
		}
		this.cleaned++;
		return ("&amp;" + name.toString(StandardCharsets.ISO_8859_1)).getBytes(StandardCharsets.ISO_8859_1);
	}

	/** Handles what follows {@code &amp;}: a character reference escaped once too often ({@code &amp;#233;}). */
	private byte[] afterAmp() throws IOException {
		int current = nextRaw();
		if (current != '#') {
			this.lookahead = current;
			return "&amp;".getBytes(StandardCharsets.ISO_8859_1);
		}
		StringBuilder digits = new StringBuilder("#");
		while (digits.length() <= MAX_REFERENCE) {
			current = nextRaw();
			if (current == ';' && digits.length() > 1) {
				this.cleaned++;
				return resolveCharacter(digits.toString());
			}
			if (current < 0 || !(Character.isLetterOrDigit(current))) {
				this.lookahead = current;
				break;
			}
			digits.append((char) current);
		}
		return ("&amp;" + digits).getBytes(StandardCharsets.ISO_8859_1);
	}

	private byte[] resolve(String name) {
		if (name.startsWith("#")) {
			return resolveCharacter(name);
		}
		if (name.isEmpty()) {
			this.cleaned++;
			return "&amp;;".getBytes(StandardCharsets.ISO_8859_1);
		}
		return ("&" + name + ";").getBytes(StandardCharsets.ISO_8859_1);
	}

	private byte[] resolveCharacter(String name) {
		boolean hex = name.length() > 1 && (name.charAt(1) == 'x' || name.charAt(1) == 'X');
		int codePoint;
		try {
			codePoint = Integer.parseInt(name.substring(hex ? 2 : 1), hex ? 16 : 10);
		}
		catch (NumberFormatException ex) {
			this.cleaned++;
			return ("&amp;" + name + ";").getBytes(StandardCharsets.ISO_8859_1);
		}
		if (Entities.isForbiddenControl(codePoint) || codePoint == 0) {
			this.cleaned++;
			return new byte[0];
		}
		if ((codePoint >= 0xD800 && codePoint <= 0xDFFF) || codePoint > Character.MAX_CODE_POINT) {
			this.cleaned++;
			return "&#65533;".getBytes(StandardCharsets.ISO_8859_1);
		}
		return ("&" + name + ";").getBytes(StandardCharsets.ISO_8859_1);
	}

}
