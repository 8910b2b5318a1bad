package org.porchlight.rets.cli;

/**
 * Field quoting for CSV as RFC 4180 defines it.
 */
final class Csv {

	private Csv() {
	}

	/**
	 * Returns {@code value} as one CSV field: quoted when it contains a comma, a double quote, CR or LF, with every
	 * double quote doubled. A {@code null} value becomes an empty field.
	 */
	static String quote(String value) {
		if (value == null) {
			return "";
		}
		boolean needsQuotes = false;
		for (int i = 0; i < value.length() && !needsQuotes; i++) {
			char c = value.charAt(i);
			needsQuotes = c == ',' || c == '"' || c == '\r' || c == '\n';
		}
		return needsQuotes ? '"' + value.replace("\"", "\"\"") + '"' : value;
	}

}
