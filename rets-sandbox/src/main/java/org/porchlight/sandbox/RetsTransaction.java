package org.porchlight.sandbox;

/**
 * The RETS transactions the sandbox serves, each at its own path like the flexmls gateway's
 * ({@code /rets2_1/Login}, ...).
 */
public enum RetsTransaction {

	/** Login: authenticates, starts a session and returns the capability URLs. */
	LOGIN("Login"),

	/** GetMetadata. */
	GET_METADATA("GetMetadata"),

	/** Search. */
	SEARCH("Search"),

	/** GetObject. */
	GET_OBJECT("GetObject"),

	/** Logout: ends the session. */
	LOGOUT("Logout");

	/** The path prefix every transaction shares. */
	public static final String BASE_PATH = "/rets2_1/";

	private final String name;

	RetsTransaction(String name) {
		this.name = name;
	}

	/** Returns the path of the transaction, such as {@code /rets2_1/Login}. */
	public String path() {
		return BASE_PATH + this.name;
	}

	/** Returns the transaction's name in the login response, such as {@code GetMetadata}. */
	public String capabilityName() {
		return this.name;
	}

	/** Returns the transaction served at {@code path}, or {@code null} if none is. */
	public static RetsTransaction forPath(String path) {
		for (RetsTransaction transaction : values()) {
			if (transaction.path().equalsIgnoreCase(path)) {
				return transaction;
			}
		}
		return null;
	}

}
