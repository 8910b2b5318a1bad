package org.porchlight.rets.client.internal.xml;

import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.IllegalCharsetNameException;
import java.nio.charset.StandardCharsets;
import java.nio.charset.UnsupportedCharsetException;
import java.util.Locale;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Turns the bytes of one response into strings: charset decoding, then entity decoding.
 * <p>
 * The charset comes from the XML declaration, else from the {@code Content-Type} header, else UTF-8. When no
 * charset was declared (or only US-ASCII, which real servers also send with Latin-1 bytes in it) and a value is
 * not valid UTF-8, the value is decoded as windows-1252 instead and one warning is logged per response.
 * Control characters that XML forbids are removed from every value.
 * Not thread-safe: one instance serves one response.
 */
public final class TextDecoder {

	private static final Logger logger = LoggerFactory.getLogger(TextDecoder.class);

	private static final Charset WINDOWS_1252 = Charset.forName("windows-1252");

	private final String transactionId;

	private Charset charset;

	private boolean declared;

	private boolean fallbackReported;

	private TextDecoder(String transactionId, Charset charset, boolean declared) {
		this.transactionId = transactionId;
		this.charset = charset;
		this.declared = declared;
	}

	/**
	 * Creates a decoder for a response whose {@code Content-Type} named {@code headerCharset} (or {@code null}).
	 */
	public static TextDecoder forResponse(String transactionId, String headerCharset) {
		TextDecoder decoder = new TextDecoder(transactionId, StandardCharsets.UTF_8, false);
		decoder.declare(headerCharset);
		return decoder;
	}

	/** Applies the {@code encoding} of an XML declaration, which takes precedence over the header. */
	public void declare(String charsetName) {
		if (charsetName == null || charsetName.isBlank()) {
			return;
		}
		String name = charsetName.trim().toUpperCase(Locale.ROOT);
		if (name.equals("US-ASCII") || name.equals("ASCII")) {
			this.charset = StandardCharsets.UTF_8;
			this.declared = false;
			return;
		}
		try {
			this.charset = Charset.forName(name);
			this.declared = true;
		}
		catch (IllegalCharsetNameException | UnsupportedCharsetException ex) {
			logger.warn("{} Unknown charset '{}' in the response; decoding as UTF-8", this.transactionId, charsetName);
		}
	}

	public Charset charset() {
		return this.charset;
	}

	/** Decodes {@code length} bytes at {@code offset}, then XML entity and character references. */
	public String decode(byte[] bytes, int offset, int length) {
		boolean ascii = true;
		boolean reference = false;
		boolean control = false;
		int end = offset + length;
		for (int i = offset; i < end; i++) {
			byte current = bytes[i];
			if (current < 0) {
				ascii = false;
			}
			else if (current == '&') {
				reference = true;
			}
			else if (Entities.isForbiddenControl(current)) {
				control = true;
			}
		}
		String text;
		if (ascii) {
			text = new String(bytes, offset, length, StandardCharsets.ISO_8859_1);
		}
		else if (this.charset == StandardCharsets.UTF_8 && !this.declared) {
			text = decodeUndeclared(bytes, offset, length);
		}
		else {
			text = new String(bytes, offset, length, this.charset);
		}
		if (control) {
			text = Entities.removeForbiddenControls(text);
		}
		return reference ? Entities.decode(text) : text;
	}

	private String decodeUndeclared(byte[] bytes, int offset, int length) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(bytes, offset, length))
				.toString();
		}
		catch (CharacterCodingException ex) {
			if (!this.fallbackReported) {
				this.fallbackReported = true;
				logger.warn("{} Response declares no charset and contains bytes that are not UTF-8; "
						+ "decoding such values as windows-1252", this.transactionId);
			}
			return new String(bytes, offset, length, WINDOWS_1252);
		}
	}

}
