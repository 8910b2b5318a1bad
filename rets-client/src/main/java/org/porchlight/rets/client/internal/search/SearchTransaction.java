package org.porchlight.rets.client.internal.search;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;

import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.internal.transport.RetsRequest;
import org.porchlight.rets.client.internal.transport.RetsResponse;
import org.porchlight.rets.client.internal.transport.RetsTransport;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchFormat;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** The Search transaction for one request: builds the arguments and streams the response through the parser. */
public final class SearchTransaction {

	private static final Logger logger = LoggerFactory.getLogger(SearchTransaction.class);

	private final RetsTransport transport;

	public SearchTransaction(RetsTransport transport) {
		this.transport = transport;
	}

	public SearchResult execute(String transactionId, URI searchUrl, SearchRequest request, RowHandler handler) {
		return toResult(executeOutcome(transactionId, searchUrl, request, handler));
	}

	/**
	 * Runs the search. A response that breaks off (a dropped connection or a body cut before {@code </RETS>}) before
	 * any row reached the handler is requested again, as the retry settings allow.
	 */
	SearchOutcome executeOutcome(String transactionId, URI searchUrl, SearchRequest request, RowHandler handler) {
		int attempt = 1;
		while (true) {
			CountingHandler counting = new CountingHandler(handler);
			try {
				return executeOnce(transactionId, searchUrl, request, counting);
			}
			catch (BrokenResponseException ex) {
				if (counting.rows > 0 || !this.transport.awaitRetry(transactionId, "Search", attempt, ex.failure)) {
					throw ex.failure;
				}
				attempt++;
			}
		}
	}

	private SearchOutcome executeOnce(String transactionId, URI searchUrl, SearchRequest request, RowHandler handler) {
		RetsRequest retsRequest = new RetsRequest("Search", searchUrl, arguments(request));
		try (RetsResponse response = this.transport.execute(transactionId, retsRequest)) {
			SearchOutcome outcome;
			if (request.format() == SearchFormat.STANDARD_XML) {
				outcome = new StandardXmlSearchParser(response.contentType().charset(), handler).parse(response.body());
			}
			else {
				outcome = new CompactSearchParser(transactionId, response.textDecoder(), handler,
						this.transport.config().rowShapePolicy())
					.parse(response.body());
			}
			logger.debug("{} Search {}:{} returned {} rows (COUNT {}, MAXROWS {}, reply {})", transactionId,
					request.searchType(), request.searchClass(), outcome.rowsRead(),
					outcome.totalCount().isPresent() ? outcome.totalCount().getAsLong() : "absent", outcome.maxRows(),
					outcome.replyCode());
			return outcome;
		}
		catch (IOException ex) {
			throw new BrokenResponseException(new RetsException("Search " + request.searchType() + ":"
					+ request.searchClass() + " failed while reading the response: " + ex, ex));
		}
		catch (TruncatedResponseException ex) {
			throw new BrokenResponseException(ex);
		}
	}

	/** Counts the rows that reached the caller's handler. */
	private static final class CountingHandler implements RowHandler {

		private final RowHandler handler;

		private long rows;

		CountingHandler(RowHandler handler) {
			this.handler = handler;
		}

		@Override
		public void handle(SearchRow row) {
			this.rows++;
			this.handler.handle(row);
		}

	}

	/** A response that broke off while it was read. */
	private static final class BrokenResponseException extends RuntimeException {

		private final RuntimeException failure;

		BrokenResponseException(RuntimeException failure) {
			super(null, null, false, false);
			this.failure = failure;
		}

	}

	static SearchResult toResult(SearchOutcome outcome) {
		return new SearchResult(outcome.columns(), outcome.rowsDelivered(), outcome.totalCount(), outcome.maxRows(),
				outcome.replyCode(), outcome.malformedRows(), outcome.reshapedRows(), outcome.cleanedCharacters());
	}

	static Map<String, String> arguments(SearchRequest request) {
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("SearchType", request.searchType());
		arguments.put("Class", request.searchClass());
		arguments.put("QueryType", "DMQL2");
		arguments.put("Query", request.query());
		arguments.put("Format", request.format().argument());
		arguments.put("Count", Integer.toString(request.countMode().argument()));
		arguments.put("Limit", (request.limit() != null) ? request.limit().toString() : "NONE");
		if (request.offset() != null) {
			arguments.put("Offset", request.offset().toString());
		}
		if (!request.select().isEmpty()) {
			arguments.put("Select", String.join(",", request.select()));
		}
		arguments.put("StandardNames", request.standardNames() ? "1" : "0");
		if (request.restrictedIndicator() != null) {
			arguments.put("RestrictedIndicator", request.restrictedIndicator());
		}
		return arguments;
	}

}
