package org.porchlight.sandbox.internal.metadata;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The values of one lookup: each code as sent in COMPACT format with its LongValue and ShortValue.
 */
public final class LookupValues {

	private final String lookupName;

	private final Map<String, String> longValuesByCode = new LinkedHashMap<>();

	private final Map<String, String> shortValuesByCode = new LinkedHashMap<>();

	private final Map<String, String> codesByLongValue = new LinkedHashMap<>();

	LookupValues(MetadataBlock lookupType) {
		this.lookupName = lookupType.attribute("Lookup");
		for (List<String> row : lookupType.rows()) {
			String code = lookupType.value(row, "Value");
			String longValue = lookupType.value(row, "LongValue");
			this.longValuesByCode.put(code, longValue);
			this.shortValuesByCode.put(code, lookupType.value(row, "ShortValue"));
			this.codesByLongValue.put(longValue.toLowerCase(Locale.ROOT), code);
		}
	}

	/** Returns the LookupName. */
	public String lookupName() {
		return this.lookupName;
	}

	/** Returns the codes in metadata order. */
	public List<String> codes() {
		return List.copyOf(this.longValuesByCode.keySet());
	}

	/** Returns whether {@code code} is one of this lookup's values. */
	public boolean contains(String code) {
		return this.longValuesByCode.containsKey(code);
	}

	/** Returns the LongValue of {@code code}, if the lookup has that code. */
	public Optional<String> longValue(String code) {
		return Optional.ofNullable(this.longValuesByCode.get(code));
	}

	/** Returns the ShortValue of {@code code}, if the lookup has that code. */
	public Optional<String> shortValue(String code) {
		return Optional.ofNullable(this.shortValuesByCode.get(code));
	}

	/** Returns the code whose LongValue equals {@code longValue}, ignoring case. */
	public Optional<String> codeOf(String longValue) {
		return Optional.ofNullable(this.codesByLongValue.get(longValue.toLowerCase(Locale.ROOT)));
	}

	/** Returns the code whose LongValue equals {@code longValue}, ignoring case. */
	public String requireCode(String longValue) {
		return codeOf(longValue).orElseThrow(() -> new IllegalArgumentException("Lookup " + this.lookupName
				+ " has no value '" + longValue + "'; its values are " + longValues()));
	}

	/** Returns the LongValues in metadata order. */
	public List<String> longValues() {
		return List.copyOf(this.longValuesByCode.values());
	}

	/** Returns code to LongValue in metadata order. */
	public Map<String, String> asMap() {
		return Collections.unmodifiableMap(this.longValuesByCode);
	}

}
