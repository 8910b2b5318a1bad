package org.porchlight.web.listing;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Sorts a listing's public facts into the groups in which buyers read them. A fact whose field has a RESO StandardName
 * listed in {@link StandardNameGroups} goes to that name's group. Other labels are free text, so such a fact goes to
 * the first group whose words its label contains, and to "other facts" when none matches.
 */
final class FactGroups {

	private FactGroups() {
	}

	/** The groups of the facts list, in page order, each with the words that put a label into it. */
	enum Group {

		PRICE_AND_STATUS("price|status|days on market|\\bdom\\b|sold|contingen"),

		INTERIOR("bed|bath|room|interior|floor|fireplace|heat|cool|\\bair\\b|appliance|kitchen|basement|laundry|living|"
				+ "square|sq ?ft|level|stor(y|ies)|attic|window|dining|den\\b"),

		EXTERIOR_AND_LOT("exterior|\\blot\\b|lot size|acre|garage|parking|carport|roof|pool|fence|yard|patio|deck|porch|"
				+ "construction|foundation|view|style|year built|siding|frontage|outbuilding|waterfront"),

		UTILITIES("utilit|water|sewer|septic|\\bwell\\b|electric|\\bgas\\b|internet|cable|solar|energy"),

		SCHOOLS("school|elementary|middle|junior high"),

		LOCATION("district|county|city|zip|postal|subdivision|neighbo|community|township|zoning|\\barea\\b|region|map|"
				+ "state"),

		FINANCIAL("hoa|association|\\bfees?\\b|\\btax|assessment|dues|financ|terms|special"),

		LISTING_INFO("mls|listing|\\blist\\b|office|agent|broker|modif|updated|photo|virtual|tour|date|type|class"),

		OTHER(null);

		private final Pattern words;

		Group(String words) {
			this.words = (words != null) ? Pattern.compile(words) : null;
		}

		/** Returns the message key of the group's heading. */
		public String messageKey() {
			return "listing.facts.group." + name().toLowerCase(Locale.ROOT);
		}

		boolean matches(String label) {
			return this.words != null && this.words.matcher(label.toLowerCase(Locale.ROOT)).find();
		}

	}

	/**
	 * One group of facts for the template.
	 *
	 * @param group the group
	 * @param facts the label-to-value pairs in the record's order
	 */
	record FactGroup(Group group, List<Map.Entry<String, String>> facts) {

		public String messageKey() {
			return this.group.messageKey();
		}

		public String id() {
			return "facts-" + this.group.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}

	}

	static List<FactGroup> of(Map<String, String> facts) {
		return of(facts, Map.of());
	}

	/**
	 * Groups facts.
	 * @param standardNames the RESO StandardName behind each label that has one
	 */
	static List<FactGroup> of(Map<String, String> facts, Map<String, String> standardNames) {
		Map<Group, List<Map.Entry<String, String>>> grouped = new EnumMap<>(Group.class);
		for (Map.Entry<String, String> fact : facts.entrySet()) {
			String standardName = standardNames.get(fact.getKey());
			Group group = (standardName != null) ? StandardNameGroups.groupOf(standardName).orElse(null) : null;
			if (group == null) {
				group = groupOf(fact.getKey());
			}
			grouped.computeIfAbsent(group, (key) -> new ArrayList<>()).add(Map.entry(fact.getKey(), fact.getValue()));
		}
		List<FactGroup> groups = new ArrayList<>();
		for (Group group : Group.values()) {
			List<Map.Entry<String, String>> entries = grouped.get(group);
			if (entries != null) {
				groups.add(new FactGroup(group, List.copyOf(entries)));
			}
		}
		return groups;
	}

	/** The groups in the order they are tried, so that "Association Fee" is financial and "Living Area" interior. */
	private static final List<Group> MATCH_ORDER = List.of(Group.PRICE_AND_STATUS, Group.FINANCIAL, Group.SCHOOLS,
			Group.INTERIOR, Group.EXTERIOR_AND_LOT, Group.UTILITIES, Group.LOCATION, Group.LISTING_INFO);

	static Group groupOf(String label) {
		for (Group group : MATCH_ORDER) {
			if (group.matches(label)) {
				return group;
			}
		}
		return Group.OTHER;
	}

}
