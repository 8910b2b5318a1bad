package org.porchlight.sandbox.internal.http;

import java.util.ArrayList;
import java.util.List;

/**
 * The {@code ID} argument of GetObject: one or more {@code key:object-ids} entries separated by commas,
 * where object ids are separated by colons ({@code key:1:2}), or {@code *} for all and {@code 0} for the
 * preferred object. A comma followed by a bare number continues the previous entry's list
 * ({@code key:1,2}), as some clients send it. An entry without object ids requests all objects.
 */
final class ObjectIds {

	/** One resource entity and the objects requested from it; an empty list means all objects. */
	record Entry(String resourceId, List<Integer> objectIds) {

		boolean all() {
			return this.objectIds.isEmpty();
		}

	}

	private ObjectIds() {
	}

	/**
	 * Parses an ID argument.
	 * @throws IllegalArgumentException if an object id is neither a whole number nor {@code *}
	 */
	static List<Entry> parse(String id) {
		List<String> keys = new ArrayList<>();
		List<List<Integer>> objectLists = new ArrayList<>();
		for (String segment : id.split(",")) {
			String part = segment.trim();
			if (part.isEmpty()) {
				continue;
			}
			boolean continuesList = !keys.isEmpty() && (part.equals("*") || part.matches("\\d{1,4}"));
			if (continuesList) {
				addObjectId(objectLists.get(objectLists.size() - 1), part);
				continue;
			}
			String[] pieces = part.split(":");
			keys.add(pieces[0].trim());
			List<Integer> objectIds = new ArrayList<>();
			for (int i = 1; i < pieces.length; i++) {
				addObjectId(objectIds, pieces[i].trim());
			}
			objectLists.add(objectIds);
		}
		List<Entry> entries = new ArrayList<>();
		for (int i = 0; i < keys.size(); i++) {
			List<Integer> objectIds = objectLists.get(i);
			entries.add(new Entry(keys.get(i), objectIds.contains(-1) ? List.of() : List.copyOf(objectIds)));
		}
		return entries;
	}

	// "*" is kept as -1 and turns the whole entry into "all objects".
	private static void addObjectId(List<Integer> objectIds, String text) {
		if (text.equals("*")) {
			objectIds.add(-1);
			return;
		}
		try {
			int objectId = Integer.parseInt(text);
			if (objectId < 0) {
				throw new IllegalArgumentException("Invalid object id '" + text + "'");
			}
			objectIds.add(objectId);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("Invalid object id '" + text + "'", ex);
		}
	}

}
