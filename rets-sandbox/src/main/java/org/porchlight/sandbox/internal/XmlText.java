package org.porchlight.sandbox.internal;

/**
 * Escapes text for XML content and attribute values. The output is pure ASCII: other characters become
 * numeric character references, so a body declared as US-ASCII stays valid.
 */
public final class XmlText {

	private XmlText() {
	}

	/**
	 * Escapes {@code text}. Control characters that XML 1.0 does not allow, and tabs (the COMPACT
	 * delimiter), become spaces.
	 */
	public static String escape(String text) {
		StringBuilder escaped = new StringBuilder(text.length() + 16);
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			switch (c) {
				case '&' -> escaped.append("&amp;");
				case '<' -> escaped.append("&lt;");
				case '>' -> escaped.append("&gt;");
				case '"' -> escaped.append("&quot;");
				case '\t' -> escaped.append(' ');
				default -> appendOther(escaped, text, i, c);
			}
			if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
				i++;
			}
		}
		return escaped.toString();
	}

	private static void appendOther(StringBuilder escaped, String text, int index, char c) {
		if (c < 0x20 && c != '\n' && c != '\r') {
			escaped.append(' ');
		}
		else if (c < 0x7F) {
			escaped.append(c);
		}
		else if (Character.isHighSurrogate(c) && index + 1 < text.length()
				&& Character.isLowSurrogate(text.charAt(index + 1))) {
			escaped.append("&#").append(text.codePointAt(index)).append(';');
		}
		else if (Character.isSurrogate(c)) {
			escaped.append('?');
		}
		else {
			escaped.append("&#").append((int) c).append(';');
		}
	}

}
