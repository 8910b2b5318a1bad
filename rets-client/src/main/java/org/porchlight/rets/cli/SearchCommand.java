package org.porchlight.rets.cli;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rets search}: runs one Search transaction and writes the rows as JSON Lines or CSV.
 */
@Command(name = "search", mixinStandardHelpOptions = true,
		description = "Runs a Search and writes the rows to standard output as JSON Lines or CSV.")
final class SearchCommand extends TransactionCommand {

	/** Row output formats. */
	enum Output {

		jsonl, csv

	}

	/** Search response formats the client parses. */
	enum Format {

		compact(SearchFormat.COMPACT), compact_decoded(SearchFormat.COMPACT_DECODED);

		private final SearchFormat searchFormat;

		Format(SearchFormat searchFormat) {
			this.searchFormat = searchFormat;
		}

	}

	@Option(names = "--resource", required = true, paramLabel = "RESOURCE",
			description = "SearchType, the resource to search, such as Property.")
	String resource;

	@Option(names = "--class", required = true, paramLabel = "CLASS", description = "Class of the resource, such as A.")
	String className;

	@Option(names = "--query", required = true, paramLabel = "DMQL", description = "DMQL2 query, such as (LIST_15=|A).")
	String query;

	@Option(names = "--select", paramLabel = "FIELDS", split = ",",
			description = "Comma-separated SystemNames to return; all fields when omitted.")
	List<String> select = new ArrayList<>();

	@Option(names = "--limit", paramLabel = "ROWS", description = "Maximum number of rows the server should return.")
	Integer limit;

	@Option(names = "--all",
			description = "Fetch every matching row, one Search per page of --limit rows (paging by Offset).")
	boolean all;

	@Option(names = "--format", paramLabel = "FORMAT", defaultValue = "compact", converter = FormatConverter.class,
			description = "Response format to request: compact or compact-decoded (default ${DEFAULT-VALUE}).")
	Format format;

	@Option(names = "--output", paramLabel = "OUTPUT", defaultValue = "jsonl",
			description = "Output format: jsonl (one JSON object per row) or csv (RFC 4180, header row first; "
					+ "default ${DEFAULT-VALUE}).")
	Output output;

	@Override
	int run(RetsClient client, Capabilities capabilities) {
		SearchRequest request = SearchRequest.builder(this.resource, this.className)
			.query(this.query)
			.select(this.select)
			.limit(this.limit)
			.format(this.format.searchFormat)
			.build();
		RowWriter writer = (this.output == Output.csv) ? new CsvRowWriter() : new JsonLinesRowWriter();
		SearchResult result = this.all ? client.searchAll(request, writer::write) : client.search(request, writer::write);
		writer.finish(result.columns().isEmpty() ? this.select : result.columns());
		out().flush();
		String total = result.totalCount().isPresent() ? " of " + result.totalCount().getAsLong() : "";
		progress("Wrote " + result.rowCount() + total + " rows" + (result.maxRowsExceeded()
				? "; the server reported MAXROWS, so more rows may match" : ""));
		return RetsCommand.SUCCESS;
	}

	private interface RowWriter {

		void write(SearchRow row);

		void finish(List<String> columns);

	}

	private final class JsonLinesRowWriter implements RowWriter {

		private final JsonWriter json = new JsonWriter(out());

		@Override
		public void write(SearchRow row) {
			Map<String, String> values = new LinkedHashMap<>();
			for (String column : row.columns()) {
				values.put(column, row.get(column));
			}
			this.json.object(values);
			out().write('\n');
		}

		@Override
		public void finish(List<String> columns) {
		}

	}

	private final class CsvRowWriter implements RowWriter {

		private boolean headerWritten;

		@Override
		public void write(SearchRow row) {
			header(row.columns());
			List<String> values = new ArrayList<>(row.columns().size());
			for (String column : row.columns()) {
				values.add(row.get(column));
			}
			record(values);
		}

		@Override
		public void finish(List<String> columns) {
			header(columns);
		}

		private void header(List<String> columns) {
			if (!this.headerWritten && !columns.isEmpty()) {
				this.headerWritten = true;
				record(columns);
			}
		}

		private void record(List<String> values) {
			StringBuilder line = new StringBuilder();
			for (int i = 0; i < values.size(); i++) {
				if (i > 0) {
					line.append(',');
				}
				line.append(Csv.quote(values.get(i)));
			}
			out().write(line.append("\r\n").toString());
		}

	}

	/** Accepts the format names as RETS spells them, such as {@code COMPACT-DECODED}. */
	static final class FormatConverter implements picocli.CommandLine.ITypeConverter<Format> {

		@Override
		public Format convert(String value) {
			String name = value.trim().toLowerCase(java.util.Locale.ROOT).replace('-', '_');
			return Arrays.stream(Format.values())
				.filter((format) -> format.name().equals(name))
				.findFirst()
				.orElseThrow(() -> new picocli.CommandLine.TypeConversionException(
						"expected compact or compact-decoded but was '" + value + "'"));
		}

	}

}
