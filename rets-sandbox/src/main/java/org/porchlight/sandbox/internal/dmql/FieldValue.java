package org.porchlight.sandbox.internal.dmql;

import java.util.List;

/**
 * The right-hand side of a DMQL2 field criterion, classified by its syntax only; what the items mean
 * (numbers, dates, text) depends on the field's DataType.
 */
public sealed interface FieldValue {

	/** {@code |A,B}: the field contains any of the lookup codes. */
	record LookupAny(List<String> codes) implements FieldValue {

		public LookupAny {
			codes = List.copyOf(codes);
		}

	}

	/** {@code ~A,B}: the field contains none of the lookup codes. */
	record LookupNone(List<String> codes) implements FieldValue {

		public LookupNone {
			codes = List.copyOf(codes);
		}

	}

	/** {@code +A,B}: a multi-value field contains all of the lookup codes. */
	record LookupAll(List<String> codes) implements FieldValue {

		public LookupAll {
			codes = List.copyOf(codes);
		}

	}

	/** {@code .ANY.}: the field has a value. */
	record AnyValue() implements FieldValue {
	}

	/** {@code .EMPTY.}: the field has no value. */
	record EmptyValue() implements FieldValue {
	}

	/** A comma-separated list of values, ranges or patterns; the field matches any of them. */
	record Items(List<Item> items) implements FieldValue {

		public Items {
			items = List.copyOf(items);
		}

	}

	/**
	 * One item of an {@link Items} list.
	 *
	 * @param text the item without surrounding quotes
	 * @param quoted whether the item was a quoted string, which is always compared literally
	 */
	record Item(String text, boolean quoted) {
	}

}
