package org.porchlight.sandbox.internal.http;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.function.UnaryOperator;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpExchange;
import org.porchlight.sandbox.SandboxResponse;

/**
 * A {@link SandboxResponse} backed by the JDK server's exchange. Every response carries
 * {@code RETS-Version: RETS/1.7.2}; text bodies are gzip-compressed when the request accepts gzip.
 */
final class ExchangeResponse implements SandboxResponse {

	static final String RETS_VERSION = "RETS/1.7.2";

	private final HttpExchange exchange;

	private final boolean gzipAccepted;

	private UnaryOperator<OutputStream> bodyWrapper = UnaryOperator.identity();

	private boolean committed;

	ExchangeResponse(HttpExchange exchange) {
		this.exchange = exchange;
		String acceptEncoding = exchange.getRequestHeaders().getFirst("Accept-Encoding");
		this.gzipAccepted = acceptEncoding != null && acceptEncoding.toLowerCase(Locale.ROOT).contains("gzip");
	}

	/** Returns the response headers, to add to before {@link #send}. */
	Headers headers() {
		return this.exchange.getResponseHeaders();
	}

	/**
	 * Sends the status, headers and body.
	 * @param compressible whether the body may be gzip-compressed (text, not JPEG)
	 */
	void send(int status, String contentType, byte[] body, boolean compressible) throws IOException {
		Headers headers = this.exchange.getResponseHeaders();
		headers.set("RETS-Version", RETS_VERSION);
		headers.set("Cache-Control", "private");
		headers.set("Content-Type", contentType);
		this.committed = true;
		if (compressible && this.gzipAccepted && body.length > 0) {
			headers.set("Content-Encoding", "gzip");
			headers.set("Vary", "Accept-Encoding");
			this.exchange.sendResponseHeaders(status, 0);
			try (OutputStream out = new GZIPOutputStream(wire())) {
				out.write(body);
			}
		}
		else {
			this.exchange.sendResponseHeaders(status, (body.length == 0) ? -1 : body.length);
			try (OutputStream out = wire()) {
				out.write(body);
			}
		}
	}

	@Override
	public void sendError(int status, String message) throws IOException {
		send(status, "text/plain; charset=UTF-8", (message + "\n").getBytes(StandardCharsets.UTF_8), false);
	}

	@Override
	public void sendReply(int replyCode, String replyText) throws IOException {
		send(200, "text/xml", RetsReplies.reply(replyCode, replyText), true);
	}

	@Override
	public void abortConnection() {
		this.committed = true;
		this.exchange.close();
	}

	@Override
	public void wrapBody(UnaryOperator<OutputStream> wrapper) {
		UnaryOperator<OutputStream> previous = this.bodyWrapper;
		this.bodyWrapper = (stream) -> wrapper.apply(previous.apply(stream));
	}

	@Override
	public boolean isCommitted() {
		return this.committed;
	}

	private OutputStream wire() {
		return this.bodyWrapper.apply(this.exchange.getResponseBody());
	}

}
