package org.porchlight.sandbox.internal.listing;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Writes a generated listing's rooms (the level, width, length and remarks fields {@code ROOM_<type>_room_*} of
 * class A) and its unbranded virtual tour. The values come from a random source of their own, seeded by the listing
 * key, so that the other fields of a listing stay as they were before rooms were generated.
 */
final class ListingRooms {

	private static final List<String> LEVELS = List.of("Main", "Upper", "Lower");

	private ListingRooms() {
	}

	static void write(RecordBuilder record, String key, int bedrooms) {
		SplittableRandom random = new SplittableRandom(key.hashCode());
		String upper = (random.nextInt(100) < 60) ? "Upper" : "Main";
		room(record, random, "MB", upper, 12, 18, "Walk-in closet and private bath.");
		room(record, random, "KI", "Main", 10, 16, ListingGenerator.pick(random,
				List.of("Granite counters and an island.", "Pantry and breakfast bar.", "Updated appliances.")));
		room(record, random, "BT", upper, 6, 10, "");
		if (bedrooms > 1) {
			room(record, random, "BD", upper, 10, 13, "");
		}
		if (random.nextInt(100) < 70) {
			room(record, random, "LD", ListingGenerator.pick(random, LEVELS), 6, 9, "");
		}
		if (random.nextInt(100) < 25) {
			room(record, random, "Game", "Lower", 14, 22, "Wet bar.");
		}
		if (random.nextInt(100) < 20) {
			room(record, random, "SP", "Main", 10, 14, "Three-season porch.");
		}
		if (random.nextInt(100) < 40) {
			record.text("UNBRANDEDIDXVIRTUALTOUR", "https://tours.example.com/unbranded/" + key);
		}
	}

	private static void room(RecordBuilder record, SplittableRandom random, String type, String level, int minimumFeet,
			int maximumFeet, String remarks) {
		int width = minimumFeet + random.nextInt(maximumFeet - minimumFeet + 1);
		int length = width + random.nextInt(5);
		record.text("ROOM_" + type + "_room_level", level);
		record.text("ROOM_" + type + "_room_width", Integer.toString(width));
		record.text("ROOM_" + type + "_room_length", Integer.toString(length));
		if (!remarks.isEmpty()) {
			record.text("ROOM_" + type + "_room_rem", remarks);
		}
	}

}
