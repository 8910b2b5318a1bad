package org.porchlight.rets.client.internal.search;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;

import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.transport.TransactionScope;
import org.porchlight.rets.client.search.CountMode;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a search in pages with a 1-based {@code Offset}, one Search transaction per page, until the result is
 * complete. A page without rows ends it, and so does a page after which the server reports neither MAXROWS nor
 * more matches (COUNT) than were read. The page size is the request's limit. Without one, the first page uses
 * the server's default, and later pages request as many rows as the first page returned.
 * <p>
 * A server that ignores Offset returns the first page again. That is detected before any row of the repeated
 * page reaches the handler, and the search stops with an error instead of delivering duplicates.
 */
public final class PagedSearch {

	private static final Logger logger = LoggerFactory.getLogger(PagedSearch.class);

	private final SearchTransaction transaction;

	public PagedSearch(SearchTransaction transaction) {
		this.transaction = transaction;
	}

	public SearchResult execute(URI searchUrl, SearchRequest request, RowHandler handler) {
		if (request.countMode() == CountMode.COUNT_ONLY) {
			try (TransactionScope scope = TransactionScope.open()) {
				return this.transaction.execute(scope.id(), searchUrl, request, handler);
			}
		}
		Integer pageSize = request.limit();
		int offset = (request.offset() != null) ? request.offset() : 1;
		Map<String, String> previousFirstRow = null;
		int previousOffset = 0;
		long delivered = 0;
		List<String> columns = List.of();
		OptionalLong totalCount = OptionalLong.empty();
		while (true) {
			SearchRequest page = pageRequest(request, pageSize, offset);
			FirstRowGuard guard = new FirstRowGuard(handler, previousFirstRow);
			SearchOutcome outcome;
			try (TransactionScope scope = TransactionScope.open()) {
				try {
					outcome = this.transaction.executeOutcome(scope.id(), searchUrl, page, guard);
				}
				catch (RepeatedPageException ex) {
					throw new RetsException("The server ignores the Offset argument: the page at Offset=" + offset
							+ " starts with the same row as the page at Offset=" + previousOffset + " ("
							+ describe(ex.row) + "). Stopped after " + delivered + " rows to avoid duplicates; this server "
							+ "needs paging by key ranges instead of Offset.");
				}
			}
			delivered += outcome.rowsDelivered();
			if (!outcome.columns().isEmpty()) {
				columns = outcome.columns();
			}
			if (totalCount.isEmpty()) {
				totalCount = outcome.totalCount();
			}
			long position = offset - 1L + outcome.rowsRead();
			if (outcome.rowsRead() == 0 || outcome.replyCode() == ReplyCodes.NO_RECORDS_FOUND
					|| !morePages(outcome, position)) {
				logger.debug("{} Paged search {}:{} finished with {} rows", TransactionScope.current(),
						request.searchType(), request.searchClass(), delivered);
				return new SearchResult(columns, delivered, totalCount, false, 0);
			}
			if (pageSize == null) {
				pageSize = (int) outcome.rowsRead();
			}
			previousFirstRow = guard.firstRow;
			previousOffset = offset;
			offset += (int) outcome.rowsRead();
		}
	}

	/** Decides from the page that ended at row {@code position} of the whole result whether more rows follow. */
	private static boolean morePages(SearchOutcome outcome, long position) {
		if (outcome.totalCount().isPresent()) {
			return position < outcome.totalCount().getAsLong();
		}
		return outcome.maxRows();
	}

	private static String describe(Map<String, String> row) {
		String text = row.entrySet().stream().limit(3).map(Object::toString).reduce((a, b) -> a + ", " + b).orElse("");
		return (row.size() > 3) ? text + ", ..." : text;
	}

	private static SearchRequest pageRequest(SearchRequest request, Integer pageSize, int offset) {
		return SearchRequest.builder(request.searchType(), request.searchClass())
			.query(request.query())
			.select(new ArrayList<>(request.select()))
			.limit(pageSize)
			.offset(offset)
			.countMode(CountMode.RECORDS_AND_COUNT)
			.format(request.format())
			.build();
	}

	/** Passes rows on, but first checks that a page does not start with the previous page's first row. */
	private static final class FirstRowGuard implements RowHandler {

		private final RowHandler handler;

		private final Map<String, String> previousFirstRow;

		private Map<String, String> firstRow;

		FirstRowGuard(RowHandler handler, Map<String, String> previousFirstRow) {
			this.handler = handler;
			this.previousFirstRow = previousFirstRow;
		}

		@Override
		public void handle(org.porchlight.rets.client.search.SearchRow row) {
			if (this.firstRow == null) {
				this.firstRow = row.toMap();
				if (this.firstRow.equals(this.previousFirstRow)) {
					throw new RepeatedPageException(this.firstRow);
				}
			}
			this.handler.handle(row);
		}

	}

	private static final class RepeatedPageException extends RuntimeException {

		private final transient Map<String, String> row;

		RepeatedPageException(Map<String, String> row) {
			super(null, null, false, false);
			this.row = row;
		}

	}

}
