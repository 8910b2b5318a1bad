package org.porchlight.web.search;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.persistence.criteria.CriteriaBuilder;
import jakarta.persistence.criteria.Expression;
import jakarta.persistence.criteria.Path;
import jakarta.persistence.criteria.Root;
import jakarta.persistence.criteria.Subquery;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;

import org.springframework.data.jpa.domain.Specification;

/** Builds the query of a search. Every query includes {@link #visible()}, so hidden listings never match. */
final class ListingSpecifications {

	private static final char LIKE_ESCAPE = '\\';

	private ListingSpecifications() {
	}

	static Specification<Listing> of(SearchCriteria criteria) {
		List<Specification<Listing>> specifications = new ArrayList<>();
		specifications.add(visible());
		if (criteria.location() != null) {
			specifications.add(location(criteria.location()));
		}
		if (criteria.minPrice() != null) {
			specifications.add(priceAtLeast(criteria.minPrice()));
		}
		if (criteria.maxPrice() != null) {
			specifications.add(priceAtMost(criteria.maxPrice()));
		}
		if (criteria.minBeds() != null) {
			specifications.add(atLeast("bedroomsTotal", criteria.minBeds()));
		}
		if (criteria.minBaths() != null) {
			specifications.add(bathsAtLeast(criteria.minBaths()));
		}
		addFilters(criteria.filters(), specifications);
		return Specification.allOf(specifications);
	}

	private static void addFilters(PropertyFilters filters, List<Specification<Listing>> specifications) {
		if (filters.propertyType() != null) {
			specifications.add(equalIgnoringCase("propertyType", filters.propertyType()));
		}
		if (filters.propertySubType() != null) {
			specifications.add(equalIgnoringCase("propertySubType", filters.propertySubType()));
		}
		addRange(specifications, "livingArea", filters.minArea(), filters.maxArea());
		addRange(specifications, "lotSizeArea", filters.minLot(), filters.maxLot());
		addRange(specifications, "yearBuilt", filters.minYear(), filters.maxYear());
		if (filters.keywords() != null) {
			for (String word : filters.keywords().toLowerCase(Locale.ROOT).split(" ")) {
				String pattern = "%" + escapeLike(word) + "%";
				specifications.add((root, query, builder) -> builder.like(builder.lower(root.get("publicRemarks")),
						pattern, LIKE_ESCAPE));
			}
		}
		if (filters.withPhotos()) {
			specifications.add(withPhotos());
		}
		if (filters.bounds() != null) {
			specifications.add(within(filters.bounds()));
		}
	}

	/** Matches listings with at least one stored photo. */
	static Specification<Listing> withPhotos() {
		return (root, query, builder) -> {
			Subquery<Long> photos = query.subquery(Long.class);
			Root<ListingPhoto> photo = photos.from(ListingPhoto.class);
			photos.select(photo.get("id")).where(builder.equal(photo.get("listing"), root));
			return builder.exists(photos);
		};
	}

	/**
	 * Matches listings inside the map area. Listings whose seller withheld the address never match, because narrowing
	 * the area step by step would otherwise reveal where they are.
	 */
	static Specification<Listing> within(MapBounds bounds) {
		return (root, query, builder) -> builder.and(builder.isFalse(root.get("addressHidden")),
				builder.between(root.get("latitude"), bounds.south(), bounds.north()),
				builder.between(root.get("longitude"), bounds.west(), bounds.east()));
	}

	private static Specification<Listing> equalIgnoringCase(String attribute, String value) {
		String lower = value.toLowerCase(Locale.ROOT);
		return (root, query, builder) -> builder.equal(builder.lower(root.get(attribute)), lower);
	}

	private static <T extends Comparable<? super T>> void addRange(List<Specification<Listing>> specifications,
			String attribute, T min, T max) {
		if (min != null) {
			specifications.add((root, query, builder) -> builder.greaterThanOrEqualTo(root.<T>get(attribute), min));
		}
		if (max != null) {
			specifications.add((root, query, builder) -> builder.lessThanOrEqualTo(root.<T>get(attribute), max));
		}
	}

	static Specification<Listing> visible() {
		return (root, query, builder) -> builder.isTrue(root.get("visible"));
	}

	/**
	 * Matches the text, ignoring case, against the city and the street address (anywhere in them), the postal code
	 * (at its start) and the MLS number (exactly). A withheld street address is never matched, because a match would
	 * confirm the address.
	 */
	static Specification<Listing> location(String text) {
		String lower = text.toLowerCase(Locale.ROOT);
		String contains = "%" + escapeLike(lower) + "%";
		String startsWith = escapeLike(lower) + "%";
		return (root, query, builder) -> builder.or(
				builder.like(builder.lower(root.get("city")), contains, LIKE_ESCAPE),
				builder.like(builder.lower(root.get("postalCode")), startsWith, LIKE_ESCAPE),
				builder.equal(builder.lower(root.get("listingId")), lower),
				builder.and(builder.isFalse(root.get("addressHidden")),
						builder.or(builder.like(builder.lower(root.get("unparsedAddress")), contains, LIKE_ESCAPE),
								builder.like(builder.lower(street(root, builder)), contains, LIKE_ESCAPE))));
	}

	static Specification<Listing> priceAtLeast(BigDecimal price) {
		return (root, query, builder) -> builder.greaterThanOrEqualTo(root.get("listPrice"), price);
	}

	static Specification<Listing> priceAtMost(BigDecimal price) {
		return (root, query, builder) -> builder.lessThanOrEqualTo(root.get("listPrice"), price);
	}

	static Specification<Listing> atLeast(String attribute, int value) {
		return (root, query, builder) -> builder.greaterThanOrEqualTo(root.get(attribute), value);
	}

	/** Matches the whole bathroom count, or the decimal count where a feed gives only that. */
	static Specification<Listing> bathsAtLeast(int baths) {
		return (root, query, builder) -> {
			Path<Integer> whole = root.get("bathroomsTotalInteger");
			Path<BigDecimal> decimal = root.get("bathroomsTotalDecimal");
			return builder.or(builder.greaterThanOrEqualTo(whole, baths), builder.and(builder.isNull(whole),
					builder.greaterThanOrEqualTo(decimal, BigDecimal.valueOf(baths))));
		};
	}

	/** Joins street number, name and suffix as an address line starts, such as "123 Main St". */
	private static Expression<String> street(Root<Listing> root, CriteriaBuilder builder) {
		Expression<String> number = builder.coalesce(root.get("streetNumber"), "");
		Expression<String> name = builder.coalesce(root.get("streetName"), "");
		Expression<String> suffix = builder.coalesce(root.get("streetSuffix"), "");
		return builder.concat(builder.concat(builder.concat(builder.concat(number, " "), name), " "), suffix);
	}

	private static String escapeLike(String text) {
		return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
	}

}
