package org.porchlight.rets.client.metadata;

/** One entry of a lookup: the code the server stores, and its short and long display values. */
public record LookupValue(String value, String shortValue, String longValue) {

	/** Returns the long value, or the short value or code when the server left it empty. */
	public String displayValue() {
		if (this.longValue != null && !this.longValue.isBlank()) {
			return this.longValue;
		}
		if (this.shortValue != null && !this.shortValue.isBlank()) {
			return this.shortValue;
		}
		return this.value;
	}

}
