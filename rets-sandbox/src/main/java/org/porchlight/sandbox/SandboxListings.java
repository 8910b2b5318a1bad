package org.porchlight.sandbox;

import java.util.List;
import java.util.Map;

/**
 * The listings a running sandbox serves, for tests that change the feed while a client replicates
 * it. Every change moves the record's modification timestamp (LIST_87) past every other record's, so
 * that an incremental search by modification timestamp finds it. Implementations are thread-safe.
 */
public interface SandboxListings {

	/** Returns the keys (LIST_1) of the listings whose status is Active, in ascending order. */
	List<String> activeKeys();

	/** Returns the keys (LIST_1) of every listing, in ascending order. */
	List<String> allKeys();

	/**
	 * Returns one listing as SystemName to COMPACT value (lookup codes, not LongValues), with an entry
	 * for every field of class A in METADATA-TABLE order ({@code ""} when empty).
	 * @throws java.util.NoSuchElementException if no listing has that key
	 */
	Map<String, String> record(String key);

	/**
	 * Changes a listing's status (LIST_15) and its status change date.
	 * @param status a LongValue of the status lookup, such as {@code Closed}, in any case
	 * @throws java.util.NoSuchElementException if no listing has that key
	 * @throws IllegalArgumentException if the status lookup has no such LongValue
	 */
	void setStatus(String key, String status);

	/**
	 * Sets one field to a COMPACT value; an empty value clears it. Setting the picture count (LIST_133)
	 * also adds or removes photos so that GetObject serves that many, and moves the picture timestamp.
	 * @throws java.util.NoSuchElementException if no listing has that key
	 * @throws IllegalArgumentException if the class has no such field, the field is the key, or the
	 * value is not a code of the field's lookup
	 */
	void setField(String key, String systemName, String value);

	/**
	 * Removes a listing from the feed, as when an MLS deletes a record.
	 * @return whether a listing with that key existed
	 */
	boolean remove(String key);

	/**
	 * Adds a newly generated Active listing with a modification timestamp after every other record's.
	 * @return the new listing's key
	 */
	String addListing();

}
