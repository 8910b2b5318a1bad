package org.porchlight.sandbox;

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
 * A RETS reply body parsed for assertions: the reply code and text, COUNT, MAXROWS, and the
 * COLUMNS/DATA rows of each COMPACT block with the attributes of its METADATA-* element.
 */
record CompactReply(int replyCode, String replyText, Long count, boolean maxRows, List<Block> blocks) {

	/** One group of rows: the search result, or one METADATA-* element. */
	record Block(String element, Map<String, String> attributes, List<String> columns, List<Map<String, String>> rows) {

		List<String> column(String name) {
			return this.rows.stream().map((row) -> row.get(name)).toList();
		}

	}

	static CompactReply parse(byte[] body) {
		try {
			XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(body));
			int replyCode = -1;
			String replyText = null;
			Long count = null;
			boolean maxRows = false;
			List<Block> blocks = new ArrayList<>();
			Block current = null;
			while (reader.hasNext()) {
				if (reader.next() != XMLStreamConstants.START_ELEMENT) {
					continue;
				}
				String name = reader.getLocalName();
				switch (name) {
					case "RETS" -> {
						replyCode = Integer.parseInt(reader.getAttributeValue(null, "ReplyCode"));
						replyText = reader.getAttributeValue(null, "ReplyText");
					}
					case "COUNT" -> count = Long.parseLong(reader.getAttributeValue(null, "Records"));
					case "MAXROWS" -> maxRows = true;
					case "COLUMNS" -> {
						if (current == null) {
							current = new Block("SEARCH", Map.of(), new ArrayList<>(), new ArrayList<>());
							blocks.add(current);
						}
						current.columns().addAll(split(reader.getElementText()));
					}
					case "DATA" -> {
						List<String> values = split(reader.getElementText());
						Map<String, String> row = new LinkedHashMap<>();
						for (int i = 0; i < current.columns().size(); i++) {
							row.put(current.columns().get(i), values.get(i));
						}
						current.rows().add(row);
					}
					default -> {
						if (name.startsWith("METADATA-")) {
							Map<String, String> attributes = new LinkedHashMap<>();
							for (int i = 0; i < reader.getAttributeCount(); i++) {
								attributes.put(reader.getAttributeLocalName(i), reader.getAttributeValue(i));
							}
							current = new Block(name, attributes, new ArrayList<>(), new ArrayList<>());
							blocks.add(current);
						}
					}
				}
			}
			return new CompactReply(replyCode, replyText, count, maxRows, blocks);
		}
		catch (XMLStreamException ex) {
			throw new IllegalArgumentException("Reply is not well-formed XML: " + new String(body), ex);
		}
	}

	Block only() {
		if (this.blocks.size() != 1) {
			throw new IllegalStateException("Expected one block, found " + this.blocks.size());
		}
		return this.blocks.get(0);
	}

	List<Map<String, String>> rows() {
		return this.blocks.isEmpty() ? List.of() : only().rows();
	}

	static List<String> split(String line) {
		if (!line.startsWith("\t") || !line.endsWith("\t")) {
			throw new IllegalArgumentException("COMPACT line without leading and trailing tab: " + line);
		}
		return List.of(line.substring(1, line.length() - 1).split("\t", -1));
	}

}
