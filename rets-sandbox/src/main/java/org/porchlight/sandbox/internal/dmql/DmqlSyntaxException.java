package org.porchlight.sandbox.internal.dmql;

/**
 * Thrown for a query that is not valid DMQL2 or whose values do not fit their fields' DataTypes (reply
 * code 20206).
 */
public class DmqlSyntaxException extends RuntimeException {

	public DmqlSyntaxException(String message) {
		super(message);
	}

}
