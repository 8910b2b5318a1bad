package org.porchlight.sync.mapping;

import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import org.porchlight.rets.client.metadata.MetadataField;

/**
 * Decides which fields never leave the mapper: private or agent remarks, showing instructions, lockbox and alarm
 * details, compensation, and the names and contacts of owners, sellers, buyers and tenants. A field is denied when
 * the words of its StandardName or LongName match a built-in pattern, or when its SystemName is configured.
 */
public final class ConfidentialFields {

	/** Matched against {@link FieldNames#describe(MetadataField)}, so names are lower-case words. */
	private static final List<Pattern> DENIED_NAMES = List.of(
			// remarks meant for agents only
			Pattern.compile("\\b(private|agent|broker|office|internal|confidential) remarks?\\b"),
			Pattern.compile("\\bagents? only\\b"), Pattern.compile("\\bconfidential\\b"),
			// showing the property
			Pattern.compile("\\bshowing\\b"), Pattern.compile("\\bhow to show\\b"),
			// getting in
			Pattern.compile("\\block ?box\\b"), Pattern.compile("\\bkey ?box\\b"),
			Pattern.compile("\\bsecurity\\b(?! deposit)"), Pattern.compile("\\balarm\\b"),
			Pattern.compile("\\b(gate|access|door) code\\b"),
			// compensation
			Pattern.compile("\\bcommissions?\\b"), Pattern.compile("\\bcompensation\\b"),
			Pattern.compile("\\bcomm\\b"), Pattern.compile("\\bcomp\\b"),
			// people other than the listing brokerage, and their contacts
			Pattern.compile("\\b(owner|seller|buyer|tenant|occupant)s?\\b"), Pattern.compile("\\be ?mail\\b"),
			Pattern.compile("\\bcontacts?\\b"));

	private final Set<String> deniedSystemNames;

	public ConfidentialFields(Collection<String> deniedSystemNames) {
		this.deniedSystemNames = deniedSystemNames.stream()
			.map((name) -> name.trim().toLowerCase(Locale.ROOT))
			.collect(Collectors.toUnmodifiableSet());
	}

	/** Returns whether {@code field} must never be stored. */
	public boolean isDenied(MetadataField field) {
		if (this.deniedSystemNames.contains(field.systemName().toLowerCase(Locale.ROOT))) {
			return true;
		}
		String description = FieldNames.describe(field);
		return DENIED_NAMES.stream().anyMatch((pattern) -> pattern.matcher(description).find());
	}

}
