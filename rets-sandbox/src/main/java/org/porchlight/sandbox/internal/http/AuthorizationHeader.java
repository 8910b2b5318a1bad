package org.porchlight.sandbox.internal.http;

import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * An {@code Authorization} header split into its scheme and its parameters. Digest parameters are
 * {@code name=value} or {@code name="quoted value"} pairs separated by commas; quoted values may
 * contain commas, as a {@code uri} with a DMQL query does.
 *
 * @param scheme the scheme in lower case, such as {@code digest}
 * @param token the text after the scheme, such as the base64 credentials of Basic
 * @param parameters the Digest parameters by lower-case name
 */
record AuthorizationHeader(String scheme, String token, Map<String, String> parameters) {

	static AuthorizationHeader parse(String header) {
		String trimmed = header.strip();
		int space = trimmed.indexOf(' ');
		String scheme = ((space < 0) ? trimmed : trimmed.substring(0, space)).toLowerCase(Locale.ROOT);
		String token = (space < 0) ? "" : trimmed.substring(space + 1).strip();
		return new AuthorizationHeader(scheme, token, parseParameters(token));
	}

	private static Map<String, String> parseParameters(String text) {
		Map<String, String> parameters = new TreeMap<>();
		int i = 0;
		while (i < text.length()) {
			while (i < text.length() && (text.charAt(i) == ',' || Character.isWhitespace(text.charAt(i)))) {
				i++;
			}
			int nameStart = i;
			while (i < text.length() && text.charAt(i) != '=' && text.charAt(i) != ',') {
				i++;
			}
			String name = text.substring(nameStart, i).strip().toLowerCase(Locale.ROOT);
			if (i >= text.length() || text.charAt(i) != '=') {
				continue;
			}
			i++;
			StringBuilder value = new StringBuilder();
			if (i < text.length() && text.charAt(i) == '"') {
				i++;
				while (i < text.length() && text.charAt(i) != '"') {
					if (text.charAt(i) == '\\' && i + 1 < text.length()) {
						i++;
					}
					value.append(text.charAt(i));
					i++;
				}
				i++;
			}
			else {
				while (i < text.length() && text.charAt(i) != ',') {
					value.append(text.charAt(i));
					i++;
				}
			}
			if (!name.isEmpty()) {
				parameters.put(name, value.toString().strip());
			}
		}
		return parameters;
	}

}
