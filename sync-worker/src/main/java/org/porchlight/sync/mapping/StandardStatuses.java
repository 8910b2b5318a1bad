package org.porchlight.sync.mapping;

import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Normalizes a feed's own status display values, such as {@code A-Active} or {@code Sale Pending}, to the RESO
 * StandardStatus values.
 */
final class StandardStatuses {

	/** Checked in order, because {@code Active Under Contract} also contains {@code active}. */
	private static final List<Map.Entry<Pattern, String>> RULES = List.of(
			rule("\\bcoming soon\\b", "ComingSoon"),
			rule("\\b(active under contract|contingent|contingency|backup|back up|kick ?out)\\b",
					"ActiveUnderContract"),
			rule("\\b(pending|under contract|sale pending)\\b", "Pending"),
			rule("\\b(temporarily off market|temp off market|hold)\\b", "Hold"),
			rule("\\bactive\\b", "Active"), rule("\\b(closed|sold|leased|rented)\\b", "Closed"),
			rule("\\bexpired\\b", "Expired"), rule("\\bwithdrawn\\b", "Withdrawn"),
			rule("\\b(canceled|cancelled|cancel)\\b", "Canceled"), rule("\\bdeleted?\\b", "Delete"),
			rule("\\bincomplete\\b", "Incomplete"));

	private StandardStatuses() {
	}

	/** Returns the StandardStatus that {@code displayValue} means, or {@code null} when none fits. */
	static String normalize(String displayValue) {
		if (displayValue == null || displayValue.isBlank()) {
			return null;
		}
		String words = " " + FieldNames.words(displayValue) + " ";
		for (Map.Entry<Pattern, String> rule : RULES) {
			if (rule.getKey().matcher(words).find()) {
				return rule.getValue();
			}
		}
		return null;
	}

	private static Map.Entry<Pattern, String> rule(String regex, String status) {
		return Map.entry(Pattern.compile(regex), status);
	}

}
