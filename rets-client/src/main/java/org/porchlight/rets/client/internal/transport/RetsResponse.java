package org.porchlight.rets.client.internal.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.io.PushbackInputStream;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.xml.TextDecoder;

/** A successful HTTP response to a RETS transaction whose body is still being received. Closing it releases the connection. */
public final class RetsResponse implements Closeable {

	private static final int PEEK_BYTES = 1024;

	/** The ReplyCode attribute of the {@code RETS} start tag, which is complete in the first bytes of a reply. */
	private static final Pattern REPLY_CODE = Pattern.compile("<RETS\\s[^>]*?ReplyCode\\s*=\\s*[\"']\\s*(\\d{1,6})",
			Pattern.CASE_INSENSITIVE);

	private final String transactionId;

	private final ClassicHttpResponse response;

	private final URI uri;

	private final MediaType contentType;

	private final PushbackInputStream body;

	private final Runnable release;

	RetsResponse(String transactionId, ClassicHttpResponse response, URI uri, Runnable release) throws IOException {
		this.release = release;
		this.transactionId = transactionId;
		this.response = response;
		this.uri = uri;
		HttpEntity entity = response.getEntity();
		String contentType = header("Content-Type");
		if (contentType == null && entity != null) {
			contentType = entity.getContentType();
		}
		this.contentType = MediaType.parse(contentType);
		InputStream content = (entity != null) ? entity.getContent() : null;
		// Pushback rather than a BufferedInputStream, because that would block to fill its buffer and lose the bytes
		// it had read when the connection drops.
		this.body = new PushbackInputStream(
				WireLog.body(transactionId, (content != null) ? content : InputStream.nullInputStream()), PEEK_BYTES);
	}

	/**
	 * Returns the reply code of a {@code RETS} element at the start of an XML or text body without consuming it, or
	 * {@code -1} when the body starts otherwise (a multipart or image body, for example).
	 */
	int replyCodeAtStart() {
		String type = this.contentType.type();
		if (!type.isEmpty() && !type.contains("xml") && !type.startsWith("text/")) {
			return -1;
		}
		byte[] start = new byte[PEEK_BYTES];
		int length = 0;
		try {
			int read;
			while (length < PEEK_BYTES && (read = this.body.read(start, length, PEEK_BYTES - length)) >= 0) {
				length += read;
			}
		}
		catch (IOException ex) {
			// The transaction reads the body next and reports the failure there.
			return unread(start, length, -1);
		}
		start = java.util.Arrays.copyOf(start, length);
		if (unread(start, length, 0) < 0) {
			return -1;
		}
		if (!RetsReply.looksLikeReply(start, start.length)) {
			return -1;
		}
		Matcher matcher = REPLY_CODE.matcher(new String(start, StandardCharsets.ISO_8859_1));
		return matcher.find() ? Integer.parseInt(matcher.group(1)) : -1;
	}

	public String transactionId() {
		return this.transactionId;
	}

	public int status() {
		return this.response.getCode();
	}

	/** Returns the URL that sent this response, after any redirects. */
	public URI uri() {
		return this.uri;
	}

	/** Returns the first value of a response header, ignoring the case of its name, or {@code null}. */
	public String header(String name) {
		Header header = this.response.getFirstHeader(name);
		return (header != null) ? header.getValue() : null;
	}

	public MediaType contentType() {
		return this.contentType;
	}

	/** Returns a text decoder that starts from the charset of the {@code Content-Type} header. */
	public TextDecoder textDecoder() {
		return TextDecoder.forResponse(this.transactionId, this.contentType.charset());
	}

	public InputStream body() {
		return this.body;
	}

	/** Reads at most {@code maximum} bytes of the body. */
	public byte[] readBody(int maximum) throws IOException {
		return this.body.readNBytes(maximum);
	}

	private int unread(byte[] bytes, int length, int result) {
		try {
			this.body.unread(bytes, 0, length);
			return result;
		}
		catch (IOException ex) {
			return -1;
		}
	}

	@Override
	public void close() throws IOException {
		try {
			this.response.close();
		}
		finally {
			this.release.run();
		}
	}

}
