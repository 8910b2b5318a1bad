package org.porchlight.sandbox.internal.metadata;

/**
 * One field of a class, as its METADATA-TABLE row describes it.
 *
 * @param systemName the SystemName, used in queries and COMPACT columns
 * @param standardName the StandardName, or {@code ""}
 * @param longName the LongName
 * @param dataType the RETS DataType: Boolean, Character, Date, DateTime, Time, Tiny, Small, Int, Long or Decimal
 * @param maximumLength the MaximumLength in characters
 * @param precision the number of decimals of a Decimal field, {@code 0} for other types
 * @param interpretation the Interpretation, such as {@code Number}, {@code Lookup} or {@code LookupMulti}
 * @param lookupName the LookupName, or {@code ""} when the field has no lookup
 * @param searchable whether the metadata marks the field as searchable
 */
public record FieldDefinition(String systemName, String standardName, String longName, String dataType,
		int maximumLength, int precision, String interpretation, String lookupName, boolean searchable) {

	/** Returns whether the field's values are lookup codes. */
	public boolean isLookup() {
		return !this.lookupName.isEmpty();
	}

	/** Returns whether one value may hold several comma-separated lookup codes. */
	public boolean isMultiLookup() {
		return isLookup() && this.interpretation.equalsIgnoreCase("LookupMulti");
	}

	/** Returns how values of this field compare. */
	public ValueKind kind() {
		return switch (this.dataType) {
			case "Tiny", "Small", "Int", "Long", "Decimal" -> ValueKind.NUMBER;
			case "Date" -> ValueKind.DATE;
			case "DateTime" -> ValueKind.DATE_TIME;
			default -> ValueKind.TEXT;
		};
	}

	/** Comparison rule of a field's values in queries. */
	public enum ValueKind {

		/** Compared as decimal numbers. */
		NUMBER,

		/** Compared as calendar dates ({@code 2014-07-08}). */
		DATE,

		/** Compared as local timestamps ({@code 2014-07-08T20:10:20}). */
		DATE_TIME,

		/** Compared as text, ignoring case. */
		TEXT

	}

}
