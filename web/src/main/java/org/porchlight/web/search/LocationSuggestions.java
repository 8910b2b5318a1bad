package org.porchlight.web.search;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Component;
import org.springframework.util.StringUtils;

/**
 * Suggests locations for the search box from the visible listings: cities, ZIP codes, subdivisions, street addresses
 * and MLS numbers that start with (or, for streets, contain) the typed text. Withheld street addresses are never
 * suggested, because a suggestion would confirm them.
 */
@Component
class LocationSuggestions {

	static final int LIMIT = 8;

	static final int MIN_LENGTH = 2;

	private final EntityManager entityManager;

	LocationSuggestions(EntityManager entityManager) {
		this.entityManager = entityManager;
	}

	List<Suggestion> suggest(String text) {
		if (text == null || text.strip().length() < MIN_LENGTH || text.length() > SearchCriteria.MAX_LOCATION_LENGTH) {
			return List.of();
		}
		String lower = text.strip().toLowerCase(Locale.ROOT);
		String prefix = escapeLike(lower) + "%";
		Set<Suggestion> suggestions = new LinkedHashSet<>();
		add(suggestions, "city", "select distinct l.city from Listing l where l.visible = true"
				+ " and lower(l.city) like :pattern escape '\\' order by l.city", prefix);
		add(suggestions, "postalCode", "select distinct l.postalCode from Listing l where l.visible = true"
				+ " and lower(l.postalCode) like :pattern escape '\\' order by l.postalCode", prefix);
		add(suggestions, "subdivision", "select distinct l.subdivisionName from Listing l where l.visible = true"
				+ " and lower(l.subdivisionName) like :pattern escape '\\' order by l.subdivisionName", prefix);
		add(suggestions, "mlsNumber", "select l.listingId from Listing l where l.visible = true"
				+ " and lower(l.listingId) like :pattern escape '\\' order by l.listingId", prefix);
		add(suggestions, "address", "select l.unparsedAddress from Listing l where l.visible = true"
				+ " and l.addressHidden = false and lower(l.unparsedAddress) like :pattern escape '\\'"
				+ " order by l.unparsedAddress", "%" + escapeLike(lower) + "%");
		add(suggestions, "address", "select concat(l.streetNumber, ' ', l.streetName, ' ', coalesce(l.streetSuffix, ''))"
				+ " from Listing l where l.visible = true and l.addressHidden = false and l.unparsedAddress is null"
				+ " and lower(concat(l.streetNumber, ' ', l.streetName, ' ', coalesce(l.streetSuffix, '')))"
				+ " like :pattern escape '\\' order by 1", "%" + escapeLike(lower) + "%");
		return new ArrayList<>(suggestions).subList(0, Math.min(LIMIT, suggestions.size()));
	}

	private void add(Set<Suggestion> suggestions, String kind, String query, String pattern) {
		if (suggestions.size() >= LIMIT) {
			return;
		}
		List<String> values = this.entityManager.createQuery(query, String.class)
			.setParameter("pattern", pattern)
			.setMaxResults(LIMIT)
			.getResultList();
		for (String value : values) {
			if (StringUtils.hasText(value)) {
				suggestions.add(new Suggestion(value.strip(), kind));
			}
		}
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

	/**
	 * One suggestion for the location box.
	 *
	 * @param value the text to search for, which is also the label shown
	 * @param kind what the value is: {@code city}, {@code postalCode}, {@code subdivision}, {@code mlsNumber} or
	 * {@code address}
	 */
	record Suggestion(String value, String kind) {

	}

}
