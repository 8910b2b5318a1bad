package org.porchlight.sandbox.internal.metadata;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

/**
 * Reads the {@code METADATA-*} elements of a RETS STANDARD-XML GetMetadata body into
 * {@link MetadataBlock}s, keeping attributes and columns in document order.
 */
public final class StandardXmlMetadataReader {

	private static final String PREFIX = "METADATA-";

	// Depths below the document: RETS is 1, METADATA 2, METADATA-<type> 3, a row 4, a value 5.
	private static final int BLOCK_DEPTH = 3;

	private static final int ROW_DEPTH = 4;

	private static final int VALUE_DEPTH = 5;

	private StandardXmlMetadataReader() {
	}

	/**
	 * Parses a STANDARD-XML body.
	 * @param body the XML bytes, starting with the XML declaration or {@code <RETS>}
	 * @param captured whether a body holding exactly one block should be kept as that block's captured form
	 * @throws IllegalArgumentException if the body is not well-formed XML
	 */
	public static List<MetadataBlock> read(byte[] body, boolean captured) {
		List<MetadataBlock> blocks = new ArrayList<>();
		try {
			XMLInputFactory factory = XMLInputFactory.newFactory();
			factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
			factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
			XMLStreamReader reader = factory.createXMLStreamReader(new ByteArrayInputStream(body));
			int depth = 0;
			BlockBuilder block = null;
			Map<String, String> row = null;
			String valueName = null;
			StringBuilder value = new StringBuilder();
			while (reader.hasNext()) {
				int event = reader.next();
				if (event == XMLStreamConstants.START_ELEMENT) {
					depth++;
					String name = reader.getLocalName();
					if (depth == BLOCK_DEPTH && name.startsWith(PREFIX)) {
						block = new BlockBuilder(name.substring(PREFIX.length()), attributes(reader));
					}
					else if (depth == ROW_DEPTH && block != null) {
						block.rowElement = name;
						// SYSTEM carries its values as attributes, every other type as child elements.
						row = attributes(reader);
					}
					else if (depth == VALUE_DEPTH && row != null) {
						valueName = name;
						value.setLength(0);
					}
				}
				else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
					if (valueName != null) {
						value.append(reader.getText());
					}
				}
				else if (event == XMLStreamConstants.END_ELEMENT) {
					if (depth == VALUE_DEPTH && row != null && valueName != null) {
						row.put(valueName, value.toString());
						valueName = null;
					}
					else if (depth == ROW_DEPTH && block != null && row != null) {
						block.rows.add(row);
						row = null;
					}
					else if (depth == BLOCK_DEPTH && block != null) {
						blocks.add(block.build());
						block = null;
					}
					depth--;
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalArgumentException("Invalid STANDARD-XML metadata: " + ex.getMessage(), ex);
		}
		if (captured && blocks.size() == 1) {
			MetadataBlock only = blocks.get(0);
			return List.of(new MetadataBlock(only.type(), only.attributes(), only.rowElement(), only.columns(),
					only.rows(), body.clone()));
		}
		return blocks;
	}

	private static Map<String, String> attributes(XMLStreamReader reader) {
		Map<String, String> attributes = new LinkedHashMap<>();
		for (int i = 0; i < reader.getAttributeCount(); i++) {
			attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
		}
		return attributes;
	}

	private static final class BlockBuilder {

		private final String type;

		private final Map<String, String> attributes;

		private final List<Map<String, String>> rows = new ArrayList<>();

		private String rowElement = "";

		BlockBuilder(String type, Map<String, String> attributes) {
			this.type = type;
			this.attributes = attributes;
		}

		MetadataBlock build() {
			List<String> columns = new ArrayList<>();
			for (Map<String, String> row : this.rows) {
				for (String column : row.keySet()) {
					if (!columns.contains(column)) {
						columns.add(column);
					}
				}
			}
			List<List<String>> values = new ArrayList<>();
			for (Map<String, String> row : this.rows) {
				values.add(columns.stream().map((column) -> row.getOrDefault(column, "")).toList());
			}
			return new MetadataBlock(this.type, this.attributes, this.rowElement, columns, values, null);
		}

	}

}
