package org.porchlight.rets.client.internal.xml;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.porchlight.rets.client.RetsParseException;

/**
 * A lenient pull scanner over the bytes of a RETS response. It finds start and end tags and their attributes,
 * and hands out the raw bytes between a start tag and its end tag without interpreting them.
 * <p>
 * RETS bodies are often not well-formed XML: raw {@code <} and {@code &} inside COMPACT data, Latin-1 bytes under
 * a UTF-8 label, control characters, bodies cut off mid-row. The scanner therefore never validates. It reads
 * through a growable buffer so that memory stays bounded by the largest single element, not by the response.
 * Element and attribute names are compared ignoring ASCII case by the callers.
 */
public final class XmlScanner {

	/** The kind of markup that {@link #next()} stopped at. */
	public enum Token {

		START_TAG, END_TAG, EOF

	}

	private static final int INITIAL_BUFFER = 64 * 1024;

	private static final int MAX_BUFFER = 64 * 1024 * 1024;

	private static final int MAX_CAPTURED_TEXT = 8 * 1024;

	private final InputStream input;

	private final TextDecoder decoder;

	private byte[] buffer = new byte[INITIAL_BUFFER];

	private int position;

	private int limit;

	private long bufferOffset;

	private boolean endOfStream;

	private String tagName;

	private boolean selfClosing;

	private final List<String> attributeNames = new ArrayList<>();

	private final List<String> attributeValues = new ArrayList<>();

	private int contentStart;

	private int contentEnd;

	private ByteArrayOutputStream capturedText;

	public XmlScanner(InputStream input, TextDecoder decoder) {
		this.input = input;
		this.decoder = decoder;
	}

	/** Advances to the next start tag, end tag or the end of the stream. Text between tags is skipped. */
	public Token next() throws IOException {
		while (true) {
			int open = indexOf((byte) '<', this.position, this.limit);
			if (open < 0) {
				capture(this.position, this.limit);
				this.position = this.limit;
				if (!fill()) {
					return Token.EOF;
				}
				continue;
			}
			capture(this.position, open);
			this.position = open;
			if (!ensure(2)) {
				this.position = this.limit;
				return Token.EOF;
			}
			byte marker = this.buffer[this.position + 1];
			if (marker == '/') {
				readEndTag();
				return Token.END_TAG;
			}
			if (marker == '?') {
				readProcessingInstruction();
				continue;
			}
			if (marker == '!') {
				skipMarkup();
				continue;
			}
			if (isNameStart(marker)) {
				readStartTag();
				return Token.START_TAG;
			}
			// A raw '<' in text, as some servers send.
			capture(this.position, this.position + 1);
			this.position++;
		}
	}

	/** Returns the name of the current tag as written. */
	public String tagName() {
		return this.tagName;
	}

	/** Returns whether the current tag is {@code name}, ignoring ASCII case. */
	public boolean isTag(String name) {
		return this.tagName != null && this.tagName.equalsIgnoreCase(name);
	}

	/** Returns whether the current start tag ended with {@code />}. */
	public boolean selfClosing() {
		return this.selfClosing;
	}

	/** Returns the value of an attribute of the current start tag, ignoring the case of its name, or {@code null}. */
	public String attribute(String name) {
		for (int i = 0; i < this.attributeNames.size(); i++) {
			if (this.attributeNames.get(i).equalsIgnoreCase(name)) {
				return this.attributeValues.get(i);
			}
		}
		return null;
	}

	public List<String> attributeNames() {
		return List.copyOf(this.attributeNames);
	}

	/**
	 * Reads the raw content of the current start tag up to its end tag {@code </name>}. Only that exact end tag
	 * ends the content, so a stray {@code <} inside it is content. Afterwards {@link #buffer()},
	 * {@link #contentStart()} and {@link #contentEnd()} describe the content until the next call.
	 * @return {@code false} if the stream ended before the end tag; the content then runs to the end of the stream
	 */
	public boolean readContent(String name) throws IOException {
		int start = this.position;
		int scan = start;
		while (true) {
			int open = indexOf((byte) '<', scan, this.limit);
			if (open >= 0 && open + name.length() + 2 < this.limit) {
				if (isEndTag(open, name)) {
					this.contentStart = start;
					this.contentEnd = open;
					this.position = open + 2 + name.length();
					skipPastTagEnd();
					return true;
				}
				scan = open + 1;
				continue;
			}
			int keep = (open >= 0) ? open : this.limit;
			int shift = makeRoom(start);
			start -= shift;
			scan = keep - shift;
			if (!readMore()) {
				this.contentStart = start;
				this.contentEnd = this.limit;
				this.position = this.limit;
				return false;
			}
		}
	}

	/** Returns the buffer that contains the content found by {@link #readContent(String)}. */
	public byte[] buffer() {
		return this.buffer;
	}

	public int contentStart() {
		return this.contentStart;
	}

	public int contentEnd() {
		return this.contentEnd;
	}

	/** Returns the content found by {@link #readContent(String)} as decoded text. */
	public String contentText() {
		return this.decoder.decode(this.buffer, this.contentStart, this.contentEnd - this.contentStart);
	}

	/** Returns the number of bytes consumed so far, for error messages. */
	public long offset() {
		return this.bufferOffset + this.position;
	}

	/** Starts or stops keeping the text found between tags (at most 8 KB), for reply bodies that explain an error. */
	public void captureText(boolean capture) {
		this.capturedText = capture ? new ByteArrayOutputStream() : null;
	}

	/** Returns the text kept since {@link #captureText(boolean)}, trimmed, or an empty string. */
	public String capturedText() {
		if (this.capturedText == null) {
			return "";
		}
		byte[] bytes = this.capturedText.toByteArray();
		return this.decoder.decode(bytes, 0, bytes.length).trim();
	}

	private void capture(int from, int to) {
		if (this.capturedText != null && to > from && this.capturedText.size() < MAX_CAPTURED_TEXT) {
			this.capturedText.write(this.buffer, from, Math.min(to - from, MAX_CAPTURED_TEXT - this.capturedText.size()));
		}
	}

	private boolean isEndTag(int open, String name) {
		if (this.buffer[open + 1] != '/') {
			return false;
		}
		int at = open + 2;
		for (int i = 0; i < name.length(); i++) {
			int expected = name.charAt(i);
			int actual = this.buffer[at + i];
			if (actual != expected && toUpper(actual) != toUpper(expected)) {
				return false;
			}
		}
		byte after = this.buffer[at + name.length()];
		return after == '>' || isWhitespace(after);
	}

	private void readStartTag() throws IOException {
		int end = findTagEnd();
		int nameStart = this.position + 1;
		int at = nameStart;
		while (at < end && isNameChar(this.buffer[at])) {
			at++;
		}
		this.tagName = ascii(nameStart, at);
		this.selfClosing = this.buffer[end - 1] == '/';
		int attributesEnd = this.selfClosing ? end - 1 : end;
		readAttributes(at, attributesEnd);
		this.position = end + 1;
	}

	private void readAttributes(int from, int to) {
		this.attributeNames.clear();
		this.attributeValues.clear();
		int at = from;
		while (at < to) {
			while (at < to && (isWhitespace(this.buffer[at]) || this.buffer[at] == '/')) {
				at++;
			}
			int nameStart = at;
			while (at < to && this.buffer[at] != '=' && !isWhitespace(this.buffer[at])) {
				at++;
			}
			if (at == nameStart) {
				break;
			}
			String name = ascii(nameStart, at);
			while (at < to && isWhitespace(this.buffer[at])) {
				at++;
			}
			String value = "";
			if (at < to && this.buffer[at] == '=') {
				at++;
				while (at < to && isWhitespace(this.buffer[at])) {
					at++;
				}
				int valueStart;
				int valueEnd;
				if (at < to && (this.buffer[at] == '"' || this.buffer[at] == '\'')) {
					byte quote = this.buffer[at];
					valueStart = at + 1;
					valueEnd = indexOf(quote, valueStart, to);
					if (valueEnd < 0) {
						valueEnd = to;
					}
					at = Math.min(valueEnd + 1, to);
				}
				else {
					valueStart = at;
					while (at < to && !isWhitespace(this.buffer[at])) {
						at++;
					}
					valueEnd = at;
				}
				value = this.decoder.decode(this.buffer, valueStart, valueEnd - valueStart);
			}
			this.attributeNames.add(name);
			this.attributeValues.add(value);
		}
	}

	private void readEndTag() throws IOException {
		int end = findTagEnd();
		int at = this.position + 2;
		while (at < end && isWhitespace(this.buffer[at])) {
			at++;
		}
		int nameStart = at;
		while (at < end && isNameChar(this.buffer[at])) {
			at++;
		}
		this.tagName = ascii(nameStart, at);
		this.selfClosing = false;
		this.attributeNames.clear();
		this.attributeValues.clear();
		this.position = end + 1;
	}

	private void readProcessingInstruction() throws IOException {
		int end = findSequence("?>");
		String instruction = ascii(this.position + 2, end);
		if (instruction.regionMatches(true, 0, "xml", 0, 3)) {
			int encoding = instruction.toLowerCase(java.util.Locale.ROOT).indexOf("encoding");
			if (encoding >= 0) {
				readAttributes(this.position + 2 + encoding, end);
				this.decoder.declare(attribute("encoding"));
			}
		}
		this.position = end + 2;
	}

	private void skipMarkup() throws IOException {
		if (startsWith("<!--")) {
			this.position = findSequence("-->") + 3;
		}
		else if (startsWith("<![CDATA[")) {
			int end = findSequence("]]>");
			capture(this.position + 9, end);
			this.position = end + 3;
		}
		else {
			this.position = findTagEnd() + 1;
		}
	}

	private boolean startsWith(String text) throws IOException {
		if (!ensure(text.length())) {
			return false;
		}
		for (int i = 0; i < text.length(); i++) {
			if (this.buffer[this.position + i] != text.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	/** Returns the index of the {@code >} that closes the tag at {@link #position}, outside quoted values. */
	private int findTagEnd() throws IOException {
		int at = this.position + 1;
		byte quote = 0;
		while (true) {
			for (; at < this.limit; at++) {
				byte current = this.buffer[at];
				if (quote != 0) {
					if (current == quote) {
						quote = 0;
					}
				}
				else if (current == '"' || current == '\'') {
					quote = current;
				}
				else if (current == '>') {
					return at;
				}
			}
			int shift = makeRoom(this.position);
			at -= shift;
			if (!readMore()) {
				throw new RetsParseException("Response ended inside a tag", offset());
			}
		}
	}

	private int findSequence(String sequence) throws IOException {
		int at = this.position + 2;
		while (true) {
			for (; at + sequence.length() <= this.limit; at++) {
				if (matches(at, sequence)) {
					return at;
				}
			}
			int shift = makeRoom(this.position);
			at -= shift;
			if (!readMore()) {
				throw new RetsParseException("Response ended before '" + sequence + "'", offset());
			}
		}
	}

	private boolean matches(int at, String sequence) {
		for (int i = 0; i < sequence.length(); i++) {
			if (this.buffer[at + i] != sequence.charAt(i)) {
				return false;
			}
		}
		return true;
	}

	private void skipPastTagEnd() throws IOException {
		while (true) {
			int end = indexOf((byte) '>', this.position, this.limit);
			if (end >= 0) {
				this.position = end + 1;
				return;
			}
			this.position = this.limit;
			if (!fill()) {
				return;
			}
		}
	}

	/** Makes at least {@code count} bytes available from {@link #position}, unless the stream ends first. */
	private boolean ensure(int count) throws IOException {
		while (this.limit - this.position < count) {
			makeRoom(this.position);
			if (!readMore()) {
				return false;
			}
		}
		return true;
	}

	/** Reads more bytes after everything before {@link #position} was consumed. */
	private boolean fill() throws IOException {
		makeRoom(this.position);
		return readMore();
	}

	/**
	 * Moves the bytes from {@code keepFrom} to the front of the buffer, growing it when it is full.
	 * @return how far the bytes moved, so that callers can shift their indexes
	 */
	private int makeRoom(int keepFrom) {
		int shift = keepFrom;
		if (shift > 0) {
			System.arraycopy(this.buffer, shift, this.buffer, 0, this.limit - shift);
			this.limit -= shift;
			this.position -= shift;
			this.bufferOffset += shift;
		}
		if (this.limit == this.buffer.length) {
			if (this.buffer.length >= MAX_BUFFER) {
				throw new RetsParseException("A single element is larger than " + (MAX_BUFFER >> 20) + " MB", offset());
			}
			byte[] larger = new byte[Math.min(this.buffer.length * 2, MAX_BUFFER)];
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

	private int indexOf(byte value, int from, int to) {
		byte[] bytes = this.buffer;
		for (int i = from; i < to; i++) {
			if (bytes[i] == value) {
				return i;
			}
		}
		return -1;
	}

	private String ascii(int from, int to) {
		return new String(this.buffer, from, Math.max(0, to - from), StandardCharsets.ISO_8859_1);
	}

	private static boolean isNameStart(byte value) {
		return (value >= 'A' && value <= 'Z') || (value >= 'a' && value <= 'z') || value == '_';
	}

	private static boolean isNameChar(byte value) {
		return isNameStart(value) || (value >= '0' && value <= '9') || value == '-' || value == '.' || value == ':';
	}

	private static boolean isWhitespace(byte value) {
		return value == ' ' || value == '\t' || value == '\r' || value == '\n';
	}

	private static int toUpper(int value) {
		return (value >= 'a' && value <= 'z') ? value - 32 : value;
	}

}
