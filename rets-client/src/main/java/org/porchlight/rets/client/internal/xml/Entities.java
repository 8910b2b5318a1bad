package org.porchlight.rets.client.internal.xml;

/**
 * Decodes XML character references in text that was already converted from bytes. The five predefined
 * entities and decimal or hexadecimal character references are decoded. Anything else that starts with
 * {@code &} is kept as written, because RETS servers send raw ampersands in listing text.
 */
public final class Entities {

	private static final int MAX_REFERENCE_LENGTH = 12;

	private Entities() {
	}

	/** Returns {@code text} with its entity and character references replaced. */
	public static String decode(String text) {
		int ampersand = text.indexOf('&');
		if (ampersand < 0) {
			return text;
		}
		StringBuilder result = new StringBuilder(text.length());
		result.append(text, 0, ampersand);
		int index = ampersand;
		while (index < text.length()) {
			char current = text.charAt(index);
			if (current != '&') {
				result.append(current);
				index++;
				continue;
			}
			int semicolon = text.indexOf(';', index + 1);
			if (semicolon < 0 || semicolon - index > MAX_REFERENCE_LENGTH
					|| !appendReference(text, index + 1, semicolon, result)) {
				result.append('&');
				index++;
				continue;
			}
			index = semicolon + 1;
		}
		return replaceUnpairedSurrogates(result);
	}

	private static boolean appendReference(String text, int start, int end, StringBuilder result) {
		String name = text.substring(start, end);
		switch (name) {
			case "amp" -> result.append('&');
			case "lt" -> result.append('<');
			case "gt" -> result.append('>');
			case "quot" -> result.append('"');
			case "apos" -> result.append('\'');
			default -> {
				return appendCharacterReference(name, result);
			}
		}
		return true;
	}

	private static boolean appendCharacterReference(String name, StringBuilder result) {
		if (name.length() < 2 || name.charAt(0) != '#') {
			return false;
		}
		boolean hex = name.charAt(1) == 'x' || name.charAt(1) == 'X';
		String digits = name.substring(hex ? 2 : 1);
		if (digits.isEmpty()) {
			return false;
		}
		int codePoint;
		try {
			codePoint = Integer.parseInt(digits, hex ? 16 : 10);
		}
		catch (NumberFormatException ex) {
			return false;
		}
		if (codePoint <= 0 || codePoint > Character.MAX_CODE_POINT) {
			return false;
		}
		// Surrogate halves written as two references (&#55357;&#56842;) are appended one by one, so that a
		// well-formed pair becomes the character it encodes.
		result.appendCodePoint(codePoint);
		return true;
	}

	private static String replaceUnpairedSurrogates(StringBuilder text) {
		for (int i = 0; i < text.length(); i++) {
			char current = text.charAt(i);
			if (Character.isHighSurrogate(current) && i + 1 < text.length()
					&& Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
			else if (Character.isSurrogate(current)) {
				text.setCharAt(i, '\uFFFD');
			}
		}
		return text.toString();
	}

}
