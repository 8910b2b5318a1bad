package org.porchlight.sandbox.internal.dmql;

/**
 * Thrown for a query that names a field the class does not have (reply code 20200).
 */
public class UnknownFieldException extends RuntimeException {

	private final String field;

	public UnknownFieldException(String field) {
		super("Unknown query field " + field);
		this.field = field;
	}

	/** Returns the SystemName the query used. */
	public String field() {
		return this.field;
	}

}
