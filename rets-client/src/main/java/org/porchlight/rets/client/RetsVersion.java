package org.porchlight.rets.client;

import java.util.Locale;

/** RETS protocol versions that the client can announce in the {@code RETS-Version} header. */
public enum RetsVersion {

	RETS_1_5("RETS/1.5"),
	RETS_1_7("RETS/1.7"),
	RETS_1_7_2("RETS/1.7.2"),
	RETS_1_8("RETS/1.8");

	private final String headerValue;

	RetsVersion(String headerValue) {
		this.headerValue = headerValue;
	}

	/** Returns the value sent in the {@code RETS-Version} header, for example {@code RETS/1.7.2}. */
	public String headerValue() {
		return this.headerValue;
	}

	/**
	 * Parses a version as servers and users write it: {@code RETS/1.7.2}, {@code 1.7.2} or {@code 1_7_2}.
	 * @throws IllegalArgumentException if the text names no supported version
	 */
	public static RetsVersion parse(String text) {
		String normalized = text.trim().toUpperCase(Locale.ROOT).replace("RETS/", "").replace('_', '.');
		for (RetsVersion version : values()) {
			if (version.headerValue.substring("RETS/".length()).equals(normalized)) {
				return version;
			}
		}
		throw new IllegalArgumentException("Unsupported RETS version '" + text + "'; expected one of 1.5, 1.7, 1.7.2, 1.8");
	}

}
