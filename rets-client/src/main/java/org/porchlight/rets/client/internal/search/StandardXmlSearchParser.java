package org.porchlight.rets.client.internal.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.porchlight.rets.client.RetsParseException;
import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.xml.CleaningInputStream;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchRow;

/**
 * Reads a STANDARD-XML search response with a streaming StAX parser, over a {@link CleaningInputStream} that repairs
 * what XML forbids, and hands each record to a {@link RowHandler} as soon as its end tag is read.
 * <p>
 * A record is an element two levels below {@code REData}, such as {@code REData > REProperties >
 * ResidentialProperty} or {@code REData > Listings > Listing}. It is flattened to a map from the name of each
 * element that contains text to that text. When a name occurs twice in one record, the later value is stored under its
 * path inside the record ({@code Listing.Address.City}). {@code COUNT}, {@code MAXROWS} and {@code RETS-STATUS} are
 * read as in COMPACT responses. The charset comes from the XML declaration, else from the {@code Content-Type}.
 */
public final class StandardXmlSearchParser {

	private static final XMLInputFactory FACTORY = createFactory();

	private final String charset;

	private final RowHandler handler;

	private final Set<String> columns = new LinkedHashSet<>();

	private long rows;

	private Long totalCount;

	private boolean maxRows;

	private int replyCode = -1;

	private String replyText = "";

	private RetsReply status;

	/** @param charset the charset of the {@code Content-Type} header, or {@code null} */
	public StandardXmlSearchParser(String charset, RowHandler handler) {
		this.charset = charset;
		this.handler = handler;
	}

	public SearchOutcome parse(InputStream body) throws IOException {
		CleaningInputStream input = new CleaningInputStream(body);
		XMLStreamReader reader = null;
		try {
			reader = (this.charset != null) ? FACTORY.createXMLStreamReader(input, this.charset)
					: FACTORY.createXMLStreamReader(input);
			read(reader);
		}
		catch (XMLStreamException ex) {
			if (this.replyCode < 0 || !SearchReplies.isFailure(this.replyCode)) {
				long offset = (ex.getLocation() != null) ? ex.getLocation().getCharacterOffset() : -1;
				throw new RetsParseException("The STANDARD-XML Search response is not well-formed after " + this.rows
						+ " records: " + ex.getMessage(), offset);
			}
		}
		finally {
			close(reader);
		}
		if (this.replyCode < 0) {
			throw new RetsParseException("The Search response contains no RETS element with a ReplyCode", 0);
		}
		if (SearchReplies.isFailure(this.replyCode)) {
			throw ReplyCodes.failure("Search", this.replyCode, this.replyText, null);
		}
		applyStatus();
		return new SearchOutcome(this.replyCode, List.copyOf(this.columns), this.rows, this.rows, 0, 0,
				input.cleaned(), (this.totalCount != null) ? OptionalLong.of(this.totalCount) : OptionalLong.empty(),
				this.maxRows);
	}

	private void read(XMLStreamReader reader) throws XMLStreamException {
		Deque<String> path = new ArrayDeque<>();
		int reDataDepth = -1;
		Map<String, String> record = null;
		StringBuilder text = new StringBuilder();
		boolean leaf = false;
		while (reader.hasNext()) {
			int event = reader.next();
			if (event == XMLStreamConstants.START_ELEMENT) {
				String name = reader.getLocalName();
				path.push(name);
				text.setLength(0);
				leaf = true;
				if (path.size() == 1) {
					readReply(reader);
				}
				else if (name.equalsIgnoreCase("COUNT")) {
					this.totalCount = parseCount(reader.getAttributeValue(null, "Records"));
				}
				else if (name.equalsIgnoreCase("MAXROWS")) {
					this.maxRows = true;
				}
				else if (name.equalsIgnoreCase("RETS-STATUS")) {
					Integer code = RetsReply.parseCode(reader.getAttributeValue(null, "ReplyCode"));
					String statusText = reader.getAttributeValue(null, "ReplyText");
					this.status = new RetsReply((code != null) ? code : 0, (statusText != null) ? statusText : "", "");
				}
				else if (name.equalsIgnoreCase("REData")) {
					reDataDepth = path.size();
				}
				else if (reDataDepth > 0 && path.size() == reDataDepth + 2) {
					record = new LinkedHashMap<>();
				}
			}
			else if (event == XMLStreamConstants.CHARACTERS || event == XMLStreamConstants.CDATA) {
				text.append(reader.getText());
			}
			else if (event == XMLStreamConstants.END_ELEMENT) {
				if (record != null && reDataDepth > 0 && path.size() == reDataDepth + 2) {
					deliver(record);
					record = null;
				}
				else if (record != null && leaf) {
					store(record, path, reDataDepth + 2, text.toString().trim());
				}
				if (path.size() == reDataDepth) {
					reDataDepth = -1;
				}
				path.pop();
				text.setLength(0);
				leaf = false;
			}
		}
	}

	private void readReply(XMLStreamReader reader) {
		Integer code = RetsReply.parseCode(reader.getAttributeValue(null, "ReplyCode"));
		this.replyCode = (code != null) ? code : -1;
		String text = reader.getAttributeValue(null, "ReplyText");
		this.replyText = (text != null) ? text : "";
		this.maxRows |= this.replyCode == ReplyCodes.MAXIMUM_RECORDS_EXCEEDED;
	}

	private static void store(Map<String, String> record, Deque<String> path, int recordDepth, String value) {
		String name = path.peek();
		if (!record.containsKey(name)) {
			record.put(name, value);
			return;
		}
		List<String> inside = new ArrayList<>(path);
		Collections.reverse(inside);
		record.put(String.join(".", inside.subList(recordDepth, inside.size())), value);
	}

	private void deliver(Map<String, String> record) {
		this.columns.addAll(record.keySet());
		this.rows++;
		this.handler.handle(new MapRow(Collections.unmodifiableMap(record)));
	}

	private void applyStatus() {
		switch (SearchReplies.statusEffect(this.status, this.replyCode)) {
			case MORE_ROWS -> this.maxRows = true;
			case NO_RECORDS -> this.replyCode = ReplyCodes.NO_RECORDS_FOUND;
			case NONE -> {
			}
		}
	}

	private static Long parseCount(String value) {
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new RetsParseException("Invalid COUNT Records value '" + value + "'", 0);
		}
	}

	private static void close(XMLStreamReader reader) {
		if (reader == null) {
			return;
		}
		try {
			reader.close();
		}
		catch (XMLStreamException ex) {
			// Closing releases parser state only; the response stream is closed by its owner.
		}
	}

	private static XMLInputFactory createFactory() {
		XMLInputFactory factory = XMLInputFactory.newFactory();
		factory.setProperty(XMLInputFactory.SUPPORT_DTD, false);
		factory.setProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES, false);
		factory.setProperty(XMLInputFactory.IS_COALESCING, true);
		factory.setProperty(XMLInputFactory.IS_NAMESPACE_AWARE, true);
		return factory;
	}

	/** A record of a STANDARD-XML result. */
	private record MapRow(Map<String, String> values) implements SearchRow {

		@Override
		public List<String> columns() {
			return List.copyOf(this.values.keySet());
		}

		@Override
		public String get(String column) {
			return this.values.get(column);
		}

		@Override
		public Map<String, String> toMap() {
			return this.values;
		}

	}

}
