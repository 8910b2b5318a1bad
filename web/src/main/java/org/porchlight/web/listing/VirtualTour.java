package org.porchlight.web.listing;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Finds a listing's virtual tour among its public facts: the first web address in a fact labelled as a virtual tour.
 * IDX rules allow only unbranded tours on a public site, so a tour labelled "branded" (and not "unbranded") is never
 * chosen.
 *
 * @param label the label of the fact, which the facts list then leaves out
 * @param url the tour's address
 */
record VirtualTour(String label, String url) {

	private static final Pattern TOUR_LABEL = Pattern.compile("virtual ?tour|VirtualTourURL", Pattern.CASE_INSENSITIVE);

	private static final Pattern BRANDED = Pattern.compile("(?<!un)branded", Pattern.CASE_INSENSITIVE);

	static Optional<VirtualTour> of(Map<String, String> facts) {
		for (Map.Entry<String, String> fact : facts.entrySet()) {
			String value = fact.getValue().strip();
			String lower = value.toLowerCase(Locale.ROOT);
			if (TOUR_LABEL.matcher(fact.getKey()).find() && !BRANDED.matcher(fact.getKey()).find()
					&& (lower.startsWith("https://") || lower.startsWith("http://"))) {
				return Optional.of(new VirtualTour(fact.getKey(), value));
			}
		}
		return Optional.empty();
	}

}
