package org.porchlight.sandbox.internal.dmql;

import java.util.List;

/**
 * A parsed DMQL2 search condition, before it is checked against the metadata.
 */
public sealed interface Condition {

	/** Matches when any operand matches ({@code |} or {@code OR}). */
	record Or(List<Condition> operands) implements Condition {

		public Or {
			operands = List.copyOf(operands);
		}

	}

	/** Matches when every operand matches ({@code ,} or {@code AND}). */
	record And(List<Condition> operands) implements Condition {

		public And {
			operands = List.copyOf(operands);
		}

	}

	/** Matches when the operand does not ({@code ~} or {@code NOT}). */
	record Not(Condition operand) implements Condition {
	}

	/** One field criterion, {@code (field=value)}. */
	record FieldCriterion(String field, FieldValue value) implements Condition {
	}

}
