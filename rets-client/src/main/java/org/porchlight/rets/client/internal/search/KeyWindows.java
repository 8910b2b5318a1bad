package org.porchlight.rets.client.internal.search;

import java.util.regex.Pattern;

/**
 * The query of one key-range page: the caller's query and {@code (KeyField=last+)}, which requests the rows from
 * the last key seen onwards. DMQL2 has no strict "greater than", so the row with the last key comes back and is
 * recognised as already delivered.
 */
final class KeyWindows {

	/** An OR between conditions at the top level, which a following AND would bind to only partly. */
	private static final Pattern TOP_LEVEL_OR = Pattern.compile("\\)\\s*(\\||OR)\\s*\\(", Pattern.CASE_INSENSITIVE);

	private KeyWindows() {
	}

	static String query(String query, String keyField, String lastKey) {
		if (lastKey == null) {
			return query;
		}
		String window = "(" + keyField + "=" + lastKey + "+)";
		String trimmed = query.trim();
		if (trimmed.isEmpty()) {
			return window;
		}
		return (TOP_LEVEL_OR.matcher(trimmed).find() ? "(" + trimmed + ")" : trimmed) + "," + window;
	}

}
