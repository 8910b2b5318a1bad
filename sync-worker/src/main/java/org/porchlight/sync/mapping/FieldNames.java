package org.porchlight.sync.mapping;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.porchlight.rets.client.metadata.MetadataField;

/**
 * Turns metadata names into lower-case words, so that one pattern matches {@code LockBox} and {@code Lock Box Nbr},
 * and into the labels that the site shows.
 */
public final class FieldNames {

	/** A name written as one camel-case word, such as {@code ListingMemberShortId} or {@code MLSNumber}. */
	private static final Pattern CAMEL_CASE_WORD = Pattern
		.compile("(?=[A-Za-z0-9]*([a-z0-9][A-Z]|[A-Z][A-Z][a-z]))[A-Za-z][A-Za-z0-9]*");

	private FieldNames() {
	}

	/**
	 * Returns the words of {@code name}: camel case split, punctuation dropped, lower case, separated by single
	 * spaces, such as {@code "owners name"} for {@code OwnersName}.
	 */
	static String words(String name) {
		if (name == null) {
			return "";
		}
		String split = name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
		return split.replaceAll("[^A-Za-z0-9]+", " ").trim().toLowerCase(Locale.ROOT);
	}

	/** Returns the words of a field's StandardName and LongName, each padded with spaces. */
	static String describe(MetadataField field) {
		return " " + words(field.standardName()) + " | " + words(field.longName()) + " ";
	}

	/**
	 * Returns the label the site shows for a field: its LongName, else its ShortName, else its SystemName. A LongName
	 * or ShortName written as one camel-case word is split into words, so {@code ListingMemberShortId} shows as
	 * "Listing Member Short Id".
	 */
	public static String label(MetadataField field) {
		if (field.longName() != null && !field.longName().isBlank()) {
			return readable(field.longName().trim());
		}
		if (field.shortName() != null && !field.shortName().isBlank()) {
			return readable(field.shortName().trim());
		}
		return field.systemName();
	}

	/**
	 * Returns the public fields of {@code fields}, in their order, each with the label the site shows for it. Where
	 * public fields share a label, each of them gets its SystemName appended, so that every label names one field.
	 */
	public static Map<MetadataField, String> publicLabels(List<MetadataField> fields, ConfidentialFields confidential) {
		List<MetadataField> publicFields = fields.stream().filter((field) -> !confidential.isDenied(field)).toList();
		Map<String, Long> labelCounts = publicFields.stream()
			.collect(Collectors.groupingBy(FieldNames::label, Collectors.counting()));
		Map<MetadataField, String> labels = new LinkedHashMap<>();
		for (MetadataField field : publicFields) {
			String label = label(field);
			labels.put(field, (labelCounts.get(label) > 1) ? label + " (" + field.systemName() + ")" : label);
		}
		return labels;
	}

	private static String readable(String name) {
		if (!CAMEL_CASE_WORD.matcher(name).matches()) {
			return name;
		}
		return name.replaceAll("([a-z0-9])([A-Z])", "$1 $2").replaceAll("([A-Z]+)([A-Z][a-z])", "$1 $2");
	}

}
