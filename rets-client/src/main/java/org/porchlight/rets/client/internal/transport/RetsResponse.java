package org.porchlight.rets.client.internal.transport;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;

import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpEntity;
import org.porchlight.rets.client.internal.xml.TextDecoder;

/** A successful HTTP response to a RETS transaction whose body is still being received. Closing it releases the connection. */
public final class RetsResponse implements Closeable {

	private final String transactionId;

	private final ClassicHttpResponse response;

	private final URI uri;

	private final MediaType contentType;

	private final InputStream body;

	RetsResponse(String transactionId, ClassicHttpResponse response, URI uri) throws IOException {
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
		this.body = WireLog.body(transactionId, (content != null) ? content : InputStream.nullInputStream());
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

	@Override
	public void close() throws IOException {
		this.response.close();
	}

}
