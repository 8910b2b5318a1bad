package org.porchlight.sandbox.internal.http;

import java.io.IOException;
import java.io.InputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.TreeMap;

import com.sun.net.httpserver.HttpExchange;

/**
 * Reads RETS arguments from a request's query string and, for a POST, its
 * {@code application/x-www-form-urlencoded} body. Like a servlet container, it decodes {@code +} as a
 * space, so a client must send a DMQL {@code +} as {@code %2B}.
 */
final class RequestParameters {

	private RequestParameters() {
	}

	static Map<String, String> read(HttpExchange exchange) throws IOException {
		Map<String, String> parameters = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		decodeInto(exchange.getRequestURI().getRawQuery(), parameters);
		if ("POST".equalsIgnoreCase(exchange.getRequestMethod())) {
			try (InputStream body = exchange.getRequestBody()) {
				decodeInto(new String(body.readAllBytes(), StandardCharsets.UTF_8), parameters);
			}
		}
		return parameters;
	}

	static void decodeInto(String encoded, Map<String, String> parameters) {
		if (encoded == null || encoded.isEmpty()) {
			return;
		}
		for (String pair : encoded.split("&")) {
			if (pair.isEmpty()) {
				continue;
			}
			int equals = pair.indexOf('=');
			String name = (equals < 0) ? pair : pair.substring(0, equals);
			String value = (equals < 0) ? "" : pair.substring(equals + 1);
			parameters.put(decode(name), decode(value));
		}
	}

	private static String decode(String text) {
		try {
			return URLDecoder.decode(text, StandardCharsets.UTF_8);
		}
		catch (IllegalArgumentException ex) {
			// A stray '%' is kept as it was sent rather than failing the whole request.
			return text;
		}
	}

}
