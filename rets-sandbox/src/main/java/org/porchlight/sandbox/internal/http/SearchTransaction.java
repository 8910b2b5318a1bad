package org.porchlight.sandbox.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Predicate;

import org.porchlight.sandbox.SandboxRequest;
import org.porchlight.sandbox.internal.XmlText;
import org.porchlight.sandbox.internal.dmql.DmqlParser;
import org.porchlight.sandbox.internal.dmql.DmqlSyntaxException;
import org.porchlight.sandbox.internal.dmql.FieldValues;
import org.porchlight.sandbox.internal.dmql.QueryCompiler;
import org.porchlight.sandbox.internal.dmql.UnknownFieldException;
import org.porchlight.sandbox.internal.listing.ListingStore;
import org.porchlight.sandbox.internal.metadata.FieldDefinition;
import org.porchlight.sandbox.internal.metadata.LookupValues;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;
import org.porchlight.sandbox.internal.openhouse.OpenHouseStore;

/**
 * Search: DMQL2 queries over the listings of Property class A or the open houses of OpenHouse class
 * OpenHouse, returned in COMPACT or
 * COMPACT-DECODED format in ascending key order. A reply contains at most the configured number of rows
 * and carries {@code <MAXROWS/>} when the row cap or the Limit left matching records out.
 */
final class SearchTransaction {

	private static final String RESOURCE = "Property";

	private final MetadataCatalog catalog;

	private final ListingStore store;

	private final OpenHouseStore openHouses;

	private final int maxRows;

	private final Clock clock;

	SearchTransaction(MetadataCatalog catalog, ListingStore store, OpenHouseStore openHouses, int maxRows,
			Clock clock) {
		this.catalog = catalog;
		this.store = store;
		this.openHouses = openHouses;
		this.maxRows = maxRows;
		this.clock = clock;
	}

	void handle(SandboxRequest request, ExchangeResponse response) throws IOException {
		byte[] body;
		try {
			body = search(request);
		}
		catch (SearchError error) {
			body = RetsReplies.reply(error.code, error.getMessage(), error.details);
		}
		response.send(200, RetsReplies.TEXT_XML, body, true);
	}

	private byte[] search(SandboxRequest request) {
		String resource = request.parameter("SearchType").orElse("").trim();
		String className = request.parameter("Class").orElse("").trim();
		if (!resource.equals(RESOURCE) && !resource.equals(OpenHouseStore.RESOURCE)) {
			throw new SearchError(RetsReplies.MISCELLANEOUS_SEARCH_ERROR,
					"RETS Server: Specified Resource (" + resource + ") is not valid.",
					"Valid Resources are:\n\t" + RESOURCE + "\n\t" + OpenHouseStore.RESOURCE);
		}
		Map<String, FieldDefinition> fields = this.catalog.fields(resource, className).orElse(null);
		if (fields == null) {
			StringBuilder valid = new StringBuilder("Valid Classes are:");
			for (String name : this.catalog.searchableClasses(resource)) {
				valid.append("\n\t").append(name);
			}
			throw new SearchError(RetsReplies.MISCELLANEOUS_SEARCH_ERROR,
					"RETS Server: Specified Class (" + className + ") is not valid.", valid.toString());
		}
		SearchArguments arguments = SearchArguments.read(request, fields);
		Predicate<FieldValues> matches = compileQuery(request, fields);
		List<FieldValues> matching = new ArrayList<>();
		for (FieldValues record : records(resource)) {
			if (matches.test(record)) {
				matching.add(record);
			}
		}
		if (matching.isEmpty()) {
			throw new SearchError(RetsReplies.NO_RECORDS_FOUND, "No Records Found.", "");
		}
		return write(arguments, fields, matching);
	}

	// Both stores are read as of the moment each record is reached, without copying them first.
	private Iterable<FieldValues> records(String resource) {
		if (resource.equals(OpenHouseStore.RESOURCE)) {
			return () -> this.openHouses.records()
				.stream()
				.map((record) -> (FieldValues) (name) -> record.getOrDefault(name, ""))
				.iterator();
		}
		return () -> this.store.listings().stream().map((listing) -> (FieldValues) listing::value).iterator();
	}

	private Predicate<FieldValues> compileQuery(SandboxRequest request, Map<String, FieldDefinition> fields) {
		String queryType = request.parameter("QueryType").orElse("").trim();
		if (!queryType.equalsIgnoreCase("DMQL2")) {
			throw new SearchError(RetsReplies.INVALID_QUERY_SYNTAX,
					"QueryType must be DMQL2, was '" + queryType + "'", "");
		}
		String query = request.parameter("Query").orElse("");
		ZoneOffset offset = this.catalog.timeZoneOffset();
		QueryCompiler compiler = new QueryCompiler(fields,
				() -> LocalDateTime.ofInstant(this.clock.instant(), offset), offset);
		try {
			return compiler.compile(DmqlParser.parse(query));
		}
		catch (DmqlSyntaxException ex) {
			throw new SearchError(RetsReplies.INVALID_QUERY_SYNTAX, "Invalid Query Syntax: " + ex.getMessage(), "");
		}
		catch (UnknownFieldException ex) {
			throw new SearchError(RetsReplies.UNKNOWN_QUERY_FIELD, "Unknown Query Field: " + ex.field(), "");
		}
	}

	private byte[] write(SearchArguments arguments, Map<String, FieldDefinition> fields, List<FieldValues> matching) {
		StringBuilder xml = new StringBuilder("<RETS ReplyCode=\"0\" ReplyText=\"Success\">\n");
		if (arguments.count() > 0) {
			xml.append("  <COUNT Records=\"").append(matching.size()).append("\"/>\n");
		}
		if (arguments.count() < 2) {
			int from = Math.min(arguments.offset() - 1, matching.size());
			int pageSize = Math.min(arguments.limit(), this.maxRows);
			int to = (int) Math.min((long) from + pageSize, matching.size());
			xml.append("  <DELIMITER value=\"09\"/>\n");
			xml.append("  <COLUMNS>\t");
			for (String column : arguments.columns()) {
				xml.append(column).append('\t');
			}
			xml.append("</COLUMNS>\n");
			for (FieldValues record : matching.subList(from, to)) {
				xml.append("  <DATA>\t");
				for (String column : arguments.columns()) {
					String value = record.get(column);
					if (arguments.decoded()) {
						value = decode(fields.get(column), value);
					}
					xml.append(XmlText.escape(value)).append('\t');
				}
				xml.append("</DATA>\n");
			}
			if (to < matching.size()) {
				xml.append("  <MAXROWS/>\n");
			}
		}
		xml.append("</RETS>\n");
		return xml.toString().getBytes(StandardCharsets.US_ASCII);
	}

	// COMPACT-DECODED sends LongValues in place of lookup codes, comma-joined for multi-value fields.
	private String decode(FieldDefinition field, String value) {
		if (value.isEmpty() || !field.isLookup()) {
			return value;
		}
		LookupValues lookup = this.catalog.lookup(field.lookupName()).orElse(null);
		if (lookup == null) {
			return value;
		}
		List<String> decoded = new ArrayList<>();
		for (String code : value.split(",")) {
			decoded.add(lookup.longValue(code).orElse(code));
		}
		return String.join(",", decoded);
	}

	/** The Select, Limit, Offset, Count and Format arguments of one search, checked. */
	private record SearchArguments(List<String> columns, int limit, int offset, int count, boolean decoded) {

		static SearchArguments read(SandboxRequest request, Map<String, FieldDefinition> fields) {
			String format = request.parameter("Format").orElse("COMPACT").trim().toUpperCase(Locale.ROOT);
			if (!format.equals("COMPACT") && !format.equals("COMPACT-DECODED")) {
				throw new SearchError(RetsReplies.MISCELLANEOUS_SEARCH_ERROR,
						"Format " + format + " is not supported; use COMPACT or COMPACT-DECODED", "");
			}
			if (request.parameter("StandardNames").orElse("0").trim().equals("1")) {
				throw new SearchError(RetsReplies.MISCELLANEOUS_SEARCH_ERROR,
						"StandardNames=1 is not supported; use SystemNames", "");
			}
			return new SearchArguments(columns(request, fields), limit(request), offset(request), count(request),
					format.equals("COMPACT-DECODED"));
		}

		private static List<String> columns(SandboxRequest request, Map<String, FieldDefinition> fields) {
			String select = request.parameter("Select").orElse("").trim();
			if (select.isEmpty()) {
				return List.copyOf(fields.keySet());
			}
			List<String> columns = new ArrayList<>();
			for (String name : select.split(",")) {
				String column = name.trim();
				if (!fields.containsKey(column)) {
					throw new SearchError(RetsReplies.INVALID_SELECT, "Invalid Select: unknown field " + column, "");
				}
				columns.add(column);
			}
			return columns;
		}

		private static int limit(SandboxRequest request) {
			String limit = request.parameter("Limit").orElse("NONE").trim();
			if (limit.isEmpty() || limit.equalsIgnoreCase("NONE")) {
				return Integer.MAX_VALUE;
			}
			return positive("Limit", limit, 1);
		}

		private static int offset(SandboxRequest request) {
			String offset = request.parameter("Offset").orElse("").trim();
			return offset.isEmpty() ? 1 : positive("Offset", offset, 1);
		}

		private static int count(SandboxRequest request) {
			String count = request.parameter("Count").orElse("0").trim();
			if (!count.equals("0") && !count.equals("1") && !count.equals("2")) {
				throw new SearchError(RetsReplies.MISCELLANEOUS_SEARCH_ERROR,
						"Count must be 0, 1 or 2, was '" + count + "'", "");
			}
			return Integer.parseInt(count);
		}

		private static int positive(String name, String value, int minimum) {
			try {
				int number = Integer.parseInt(value);
				if (number >= minimum) {
					return number;
				}
			}
			catch (NumberFormatException ex) {
				// Reported below with the value.
			}
			throw new SearchError(RetsReplies.MISCELLANEOUS_SEARCH_ERROR,
					name + " must be a whole number of at least " + minimum + ", was '" + value + "'", "");
		}

	}

	/** A search that ends with a reply code other than 0. */
	private static final class SearchError extends RuntimeException {

		private final int code;

		private final String details;

		SearchError(int code, String message, String details) {
			super(message);
			this.code = code;
			this.details = details;
		}

	}

}
