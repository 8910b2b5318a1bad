package org.porchlight.sandbox.internal.metadata;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import org.porchlight.sandbox.internal.XmlText;

/**
 * Writes GetMetadata reply bodies in COMPACT format (tab-delimited {@code COLUMNS}/{@code DATA} rows) and
 * in STANDARD-XML format.
 */
public final class MetadataWriter {

	private static final String DECLARATION = "<?xml version=\"1.0\" encoding=\"US-ASCII\"?>\n";

	private static final String SUCCESS = "<RETS ReplyCode=\"0\" ReplyText=\"Success\">\n";

	private MetadataWriter() {
	}

	/** Writes the blocks as one COMPACT reply. */
	public static byte[] compact(List<MetadataBlock> blocks) {
		StringBuilder xml = new StringBuilder(DECLARATION).append(SUCCESS);
		for (MetadataBlock block : blocks) {
			openBlock(xml, block);
			if (block.type().equals("SYSTEM")) {
				writeCompactSystem(xml, block);
			}
			else {
				xml.append("<COLUMNS>").append(delimited(block.columns())).append("</COLUMNS>\n");
				for (List<String> row : block.rows()) {
					xml.append("<DATA>").append(delimited(row)).append("</DATA>\n");
				}
			}
			xml.append("</METADATA-").append(block.type()).append(">\n");
		}
		xml.append("</RETS>\n");
		return xml.toString().getBytes(StandardCharsets.US_ASCII);
	}

	/**
	 * Writes the blocks as one STANDARD-XML reply. A single block that came from a captured response is
	 * returned exactly as captured.
	 */
	public static byte[] standardXml(List<MetadataBlock> blocks) {
		if (blocks.size() == 1 && blocks.get(0).capturedBody() != null) {
			return blocks.get(0).capturedBody().clone();
		}
		StringBuilder xml = new StringBuilder(DECLARATION).append(SUCCESS).append("  <METADATA>\n");
		for (MetadataBlock block : blocks) {
			xml.append("    ");
			openBlock(xml, block);
			if (block.type().equals("SYSTEM")) {
				writeStandardSystem(xml, block);
			}
			else {
				for (List<String> row : block.rows()) {
					xml.append("      <").append(block.rowElement()).append(">\n");
					for (int i = 0; i < block.columns().size(); i++) {
						appendElement(xml, "        ", block.columns().get(i), row.get(i));
					}
					xml.append("      </").append(block.rowElement()).append(">\n");
				}
			}
			xml.append("    </METADATA-").append(block.type()).append(">\n");
		}
		xml.append("  </METADATA>\n</RETS>\n");
		return xml.toString().getBytes(StandardCharsets.US_ASCII);
	}

	private static void openBlock(StringBuilder xml, MetadataBlock block) {
		xml.append("<METADATA-").append(block.type());
		for (Map.Entry<String, String> attribute : block.attributes().entrySet()) {
			appendAttribute(xml, attribute.getKey(), attribute.getValue());
		}
		xml.append(">\n");
	}

	private static void writeCompactSystem(StringBuilder xml, MetadataBlock block) {
		for (List<String> row : block.rows()) {
			xml.append("<SYSTEM");
			for (int i = 0; i < block.columns().size(); i++) {
				if (!block.columns().get(i).equals("Comments")) {
					appendAttribute(xml, block.columns().get(i), row.get(i));
				}
			}
			xml.append("/>\n<COMMENTS>").append(XmlText.escape(block.value(row, "Comments"))).append("</COMMENTS>\n");
		}
	}

	private static void writeStandardSystem(StringBuilder xml, MetadataBlock block) {
		for (List<String> row : block.rows()) {
			xml.append("      <SYSTEM");
			for (int i = 0; i < block.columns().size(); i++) {
				if (!block.columns().get(i).equals("Comments")) {
					appendAttribute(xml, block.columns().get(i), row.get(i));
				}
			}
			xml.append(">\n");
			appendElement(xml, "        ", "Comments", block.value(row, "Comments"));
			xml.append("      </SYSTEM>\n");
		}
	}

	private static void appendAttribute(StringBuilder xml, String name, String value) {
		xml.append(' ').append(name).append("=\"").append(XmlText.escape(value)).append('"');
	}

	private static void appendElement(StringBuilder xml, String indent, String name, String value) {
		xml.append(indent).append('<').append(name);
		if (value.isEmpty()) {
			xml.append("/>\n");
		}
		else {
			xml.append('>').append(XmlText.escape(value)).append("</").append(name).append(">\n");
		}
	}

	static String delimited(List<String> values) {
		StringBuilder line = new StringBuilder("\t");
		for (String value : values) {
			line.append(XmlText.escape(value)).append('\t');
		}
		return line.toString();
	}

}
