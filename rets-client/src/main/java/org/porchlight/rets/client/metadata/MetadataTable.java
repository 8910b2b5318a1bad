package org.porchlight.rets.client.metadata;

import java.util.List;
import java.util.Map;

/**
 * One {@code METADATA-*} element of a GetMetadata response in generic form, for any metadata type including those
 * {@link RetsMetadata} does not model (SEARCH_HELP, EDITMASK, FOREIGNKEYS, UPDATE, UPDATE_TYPE, VALIDATION_* ...).
 *
 * @param type the type without its prefix, such as {@code TABLE} or {@code SEARCH_HELP}
 * @param attributes the element's attributes, such as {@code Resource}, {@code Class} and {@code Version}
 * @param columns the column names in server order
 * @param rows one map per row from column name to value; names are matched ignoring case
 */
public record MetadataTable(String type, Map<String, String> attributes, List<String> columns,
		List<Map<String, String>> rows) {

	public MetadataTable {
		attributes = Map.copyOf(attributes);
		columns = List.copyOf(columns);
		rows = List.copyOf(rows);
	}

}
