package org.porchlight.sandbox.internal.dmql;

/**
 * Access to the COMPACT values of the record a query is evaluated against.
 */
@FunctionalInterface
public interface FieldValues {

	/** Returns the value of a field, or {@code ""} when the record has none. */
	String get(String systemName);

}
