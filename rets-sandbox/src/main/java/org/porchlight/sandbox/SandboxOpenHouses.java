package org.porchlight.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The open houses a running sandbox serves as resource OpenHouse, class OpenHouse, for tests that change them.
 * Each change moves the record's modification timestamp (EVENT87). Implementations are thread-safe.
 */
public interface SandboxOpenHouses {

	/** Returns the keys (EVENT0) of every open house, in ascending order. */
	List<String> allKeys();

	/**
	 * Returns one open house as SystemName to COMPACT value, with an entry for every field of the class in
	 * METADATA-TABLE order ({@code ""} when empty).
	 * @throws java.util.NoSuchElementException if no open house has that key
	 */
	Map<String, String> record(String key);

	/**
	 * Sets one field to a value as given, without checking it against the field's DataType, so that tests can
	 * serve malformed records. An empty value clears the field.
	 * @throws java.util.NoSuchElementException if no open house has that key
	 * @throws IllegalArgumentException if the class has no such field or the field is the key
	 */
	void setField(String key, String systemName, String value);

	/**
	 * Removes an open house from the feed.
	 * @return whether an open house with that key existed
	 */
	boolean remove(String key);

}
