package org.porchlight.rets.client.internal.transport;

import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * A parsed {@code Content-Type} value: the lower-cased type and its parameters, whose names are matched
 * ignoring case. Quoted parameter values keep their spaces; unquoted values end at the next {@code ;}.
 */
public record MediaType(String type, Map<String, String> parameters) {

	public static final MediaType UNKNOWN = new MediaType("", Map.of());

	/** Parses a header value; {@code null} or blank gives {@link #UNKNOWN}. */
	public static MediaType parse(String value) {
		if (value == null || value.isBlank()) {
			return UNKNOWN;
		}
		int semicolon = value.indexOf(';');
		String type = ((semicolon < 0) ? value : value.substring(0, semicolon)).trim().toLowerCase(Locale.ROOT);
		Map<String, String> parameters = new LinkedHashMap<>();
		int at = (semicolon < 0) ? value.length() : semicolon + 1;
		while (at < value.length()) {
			int equals = value.indexOf('=', at);
			int nextSemicolon = value.indexOf(';', at);
			if (equals < 0 || (nextSemicolon >= 0 && nextSemicolon < equals)) {
				at = (nextSemicolon < 0) ? value.length() : nextSemicolon + 1;
				continue;
			}
			String name = value.substring(at, equals).trim().toLowerCase(Locale.ROOT);
			int valueStart = equals + 1;
			while (valueStart < value.length() && value.charAt(valueStart) == ' ') {
				valueStart++;
			}
			String parameterValue;
			if (valueStart < value.length() && value.charAt(valueStart) == '"') {
				int closingQuote = value.indexOf('"', valueStart + 1);
				int end = (closingQuote < 0) ? value.length() : closingQuote;
				parameterValue = value.substring(valueStart + 1, end);
				int after = value.indexOf(';', end);
				at = (after < 0) ? value.length() : after + 1;
			}
			else {
				int end = value.indexOf(';', valueStart);
				parameterValue = value.substring(valueStart, (end < 0) ? value.length() : end).trim();
				at = (end < 0) ? value.length() : end + 1;
			}
			parameters.putIfAbsent(name, parameterValue);
		}
		return new MediaType(type, Map.copyOf(parameters));
	}

	public String parameter(String name) {
		return this.parameters.get(name.toLowerCase(Locale.ROOT));
	}

	public String charset() {
		return parameter("charset");
	}

	public boolean isMultipart() {
		return this.type.startsWith("multipart/");
	}

	public boolean isXml() {
		return this.type.equals("text/xml") || this.type.equals("application/xml") || this.type.endsWith("+xml");
	}

}
