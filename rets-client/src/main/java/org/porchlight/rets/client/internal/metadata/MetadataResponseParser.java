package org.porchlight.rets.client.internal.metadata;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.search.DelimitedFields;
import org.porchlight.rets.client.internal.xml.Entities;
import org.porchlight.rets.client.internal.xml.TextDecoder;
import org.porchlight.rets.client.internal.xml.XmlScanner;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a GetMetadata response in COMPACT or STANDARD-XML format into {@link MetadataBlock}s. The format is
 * recognised from the content, not from the request, because some servers reply in another format than the one requested.
 * <ul>
 * <li>COMPACT: {@code <METADATA-TABLE Resource=".." Class=".."><COLUMNS>..</COLUMNS><DATA>..</DATA>} with the
 * same delimiter rules as COMPACT search results.</li>
 * <li>STANDARD-XML: each child element of a {@code METADATA-*} element is a row, and the child elements of a
 * row are its columns. A {@code METADATA-*} element nested in a row (the full tree in one response) becomes a
 * block of its own that inherits the row's resource, class or lookup name.</li>
 * </ul>
 * A row that is not a child element but carries attributes (the {@code SYSTEM} element) keeps its attributes
 * as columns. COMPACT rows whose field count differs from COLUMNS are skipped and counted.
 */
final class MetadataResponseParser {

	private static final Logger logger = LoggerFactory.getLogger(MetadataResponseParser.class);

	private final String transactionId;

	private final TextDecoder decoder;

	private final DelimitedFields fields = new DelimitedFields();

	private final List<MetadataBlock> blocks = new ArrayList<>();

	private final Deque<Frame> frames = new ArrayDeque<>();

	private int malformedRows;

	private long cleanedCharacters;

	private byte delimiter = '\t';

	private Integer replyCode;

	private String replyText = "";

	MetadataResponseParser(String transactionId, TextDecoder decoder) {
		this.transactionId = transactionId;
		this.decoder = decoder;
	}

	/** The parsed response: reply, blocks in document order, and the number of COMPACT rows skipped. */
	record Result(RetsReply reply, List<MetadataBlock> blocks, int malformedRows, long cleanedCharacters) {
	}

	Result parse(InputStream body) throws IOException {
		XmlScanner scanner = new XmlScanner(body, this.decoder);
		XmlScanner.Token token;
		while ((token = scanner.next()) != XmlScanner.Token.EOF) {
			if (token == XmlScanner.Token.START_TAG) {
				startTag(scanner);
			}
			else {
				endTag(scanner);
			}
		}
		RetsReply reply = (this.replyCode != null)
				? new RetsReply(this.replyCode, this.replyText, scanner.capturedText()) : null;
		return new Result(reply, this.blocks, this.malformedRows, this.cleanedCharacters);
	}

	private void startTag(XmlScanner scanner) throws IOException {
		String name = scanner.tagName();
		Frame frame = this.frames.peek();
		if (name.equalsIgnoreCase("RETS") && this.replyCode == null) {
			this.replyCode = RetsReply.parseCode(scanner.attribute("ReplyCode"));
			this.replyText = valueOrEmpty(scanner.attribute("ReplyText"));
			scanner.captureText(this.replyCode != null && this.replyCode != 0);
		}
		else if (name.equalsIgnoreCase("DELIMITER")) {
			this.delimiter = org.porchlight.rets.client.internal.search.CompactSearchParser
				.parseDelimiter(scanner.attribute("value"), scanner.offset());
		}
		else if (name.regionMatches(true, 0, "METADATA-", 0, 9)) {
			openBlock(scanner, frame);
		}
		else if (frame == null) {
			return;
		}
		else if (frame.row == null) {
			startRow(scanner, frame);
		}
		else if (!scanner.selfClosing()) {
			scanner.readContent(name);
			frame.row.put(name, stripTags(scanner.contentText()).trim());
		}
		else {
			frame.row.put(name, "");
		}
	}

	private void openBlock(XmlScanner scanner, Frame parent) {
		Map<String, String> attributes = new LinkedHashMap<>();
		if (parent != null && parent.row != null) {
			inherit(parent, attributes);
		}
		for (String attribute : scanner.attributeNames()) {
			attributes.put(attribute, scanner.attribute(attribute));
		}
		String type = scanner.tagName().substring(9).toUpperCase(Locale.ROOT);
		MetadataBlock block = new MetadataBlock(type, attributes);
		this.blocks.add(block);
		if (!scanner.selfClosing()) {
			this.frames.push(new Frame(scanner.tagName(), block));
		}
	}

	/** Copies the identity of the enclosing row (resource, class, lookup) to a nested block. */
	private static void inherit(Frame parent, Map<String, String> attributes) {
		attributes.putAll(parent.block.attributes());
		Map<String, String> row = MetadataBlock.caseInsensitive(parent.row);
		switch (parent.block.type()) {
			case "RESOURCE" -> attributes.put("Resource", row.get("ResourceID"));
			case "CLASS" -> attributes.put("Class", row.get("ClassName"));
			case "LOOKUP" -> attributes.put("Lookup", row.get("LookupName"));
			default -> {
			}
		}
	}

	private void startRow(XmlScanner scanner, Frame frame) throws IOException {
		if (scanner.isTag("COLUMNS")) {
			readColumns(scanner, frame);
		}
		else if (scanner.isTag("DATA")) {
			readCompactRow(scanner, frame);
		}
		else {
			Map<String, String> row = new LinkedHashMap<>();
			for (String attribute : scanner.attributeNames()) {
				row.put(attribute, scanner.attribute(attribute));
			}
			if (scanner.selfClosing()) {
				frame.block.addRow(row);
			}
			else {
				frame.row = row;
				frame.rowTag = scanner.tagName();
			}
		}
	}

	private void endTag(XmlScanner scanner) {
		Frame frame = this.frames.peek();
		if (frame == null) {
			return;
		}
		if (frame.row != null && scanner.tagName().equalsIgnoreCase(frame.rowTag)) {
			frame.block.addRow(frame.row);
			frame.row = null;
		}
		else if (frame.row == null && scanner.tagName().equalsIgnoreCase(frame.tag)) {
			this.frames.pop();
		}
	}

	private void readColumns(XmlScanner scanner, Frame frame) throws IOException {
		if (scanner.selfClosing()) {
			return;
		}
		scanner.readContent("COLUMNS");
		this.fields.split(scanner.buffer(), scanner.contentStart(), scanner.contentEnd(), this.delimiter);
		frame.leadingDelimiter = this.fields.trimHeader();
		frame.columns = new ArrayList<>();
		for (int i = 0; i < this.fields.count(); i++) {
			frame.columns.add(this.decoder.decode(scanner.buffer(), this.fields.start(i), this.fields.length(i)).trim());
		}
		frame.block.declareColumns(frame.columns);
	}

	private void readCompactRow(XmlScanner scanner, Frame frame) throws IOException {
		if (scanner.selfClosing()) {
			return;
		}
		scanner.readContent("DATA");
		if (frame.columns == null) {
			this.malformedRows++;
			logger.warn("{} Skipping a METADATA-{} row that comes before its COLUMNS", this.transactionId,
					frame.block.type());
			return;
		}
		this.fields.split(scanner.buffer(), scanner.contentStart(), scanner.contentEnd(), this.delimiter);
		this.fields.trimData(frame.columns.size(), frame.leadingDelimiter);
		this.cleanedCharacters += Entities.countForbidden(scanner.buffer(), scanner.contentStart(), scanner.contentEnd(),
				this.delimiter);
		if (this.fields.count() != frame.columns.size()) {
			this.malformedRows++;
			logger.warn("{} Skipping a METADATA-{} row with {} fields; COLUMNS has {}", this.transactionId,
					frame.block.type(), this.fields.count(), frame.columns.size());
			return;
		}
		Map<String, String> row = new LinkedHashMap<>();
		for (int i = 0; i < frame.columns.size(); i++) {
			row.putIfAbsent(frame.columns.get(i),
					this.decoder.decode(scanner.buffer(), this.fields.start(i), this.fields.length(i)));
		}
		frame.block.addRow(row);
	}

	private static String stripTags(String text) {
		return (text.indexOf('<') < 0) ? text : text.replaceAll("<[^>]*>", " ");
	}

	private static String valueOrEmpty(String value) {
		return (value != null) ? value : "";
	}

	/** An open {@code METADATA-*} element and the row being read inside it. */
	private static final class Frame {

		private final String tag;

		private final MetadataBlock block;

		private Map<String, String> row;

		private String rowTag;

		private List<String> columns;

		private boolean leadingDelimiter;

		Frame(String tag, MetadataBlock block) {
			this.tag = tag;
			this.block = block;
		}

	}

}
