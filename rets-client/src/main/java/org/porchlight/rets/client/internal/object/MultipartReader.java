package org.porchlight.rets.client.internal.object;

import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

/**
 * Reads a {@code multipart/*} body part by part while it arrives, without holding more than one buffer of it.
 * <p>
 * It accepts what RETS servers send: a first boundary with or without a CRLF in front of it, CRLF or bare LF line
 * ends, and header lines without a space after the colon. It also joins folded header lines, where a line
 * starting with a space or tab continues the previous header. A part's body ends at the line break before the next delimiter line. When
 * the stream ends before the closing delimiter, {@link #complete()} stays {@code false} and a body that was cut
 * off raises {@link TruncatedPartException} from its stream.
 */
final class MultipartReader {

	private static final int BUFFER_SIZE = 64 * 1024;

	private static final int MAX_HEADER_BYTES = 64 * 1024;

	private final InputStream input;

	private final byte[] delimiter;

	private byte[] buffer;

	private int position;

	private int limit;

	private boolean endOfStream;

	private boolean started;

	private boolean complete;

	private boolean finished;

	private PartInputStream currentPart;

	MultipartReader(InputStream input, String boundary) {
		this.input = input;
		this.delimiter = ("--" + boundary).getBytes(StandardCharsets.ISO_8859_1);
		this.buffer = new byte[Math.max(BUFFER_SIZE, this.delimiter.length * 4)];
	}

	/** Thrown by a part's stream when the response ends inside that part. */
	static final class TruncatedPartException extends EOFException {

		TruncatedPartException() {
			super("The response ended inside a part, before the next boundary");
		}

	}

	/**
	 * Moves to the next part, skipping whatever of the current part was not read.
	 * @return the part's headers (names matched ignoring case), or {@code null} after the last part
	 */
	Map<String, String> nextPart() throws IOException {
		if (this.finished) {
			return null;
		}
		if (this.currentPart != null) {
			this.currentPart.skipToEnd();
			this.currentPart = null;
		}
		else if (!this.started) {
			this.started = true;
			skipPreamble();
		}
		if (this.finished) {
			return null;
		}
		if (!afterDelimiter()) {
			return null;
		}
		Map<String, String> headers = readHeaders();
		if (headers == null) {
			return null;
		}
		this.currentPart = new PartInputStream();
		return headers;
	}

	/** Returns the body of the part that {@link #nextPart()} moved to. */
	InputStream partBody() {
		return this.currentPart;
	}

	/** Returns whether the closing delimiter was read. */
	boolean complete() {
		return this.complete;
	}

	/** Returns whether the current part's body was cut off by the end of the stream. */
	boolean partTruncated() {
		return this.currentPart != null && this.currentPart.truncated;
	}

	private void skipPreamble() throws IOException {
		if (ensure(this.delimiter.length) && matchesDelimiter(this.position)) {
			this.position += this.delimiter.length;
			return;
		}
		PartInputStream preamble = new PartInputStream();
		preamble.skipToEnd();
		if (preamble.truncated) {
			this.finished = true;
		}
	}

	/** Reads what follows a delimiter: {@code --} for the closing one, else the rest of the line. */
	private boolean afterDelimiter() throws IOException {
		if (ensure(2) && this.buffer[this.position] == '-' && this.buffer[this.position + 1] == '-') {
			this.complete = true;
			this.finished = true;
			return false;
		}
		String rest = readLine(MAX_HEADER_BYTES);
		if (rest == null) {
			this.finished = true;
			return false;
		}
		return true;
	}

	private Map<String, String> readHeaders() throws IOException {
		Map<String, String> headers = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		String lastName = null;
		int total = 0;
		while (true) {
			String line = readLine(MAX_HEADER_BYTES - total);
			if (line == null) {
				this.finished = true;
				return null;
			}
			total += line.length() + 2;
			if (line.isEmpty()) {
				return headers;
			}
			if ((line.charAt(0) == ' ' || line.charAt(0) == '\t') && lastName != null) {
				headers.put(lastName, headers.get(lastName) + " " + line.trim());
				continue;
			}
			int colon = line.indexOf(':');
			if (colon <= 0) {
				continue;
			}
			lastName = line.substring(0, colon).trim();
			headers.putIfAbsent(lastName, line.substring(colon + 1).trim());
		}
	}

	/** Reads one line without its CRLF or LF; {@code null} at the end of the stream. */
	private String readLine(int maximum) throws IOException {
		int scan = this.position;
		while (true) {
			for (; scan < this.limit; scan++) {
				if (this.buffer[scan] == '\n') {
					int end = (scan > this.position && this.buffer[scan - 1] == '\r') ? scan - 1 : scan;
					String line = new String(this.buffer, this.position, end - this.position, StandardCharsets.ISO_8859_1);
					this.position = scan + 1;
					return line;
				}
			}
			if (scan - this.position > maximum) {
				throw new IOException("A multipart header line is longer than " + maximum + " bytes");
			}
			int shift = compact();
			scan -= shift;
			if (!readMore()) {
				return null;
			}
		}
	}

	private boolean matchesDelimiter(int at) {
		for (int i = 0; i < this.delimiter.length; i++) {
			if (this.buffer[at + i] != this.delimiter[i]) {
				return false;
			}
		}
		return true;
	}

	private boolean ensure(int count) throws IOException {
		while (this.limit - this.position < count) {
			compact();
			if (!readMore()) {
				return false;
			}
		}
		return true;
	}

	private int compact() {
		int shift = this.position;
		if (shift > 0) {
			System.arraycopy(this.buffer, shift, this.buffer, 0, this.limit - shift);
			this.limit -= shift;
			this.position = 0;
		}
		if (this.limit == this.buffer.length) {
			byte[] larger = new byte[this.buffer.length * 2];
			System.arraycopy(this.buffer, 0, larger, 0, this.limit);
			this.buffer = larger;
		}
		return shift;
	}

	private boolean readMore() throws IOException {
		if (this.endOfStream) {
			return false;
		}
		int read = this.input.read(this.buffer, this.limit, this.buffer.length - this.limit);
		if (read < 0) {
			this.endOfStream = true;
			return false;
		}
		this.limit += read;
		return true;
	}

	/** The body of one part: the bytes up to the line break before the next delimiter. */
	private final class PartInputStream extends InputStream {

		private boolean ended;

		private boolean truncated;

		@Override
		public int read() throws IOException {
			byte[] single = new byte[1];
			int read = read(single, 0, 1);
			return (read < 0) ? -1 : (single[0] & 0xFF);
		}

		@Override
		public int read(byte[] target, int offset, int length) throws IOException {
			if (length == 0) {
				return 0;
			}
			while (!this.ended) {
				int available = bodyBytesReady();
				if (available > 0) {
					int count = Math.min(available, length);
					System.arraycopy(MultipartReader.this.buffer, MultipartReader.this.position, target, offset, count);
					MultipartReader.this.position += count;
					return count;
				}
			}
			if (this.truncated) {
				throw new TruncatedPartException();
			}
			return -1;
		}

		/** Skips the rest of the body; a cut-off body only marks the part, without an exception. */
		void skipToEnd() throws IOException {
			while (!this.ended) {
				int available = bodyBytesReady();
				MultipartReader.this.position += available;
			}
		}

		/**
		 * Returns how many bytes from the reader's position certainly belong to this body, reading more when none
		 * do yet. Returns 0 and sets {@link #ended} at the delimiter or the end of the stream.
		 */
		private int bodyBytesReady() throws IOException {
			MultipartReader reader = MultipartReader.this;
			while (true) {
				byte[] bytes = reader.buffer;
				int needed = reader.delimiter.length + 1;
				int safeEnd = reader.limit;
				for (int i = reader.position; i < reader.limit; i++) {
					if (bytes[i] != '\n') {
						continue;
					}
					if (i + needed >= reader.limit && !reader.endOfStream) {
						safeEnd = i;
						break;
					}
					if (i + reader.delimiter.length < reader.limit && reader.matchesDelimiter(i + 1)
							&& isDelimiterEnd(i + 1 + reader.delimiter.length)) {
						int bodyEnd = (i > reader.position && bytes[i - 1] == '\r') ? i - 1 : i;
						if (bodyEnd > reader.position) {
							return bodyEnd - reader.position;
						}
						reader.position = i + 1 + reader.delimiter.length;
						this.ended = true;
						return 0;
					}
				}
				if (safeEnd > reader.position && bytes[safeEnd - 1] == '\r' && !reader.endOfStream) {
					safeEnd--;
				}
				if (safeEnd > reader.position) {
					return safeEnd - reader.position;
				}
				reader.compact();
				if (!reader.readMore()) {
					if (reader.limit > reader.position) {
						continue;
					}
					this.ended = true;
					this.truncated = true;
					reader.finished = true;
					return 0;
				}
			}
		}

		private boolean isDelimiterEnd(int at) {
			MultipartReader reader = MultipartReader.this;
			if (at >= reader.limit) {
				return reader.endOfStream;
			}
			byte next = reader.buffer[at];
			return next == '-' || next == '\r' || next == '\n' || next == ' ' || next == '\t';
		}

	}

}
