package org.porchlight.rets.client.internal.xml;

/**
 * Decodes XML character references in text that was already converted from bytes. The five predefined
 * entities and decimal or hexadecimal character references are decoded. A doubly escaped character reference
 * such as {@code &amp;#233;}, which servers produce by escaping text that was already escaped, is decoded to the
 * character it names. Anything else that starts with {@code &} is kept as written, because RETS servers send raw
 * ampersands in listing text. Character references to code points XML forbids (control characters other than tab,
 * line feed and carriage return) are dropped, and lone surrogates become U+FFFD.
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
			if (text.startsWith("&amp;#", index)) {
				int end = text.indexOf(';', index + 6);
				if (end > 0 && end - index <= MAX_REFERENCE_LENGTH + 4
						&& appendCharacterReference(text.substring(index + 5, end), result)) {
					index = end + 1;
					continue;
				}
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
		if (isForbiddenControl(codePoint)) {
			return true;
		}
		// Surrogate halves written as two references (&#55357;&#56842;) are appended one by one, so that a
		// well-formed pair becomes the character it encodes.
		result.appendCodePoint(codePoint);
		return true;
	}

	/** Returns whether XML 1.0 forbids {@code codePoint}: C0 controls other than tab, line feed and carriage return. */
	public static boolean isForbiddenControl(int codePoint) {
		return codePoint < 0x20 && codePoint != '\t' && codePoint != '\n' && codePoint != '\r';
	}

	/** Returns {@code text} without the control characters XML forbids. */
	public static String removeForbiddenControls(String text) {
		StringBuilder result = new StringBuilder(text.length());
		for (int i = 0; i < text.length(); i++) {
			char current = text.charAt(i);
			if (!isForbiddenControl(current)) {
				result.append(current);
			}
		}
		return result.toString();
	}

	/**
	 * Counts what {@link #decode} and {@link TextDecoder} clean in the raw bytes {@code [start, end)}: control bytes
	 * XML forbids (other than {@code delimiter}), doubly escaped references ({@code &amp;#}) and references to
	 * forbidden code points or to lone surrogates.
	 */
	public static long countForbidden(byte[] bytes, int start, int end, byte delimiter) {
		long count = 0;
		for (int i = start; i < end; i++) {
			byte current = bytes[i];
			if (current >= 0 && current != delimiter && isForbiddenControl(current)) {
				count++;
			}
			else if (current == '&' && i + 2 < end && bytes[i + 1] == '#') {
				count += isForbiddenReference(bytes, i + 2, end) ? 1 : 0;
			}
			else if (current == '&' && startsWith(bytes, i, end, "&amp;#")) {
				count++;
			}
		}
		return count;
	}

	private static boolean isForbiddenReference(byte[] bytes, int digitsStart, int end) {
		boolean hex = bytes[digitsStart] == 'x' || bytes[digitsStart] == 'X';
		int index = hex ? digitsStart + 1 : digitsStart;
		long value = 0;
		int digits = 0;
		while (index < end && bytes[index] != ';' && digits < 8) {
			int digit = Character.digit(bytes[index], hex ? 16 : 10);
			if (digit < 0) {
				return false;
			}
			value = value * (hex ? 16 : 10) + digit;
			digits++;
			index++;
		}
		if (digits == 0 || index >= end || bytes[index] != ';') {
			return false;
		}
		if (value >= 0xD800 && value <= 0xDBFF) {
			// A high surrogate is fine when a low surrogate reference follows it.
			return !(index + 3 < end && bytes[index + 1] == '&' && bytes[index + 2] == '#');
		}
		return isForbiddenControl((int) value) || (value >= 0xDC00 && value <= 0xDFFF && !followsHigh(bytes, digitsStart));
	}

	private static boolean followsHigh(byte[] bytes, int digitsStart) {
		// A low surrogate reference directly after another reference is taken to complete a pair.
		return digitsStart >= 3 && bytes[digitsStart - 3] == ';';
	}

	private static boolean startsWith(byte[] bytes, int index, int end, String prefix) {
		if (index + prefix.length() > end) {
			return false;
		}
		for (int i = 0; i < prefix.length(); i++) {
			if (bytes[index + i] != prefix.charAt(i)) {
				return false;
			}
		}
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
