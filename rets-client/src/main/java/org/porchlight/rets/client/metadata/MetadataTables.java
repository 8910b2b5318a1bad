package org.porchlight.rets.client.metadata;

import java.util.List;

/**
 * The response to one GetMetadata request in generic form.
 *
 * @param tables the {@code METADATA-*} elements of the response, in server order; empty when the server has no
 * metadata of the type (reply 20503)
 * @param malformedRows COMPACT rows skipped because their field count differed from COLUMNS
 * @param cleanedCharacters characters and character references that XML forbids, removed or repaired in COMPACT
 * values
 */
public record MetadataTables(List<MetadataTable> tables, int malformedRows, long cleanedCharacters) {

	public MetadataTables {
		tables = List.copyOf(tables);
	}

}
