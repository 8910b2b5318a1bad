package org.porchlight.rets.client.internal.metadata;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * One {@code METADATA-*} element of a GetMetadata response, in either format: its type (such as {@code TABLE}),
 * its attributes (such as {@code Resource} and {@code Class}) and its rows. Attribute and column names are matched
 * ignoring case, because servers differ in how they spell them ({@code MimeType}, {@code MIMEType}).
 */
final class MetadataBlock {

	private final String type;

	private final Map<String, String> attributes;

	private final List<Map<String, String>> rows = new ArrayList<>();

	private final List<String> columns = new ArrayList<>();

	MetadataBlock(String type, Map<String, String> attributes) {
		this.type = type;
		this.attributes = caseInsensitive(attributes);
	}

	static Map<String, String> caseInsensitive(Map<String, String> values) {
		Map<String, String> map = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		map.putAll(values);
		return map;
	}

	String type() {
		return this.type;
	}

	String attribute(String name) {
		return this.attributes.get(name);
	}

	Map<String, String> attributes() {
		return this.attributes;
	}

	List<Map<String, String>> rows() {
		return this.rows;
	}

	/** Returns the column names in the order the server sent them, from COLUMNS or from the rows' fields. */
	List<String> columns() {
		return this.columns;
	}

	void declareColumns(List<String> names) {
		names.forEach(this::addColumn);
	}

	void addRow(Map<String, String> row) {
		row.keySet().forEach(this::addColumn);
		this.rows.add(caseInsensitive(row));
	}

	private void addColumn(String name) {
		if (this.columns.stream().noneMatch(name::equalsIgnoreCase)) {
			this.columns.add(name);
		}
	}

}
