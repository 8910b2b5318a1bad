package org.porchlight.rets.client.internal.transport;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.Locale;

import org.apache.hc.client5.http.classic.ExecChain;
import org.apache.hc.client5.http.classic.ExecChainHandler;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.Header;
import org.apache.hc.core5.http.HttpException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The wire log: request and response heads exactly as exchanged, and the first bytes of each response body, at
 * TRACE on the logger {@value #LOGGER_NAME}, which is off unless configured. Credentials never reach it: the
 * values of {@code Authorization}, {@code Proxy-Authorization} and {@code RETS-UA-Authorization} are replaced, and
 * cookies keep their names but not their values.
 */
final class WireLog implements ExecChainHandler {

	static final String LOGGER_NAME = "org.porchlight.rets.client.wire";

	static final String TRANSACTION_ATTRIBUTE = "org.porchlight.rets.transaction";

	private static final Logger logger = LoggerFactory.getLogger(LOGGER_NAME);

	private static final int MAX_BODY_BYTES = 16 * 1024;

	private static final String REDACTED = "<redacted>";

	@Override
	public ClassicHttpResponse execute(ClassicHttpRequest request, ExecChain.Scope scope, ExecChain chain)
			throws IOException, HttpException {
		if (!logger.isTraceEnabled()) {
			return chain.proceed(request, scope);
		}
		Object transaction = scope.clientContext.getAttribute(TRANSACTION_ATTRIBUTE);
		StringBuilder head = new StringBuilder(">> ").append(request.getMethod()).append(' ').append(request.getRequestUri());
		appendHeaders(head, request.getHeaders(), ">> ");
		logger.trace("{} {}", transaction, head);
		ClassicHttpResponse response = chain.proceed(request, scope);
		StringBuilder responseHead = new StringBuilder("<< ").append(response.getCode()).append(' ')
			.append(response.getReasonPhrase());
		appendHeaders(responseHead, response.getHeaders(), "<< ");
		logger.trace("{} {}", transaction, responseHead);
		return response;
	}

	/** Wraps a response body so that its first bytes are logged as they are read, when the wire log is on. */
	static InputStream body(String transactionId, InputStream body) {
		if (!logger.isTraceEnabled() || body == null) {
			return body;
		}
		return new LoggingInputStream(transactionId, body);
	}

	static String redact(String name, String value) {
		String lower = name.toLowerCase(Locale.ROOT);
		if (lower.equals("authorization") || lower.equals("proxy-authorization") || lower.equals("rets-ua-authorization")) {
			return REDACTED;
		}
		if (lower.equals("cookie")) {
			StringBuilder cookies = new StringBuilder();
			for (String cookie : value.split(";")) {
				int equals = cookie.indexOf('=');
				String cookieName = (equals < 0) ? cookie.trim() : cookie.substring(0, equals).trim();
				cookies.append((cookies.length() > 0) ? "; " : "").append(cookieName).append('=').append(REDACTED);
			}
			return cookies.toString();
		}
		if (lower.equals("set-cookie")) {
			int equals = value.indexOf('=');
			int semicolon = value.indexOf(';');
			String attributes = (semicolon < 0) ? "" : value.substring(semicolon);
			return ((equals < 0) ? value : value.substring(0, equals)) + "=" + REDACTED + attributes;
		}
		return value;
	}

	private static void appendHeaders(StringBuilder text, Header[] headers, String prefix) {
		for (Header header : headers) {
			text.append(System.lineSeparator()).append(prefix).append(header.getName()).append(": ")
				.append(redact(header.getName(), header.getValue()));
		}
	}

	private static final class LoggingInputStream extends FilterInputStream {

		private final String transactionId;

		private long logged;

		LoggingInputStream(String transactionId, InputStream body) {
			super(body);
			this.transactionId = transactionId;
		}

		@Override
		public int read() throws IOException {
			int value = super.read();
			if (value >= 0) {
				log(new byte[] { (byte) value }, 0, 1);
			}
			return value;
		}

		@Override
		public int read(byte[] buffer, int offset, int length) throws IOException {
			int read = super.read(buffer, offset, length);
			if (read > 0) {
				log(buffer, offset, read);
			}
			return read;
		}

		private void log(byte[] buffer, int offset, int length) {
			if (this.logged >= MAX_BODY_BYTES) {
				return;
			}
			int count = (int) Math.min(length, MAX_BODY_BYTES - this.logged);
			this.logged += count;
			StringBuilder text = new StringBuilder(count + 16);
			for (int i = offset; i < offset + count; i++) {
				int value = buffer[i] & 0xFF;
				if (value == '\r') {
					text.append("[\\r]");
				}
				else if (value == '\n') {
					text.append("[\\n]");
				}
				else if (value < 0x20 || value >= 0x7F) {
					text.append(String.format("[0x%02x]", value));
				}
				else {
					text.append((char) value);
				}
			}
			logger.trace("{} << \"{}\"{}", this.transactionId, text,
					(this.logged >= MAX_BODY_BYTES) ? " (further bytes of this body are not logged)" : "");
		}

	}

}
