package org.porchlight.sandbox.internal.metadata;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

/**
 * One {@code METADATA-<type>} element: its attributes (Resource, Class, Lookup, Version, Date, ...) and
 * its rows, each row holding the values of the same columns in the same order.
 *
 * @param type the metadata type without the {@code METADATA-} prefix, such as {@code TABLE}
 * @param attributes the element's attributes in document order
 * @param rowElement the STANDARD-XML name of one row, such as {@code Field} or {@code LookupType}
 * @param columns the column names in the order of the STANDARD-XML child elements
 * @param rows the rows, each with one value per column ({@code ""} when empty)
 * @param capturedBody the body of the captured STANDARD-XML response this block came from, or
 * {@code null} when the block was defined or filtered by the sandbox
 */
public record MetadataBlock(String type, Map<String, String> attributes, String rowElement, List<String> columns,
		List<List<String>> rows, byte[] capturedBody) {

	public MetadataBlock {
		attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
		columns = List.copyOf(columns);
		List<List<String>> copies = new ArrayList<>(rows.size());
		for (List<String> row : rows) {
			if (row.size() != columns.size()) {
				throw new IllegalArgumentException(
						"Row of METADATA-" + type + " has " + row.size() + " values for " + columns.size() + " columns");
			}
			copies.add(List.copyOf(row));
		}
		rows = List.copyOf(copies);
	}

	/** Returns the attribute value, or {@code ""} when the attribute is absent. */
	public String attribute(String name) {
		return this.attributes.getOrDefault(name, "");
	}

	/** Returns the value of {@code column} in {@code row}, or {@code ""} when the block has no such column. */
	public String value(List<String> row, String column) {
		int index = this.columns.indexOf(column);
		return (index < 0) ? "" : row.get(index);
	}

	/** Returns a copy holding only the rows that match; the copy no longer counts as captured. */
	public MetadataBlock filter(Predicate<List<String>> rowFilter) {
		List<List<String>> kept = this.rows.stream().filter(rowFilter).toList();
		return new MetadataBlock(this.type, this.attributes, this.rowElement, this.columns, kept, null);
	}

}
