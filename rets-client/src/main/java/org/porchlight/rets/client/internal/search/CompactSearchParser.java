package org.porchlight.rets.client.internal.search;

import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.OptionalLong;

import org.porchlight.rets.client.RetsParseException;
import org.porchlight.rets.client.RowShapePolicy;
import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.xml.Entities;
import org.porchlight.rets.client.internal.xml.TextDecoder;
import org.porchlight.rets.client.internal.xml.XmlScanner;
import org.porchlight.rets.client.search.RowHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Reads a COMPACT or COMPACT-DECODED search response from the byte stream and hands each {@code DATA} row to a
 * {@link RowHandler} as soon as it is complete.
 * <p>
 * This is deliberately not built on an XML parser. Real COMPACT bodies are often not well-formed XML: servers
 * put raw {@code <} and {@code &} into field values ({@code <DATA>\tDatum1\t<Datum&2\t...}), send Latin-1
 * bytes under a UTF-8 label, include control characters that XML 1.0 forbids, or stop in the middle of a row.
 * An XML parser rejects the whole response at the first such byte, after some rows may already have been
 * stored. Here a {@code DATA} element ends only at {@code </DATA>}, its fields are split at the delimiter byte,
 * and entity references are decoded per field, so one bad value never costs the response. Reading bytes
 * directly also avoids building strings for characters that are only scanned, and memory is bounded by the
 * largest row rather than by the response.
 * <p>
 * The delimiter is the hexadecimal byte of {@code <DELIMITER value="09"/>} (any byte, tab when the element is
 * missing). {@code COUNT}, {@code MAXROWS} and {@code RETS-STATUS} are read wherever they appear. A row whose
 * field count differs from the columns is handled by the {@link RowShapePolicy}: skipped (the default, because its
 * values cannot be matched to columns), padded or truncated, or the search fails. Control characters that XML
 * forbids and doubly escaped character references ({@code &amp;#233;}) are counted here and cleaned when a value is
 * decoded.
 */
public final class CompactSearchParser {

	private static final Logger logger = LoggerFactory.getLogger(CompactSearchParser.class);

	private static final int LOGGED_MALFORMED_ROWS = 10;

	private final String transactionId;

	private final TextDecoder decoder;

	private final RowHandler handler;

	private final RowShapePolicy rowShapePolicy;

	private final DelimitedFields fields = new DelimitedFields();

	private byte delimiter = '\t';

	private CompactColumns columns;

	private long rowsRead;

	private long rowsDelivered;

	private long malformedRows;

	private long reshapedRows;

	private long cleanedCharacters;

	private Long totalCount;

	private boolean maxRows;

	private int replyCode = -1;

	private String replyText = "";

	private RetsReply status;

	public CompactSearchParser(String transactionId, TextDecoder decoder, RowHandler handler) {
		this(transactionId, decoder, handler, RowShapePolicy.SKIP);
	}

	public CompactSearchParser(String transactionId, TextDecoder decoder, RowHandler handler,
			RowShapePolicy rowShapePolicy) {
		this.transactionId = transactionId;
		this.decoder = decoder;
		this.handler = handler;
		this.rowShapePolicy = rowShapePolicy;
	}

	/**
	 * Reads the whole response.
	 * @throws org.porchlight.rets.client.RetsReplyException for a reply code other than 0, 20201 and 20208
	 * @throws RetsParseException when the body is not a RETS reply or ends before {@code </RETS>}
	 */
	public SearchOutcome parse(InputStream body) throws IOException {
		XmlScanner scanner = new XmlScanner(body, this.decoder);
		boolean finished = false;
		XmlScanner.Token token;
		while (!finished && (token = scanner.next()) != XmlScanner.Token.EOF) {
			if (token == XmlScanner.Token.END_TAG) {
				finished = scanner.isTag("RETS");
			}
			else {
				startTag(scanner);
				finished = scanner.isTag("RETS") && scanner.selfClosing();
			}
		}
		if (this.replyCode < 0) {
			throw new RetsParseException("The Search response contains no RETS element with a ReplyCode",
					scanner.offset());
		}
		if (SearchReplies.isFailure(this.replyCode)) {
			throw ReplyCodes.failure("Search", this.replyCode, this.replyText, scanner.capturedText());
		}
		if (!finished) {
			throw new TruncatedResponseException("The Search response ended before </RETS>, after " + this.rowsRead
					+ " rows", scanner.offset());
		}
		applyStatus();
		if (this.malformedRows > 0) {
			logger.warn("{} Skipped {} of {} rows whose field count differs from the {} columns",
					this.transactionId, this.malformedRows, this.rowsRead, this.columns.size());
		}
		if (this.reshapedRows > 0) {
			logger.warn("{} Padded or truncated {} of {} rows whose field count differs from the {} columns",
					this.transactionId, this.reshapedRows, this.rowsRead, this.columns.size());
		}
		if (this.cleanedCharacters > 0) {
			logger.warn("{} Cleaned {} characters or character references that XML forbids", this.transactionId,
					this.cleanedCharacters);
		}
		return new SearchOutcome(this.replyCode, (this.columns != null) ? this.columns.names() : List.of(),
				this.rowsRead, this.rowsDelivered, this.malformedRows, this.reshapedRows, this.cleanedCharacters,
				(this.totalCount != null) ? OptionalLong.of(this.totalCount) : OptionalLong.empty(), this.maxRows);
	}

	private void startTag(XmlScanner scanner) throws IOException {
		if (scanner.isTag("DATA")) {
			readRow(scanner);
		}
		else if (scanner.isTag("COLUMNS")) {
			readColumns(scanner);
		}
		else if (scanner.isTag("RETS")) {
			Integer code = RetsReply.parseCode(scanner.attribute("ReplyCode"));
			this.replyCode = (code != null) ? code : -1;
			this.replyText = valueOrEmpty(scanner.attribute("ReplyText"));
			this.maxRows |= this.replyCode == ReplyCodes.MAXIMUM_RECORDS_EXCEEDED;
			scanner.captureText(SearchReplies.isFailure(this.replyCode));
		}
		else if (scanner.isTag("COUNT")) {
			this.totalCount = parseCount(scanner.attribute("Records"), scanner.offset());
		}
		else if (scanner.isTag("DELIMITER")) {
			this.delimiter = parseDelimiter(scanner.attribute("value"), scanner.offset());
		}
		else if (scanner.isTag("MAXROWS")) {
			this.maxRows = true;
		}
		else if (scanner.isTag("RETS-STATUS")) {
			Integer code = RetsReply.parseCode(scanner.attribute("ReplyCode"));
			this.status = new RetsReply((code != null) ? code : 0, valueOrEmpty(scanner.attribute("ReplyText")), "");
		}
	}

	private void readColumns(XmlScanner scanner) throws IOException {
		if (scanner.selfClosing()) {
			return;
		}
		scanner.readContent("COLUMNS");
		this.fields.split(scanner.buffer(), scanner.contentStart(), scanner.contentEnd(), this.delimiter);
		boolean leading = this.fields.trimHeader();
		List<String> names = new ArrayList<>(this.fields.count());
		for (int i = 0; i < this.fields.count(); i++) {
			names.add(this.decoder.decode(scanner.buffer(), this.fields.start(i), this.fields.length(i)).trim());
		}
		this.columns = new CompactColumns(names, leading, this.decoder);
	}

	private void readRow(XmlScanner scanner) throws IOException {
		if (scanner.selfClosing()) {
			return;
		}
		long rowOffset = scanner.offset();
		if (!scanner.readContent("DATA")) {
			throw new TruncatedResponseException("The Search response ended inside a DATA row, after " + this.rowsRead
					+ " complete rows", scanner.offset());
		}
		if (this.columns == null) {
			throw new RetsParseException("The Search response has DATA before COLUMNS", rowOffset);
		}
		this.rowsRead++;
		byte[] buffer = scanner.buffer();
		int start = scanner.contentStart();
		int end = scanner.contentEnd();
		this.fields.split(buffer, start, end, this.delimiter);
		this.fields.trimData(this.columns.size(), this.columns.leadingDelimiter());
		this.cleanedCharacters += Entities.countForbidden(buffer, start, end, this.delimiter);

		int[] bounds = this.fields.relativeBounds(start);
		if (this.fields.count() != this.columns.size()) {
			if (this.rowShapePolicy == RowShapePolicy.STRICT) {
				throw new RetsParseException("Row " + this.rowsRead + " of the Search response has "
						+ this.fields.count() + " fields but there are " + this.columns.size()
						+ " columns; row shape policy STRICT rejects it", rowOffset);
			}
			if (this.rowShapePolicy == RowShapePolicy.SKIP) {
				this.malformedRows++;
				if (this.malformedRows <= LOGGED_MALFORMED_ROWS) {
					logger.warn("{} Skipping row {} at byte {}: it has {} fields but there are {} columns",
							this.transactionId, this.rowsRead, rowOffset, this.fields.count(), this.columns.size());
				}
				return;
			}
			this.reshapedRows++;
			bounds = reshape(bounds, this.columns.size(), end - start);
		}
		byte[] row = Arrays.copyOfRange(buffer, start, end);
		this.handler.handle(new CompactRow(this.columns, row, bounds));
		this.rowsDelivered++;
	}

	/** Drops the bounds of extra fields, or adds empty fields at the end of the row for missing ones. */
	private static int[] reshape(int[] bounds, int columns, int rowLength) {
		int[] reshaped = Arrays.copyOf(bounds, columns * 2);
		for (int i = bounds.length; i < reshaped.length; i++) {
			reshaped[i] = rowLength;
		}
		return reshaped;
	}

	private void applyStatus() {
		switch (SearchReplies.statusEffect(this.status, this.replyCode)) {
			case MORE_ROWS -> this.maxRows = true;
			case NO_RECORDS -> this.replyCode = ReplyCodes.NO_RECORDS_FOUND;
			case NONE -> {
			}
		}
	}

	/** Parses the hexadecimal delimiter byte, such as {@code 09} or {@code 7C}; one digit is accepted. */
	public static byte parseDelimiter(String value, long offset) {
		if (value == null || value.isBlank()) {
			return '\t';
		}
		try {
			int parsed = Integer.parseInt(value.trim(), 16);
			if (parsed < 0 || parsed > 0xFF) {
				throw new NumberFormatException();
			}
			return (byte) parsed;
		}
		catch (NumberFormatException ex) {
			throw new RetsParseException("Invalid DELIMITER value '" + value + "'; expected a hexadecimal byte such as 09",
					offset);
		}
	}

	private static Long parseCount(String value, long offset) {
		if (value == null) {
			return null;
		}
		try {
			return Long.valueOf(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new RetsParseException("Invalid COUNT Records value '" + value + "'", offset);
		}
	}

	private static String valueOrEmpty(String value) {
		return (value != null) ? value : "";
	}

}
