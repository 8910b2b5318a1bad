package org.porchlight.rets.client.metadata;

import java.util.List;

/**
 * The response to one GetMetadata request in generic form.
 *
 * @param tables the {@code METADATA-*} elements of the response, in server order; empty when the server has no
 * metadata of the type (reply 20503)
 * @param malformedRows COMPACT rows skipped because their field count differed from COLUMNS
 */
public record MetadataTables(List<MetadataTable> tables, int malformedRows) {

	public MetadataTables {
		tables = List.copyOf(tables);
	}

}
