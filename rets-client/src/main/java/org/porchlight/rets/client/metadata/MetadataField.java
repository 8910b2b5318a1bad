package org.porchlight.rets.client.metadata;

/**
 * A field of a class (one row of METADATA-TABLE).
 *
 * @param systemName the name used in DMQL queries and Select lists
 * @param standardName the RETS standard name, or {@code null} when the server gives none
 * @param dataType the RETS data type as the server writes it ({@code Character}, {@code Int},
 * {@code Decimal}, {@code Date}, {@code DateTime}, {@code Boolean}, ...)
 * @param interpretation {@code Lookup}, {@code LookupMulti}, {@code Number}, ... or {@code null}
 * @param lookupName the lookup that decodes this field, or {@code null}
 */
public record MetadataField(String systemName, String standardName, String longName, String shortName,
		String dataType, Integer maximumLength, Integer precision, String interpretation, String lookupName,
		boolean searchable) {

	public boolean hasLookup() {
		return this.lookupName != null && !this.lookupName.isBlank();
	}

}
