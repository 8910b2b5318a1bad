package org.porchlight.web.listing;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Collects a listing's room facts into rows of a rooms table. Feeds without a Room resource flatten rooms into fields
 * of the listing class, one per room type and measure, labelled like "Kitchen Room Level", "Kitchen Width",
 * "Kitchen Length", "Kitchen Dimensions" and "Kitchen Room Remarks". The facts that fill the table are left out of the
 * facts list.
 *
 * @param rooms the rooms in the order of their first fact
 * @param labels the labels of the facts that went into the table
 */
record ListingRooms(List<Room> rooms, Set<String> labels) {

	private static final Pattern ROOM_LABEL = Pattern
		.compile("^(?<type>.+?)(?: Room)? (?<measure>Level|Width|Length|Dimensions|Remarks)$", Pattern.CASE_INSENSITIVE);

	private static final Pattern ROOM_SUFFIX = Pattern.compile(" Room$", Pattern.CASE_INSENSITIVE);

	/**
	 * One row of the rooms table; a value the feed does not give is {@code null}.
	 *
	 * @param type the room type, such as "Kitchen"
	 * @param level the floor, such as "Main"
	 * @param width the width as the feed gives it, in the feed's unit
	 * @param length the length as the feed gives it
	 * @param dimensions the dimensions as one text, such as "12 x 14", when the feed gives them so
	 * @param remarks the feed's remarks about the room
	 */
	record Room(String type, String level, String width, String length, String dimensions, String remarks) {

		/** Returns whether the row has a size to show. */
		public boolean hasSize() {
			return this.dimensions != null || this.width != null || this.length != null;
		}

	}

	static ListingRooms of(Map<String, String> facts) {
		Map<String, Map<String, String>> measuresByType = new LinkedHashMap<>();
		Map<String, String> typeNames = new LinkedHashMap<>();
		Map<String, String> typeKeysByLabel = new LinkedHashMap<>();
		for (Map.Entry<String, String> fact : facts.entrySet()) {
			Matcher matcher = ROOM_LABEL.matcher(fact.getKey().strip());
			if (!matcher.matches()) {
				continue;
			}
			// "Game Room Level" and "Game Width" are both the game room.
			String type = ROOM_SUFFIX.matcher(matcher.group("type").strip()).replaceFirst("");
			String key = type.toLowerCase(Locale.ROOT);
			typeNames.putIfAbsent(key, type);
			measuresByType.computeIfAbsent(key, (ignored) -> new LinkedHashMap<>())
				.put(matcher.group("measure").toLowerCase(Locale.ROOT), fact.getValue());
			typeKeysByLabel.put(fact.getKey(), key);
		}
		List<Room> rooms = new ArrayList<>();
		Set<String> usedLabels = new LinkedHashSet<>();
		for (Map.Entry<String, Map<String, String>> entry : measuresByType.entrySet()) {
			Map<String, String> measures = entry.getValue();
			// A lone "Remarks" or "Level" field is not a room, such as "Garage Remarks" or "Stories Level".
			boolean isRoom = measures.containsKey("width") || measures.containsKey("length")
					|| measures.containsKey("dimensions") || (measures.containsKey("level") && measures.size() > 1);
			if (!isRoom) {
				continue;
			}
			rooms.add(new Room(typeNames.get(entry.getKey()), measures.get("level"), measures.get("width"),
					measures.get("length"), measures.get("dimensions"), measures.get("remarks")));
			typeKeysByLabel.forEach((label, key) -> {
				if (key.equals(entry.getKey())) {
					usedLabels.add(label);
				}
			});
		}
		return new ListingRooms(List.copyOf(rooms), Set.copyOf(usedLabels));
	}

}
