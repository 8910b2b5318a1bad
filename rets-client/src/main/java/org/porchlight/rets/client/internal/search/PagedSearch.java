package org.porchlight.rets.client.internal.search;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;

import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.RetsHttpException;
import org.porchlight.rets.client.RetsReplyException;
import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.transport.TransactionScope;
import org.porchlight.rets.client.search.CountMode;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a search in pages, one Search transaction per page, until the result is complete.
 * <p>
 * Pages first advance a 1-based {@code Offset}. A page without rows ends the search, and so does a page after
 * which the server reports neither MAXROWS nor more matches (COUNT) than were read. The page size is the request's
 * limit. Without one, the first page uses the server's default, and later pages request as many rows as the first
 * page returned.
 * <p>
 * Some servers ignore Offset and return the first page again; that is detected before any row of the repeated page
 * reaches the handler. Others reject Offset (reply 20203 or 20206, or HTTP 400). In both cases the search goes on by
 * key ranges: {@code (KeyField=last+)} added to the query, with the key field from the request, else the resource's
 * KeyField in METADATA-RESOURCE, else the first column whose values in the first page were distinct. The key field
 * is added to a non-empty Select. Rows already delivered are recognised by
 * their key or, for rows delivered by Offset, by their content, and are not delivered twice.
 * <p>
 * NOTE: key ranges assume that the server returns each page in ascending key order, as the servers seen so far do
 * when capped by MAXROWS. A server that returns an arbitrary subset of the matches could make this skip rows.
 */
public final class PagedSearch {

	private static final Logger logger = LoggerFactory.getLogger(PagedSearch.class);

	private final SearchTransaction transaction;

	private final Function<String, String> keyFieldOfResource;

	/**
	 * @param keyFieldOfResource returns the KeyField of a resource (the search type), used only when the server does
	 * not page by Offset and the request names no key field
	 */
	public PagedSearch(SearchTransaction transaction, Function<String, String> keyFieldOfResource) {
		this.transaction = transaction;
		this.keyFieldOfResource = keyFieldOfResource;
	}

	public SearchResult execute(URI searchUrl, SearchRequest request, RowHandler handler) {
		if (request.countMode() == CountMode.COUNT_ONLY) {
			try (TransactionScope scope = TransactionScope.open()) {
				return this.transaction.execute(scope.id(), searchUrl, request, handler);
			}
		}
		Progress progress = new Progress(request);
		try {
			return byOffset(searchUrl, request, handler, progress);
		}
		catch (OffsetUnsupportedException ex) {
			logger.info("{} {}; paging {}:{} by key ranges instead", TransactionScope.current(), ex.getMessage(),
					request.searchType(), request.searchClass());
			return byKey(searchUrl, request, handler, progress);
		}
	}

	private SearchResult byOffset(URI searchUrl, SearchRequest request, RowHandler handler, Progress progress) {
		Integer pageSize = request.limit();
		int offset = (request.offset() != null) ? request.offset() : 1;
		Map<String, String> previousFirstRow = null;
		while (true) {
			SearchRequest page = request.toBuilder()
				.limit(pageSize)
				.offset(offset)
				.countMode(CountMode.RECORDS_AND_COUNT)
				.build();
			FirstRowGuard guard = new FirstRowGuard(progress.byOffset(handler), previousFirstRow, offset);
			SearchOutcome outcome;
			try (TransactionScope scope = TransactionScope.open()) {
				outcome = this.transaction.executeOutcome(scope.id(), searchUrl, page, guard);
			}
			catch (RetsReplyException ex) {
				if (ex.replyCode() == 20203 || ex.replyCode() == 20206) {
					throw new OffsetUnsupportedException("The server rejected Offset=" + offset + " with reply "
							+ ex.replyCode());
				}
				throw ex;
			}
			catch (RetsHttpException ex) {
				if (ex.status() == 400) {
					throw new OffsetUnsupportedException("The server rejected Offset=" + offset + " with HTTP 400");
				}
				throw ex;
			}
			progress.add(outcome);
			long position = offset - 1L + outcome.rowsRead();
			if (outcome.rowsRead() == 0 || outcome.replyCode() == ReplyCodes.NO_RECORDS_FOUND
					|| !morePages(outcome, position)) {
				return progress.result(request);
			}
			if (pageSize == null) {
				pageSize = (int) outcome.rowsRead();
			}
			previousFirstRow = guard.firstRow;
			offset += (int) outcome.rowsRead();
		}
	}

	private SearchResult byKey(URI searchUrl, SearchRequest request, RowHandler handler, Progress progress) {
		String keyField = (request.keyField() != null) ? request.keyField()
				: this.keyFieldOfResource.apply(request.searchType());
		if (keyField == null || keyField.isBlank()) {
			keyField = progress.guessKeyField();
			if (keyField == null) {
				throw new RetsException("The server does not page " + request.searchType() + ":"
						+ request.searchClass() + " by Offset, and no key field is known to page by key ranges; "
						+ "set keyField on the request");
			}
			logger.warn("{} No KeyField known for {}; paging by {}, the first column whose values were distinct",
					TransactionScope.current(), request.searchType(), keyField);
		}
		List<String> select = new ArrayList<>(request.select());
		if (!select.isEmpty() && select.stream().noneMatch(keyField::equalsIgnoreCase)) {
			select.add(keyField);
		}
		String lastKey = null;
		while (true) {
			SearchRequest page = request.toBuilder()
				.query(KeyWindows.query(request.query(), keyField, lastKey))
				.select(select)
				.offset(null)
				.countMode(CountMode.RECORDS_AND_COUNT)
				.build();
			KeyTracker tracker = new KeyTracker(keyField);
			SearchOutcome outcome;
			try (TransactionScope scope = TransactionScope.open()) {
				outcome = this.transaction.executeOutcome(scope.id(), searchUrl, page,
						tracker.wrap(progress.byKey(handler, keyField)));
			}
			progress.add(outcome);
			boolean more = outcome.maxRows() || (outcome.totalCount().isPresent()
					&& outcome.totalCount().getAsLong() > outcome.rowsRead());
			if (outcome.rowsRead() == 0 || !more || tracker.lastKey == null || tracker.lastKey.equals(lastKey)) {
				return progress.result(request);
			}
			lastKey = tracker.lastKey;
		}
	}

	/** Decides from the page that ended at row {@code position} of the whole result whether more rows follow. */
	private static boolean morePages(SearchOutcome outcome, long position) {
		if (outcome.totalCount().isPresent()) {
			return position < outcome.totalCount().getAsLong();
		}
		return outcome.maxRows();
	}

	/**
	 * The rows of all pages so far. Rows delivered by Offset are remembered by a fingerprint of their content, and rows
	 * delivered by key range by their key, so that the key-range pages deliver none of them again.
	 */
	private static final class Progress {

		private final List<String> fingerprintColumns;

		private final Set<Long> deliveredByOffset = new HashSet<>();

		private final Set<String> deliveredKeys = new HashSet<>();

		private final List<Map<String, String>> firstPage = new ArrayList<>();

		private boolean firstPageDone;

		/** The key column guessed from the complete first page, which is dropped once the guess is made. */
		private String firstPageKeyGuess;

		private List<String> columns = List.of();

		private OptionalLong totalCount = OptionalLong.empty();

		private long rows;

		private long skipped;

		private long reshaped;

		private long cleaned;

		Progress(SearchRequest request) {
			this.fingerprintColumns = request.select();
		}

		RowHandler byOffset(RowHandler handler) {
			return (row) -> {
				if (!this.firstPageDone) {
					this.firstPage.add(row.toMap());
				}
				this.deliveredByOffset.add(fingerprint(row));
				handler.handle(row);
				this.rows++;
			};
		}

		// NOTE: when the request selects columns without the key, two different records with equal values in them
		// look the same, and one delivered by Offset keeps its twin from being delivered by key range.
		RowHandler byKey(RowHandler handler, String keyField) {
			return (row) -> {
				String key = row.get(keyField);
				if (key != null && !this.deliveredKeys.add(key)) {
					return;
				}
				if (!this.deliveredByOffset.isEmpty() && this.deliveredByOffset.contains(fingerprint(row))) {
					return;
				}
				handler.handle(row);
				this.rows++;
			};
		}

		/**
		 * Returns the first column whose values in the first page were all present and distinct, or {@code null}.
		 * Servers usually put the key there, but this is a guess for servers whose metadata names no KeyField.
		 */
		String guessKeyField() {
			return this.firstPageDone ? this.firstPageKeyGuess : guessFromFirstPage();
		}

		private String guessFromFirstPage() {
			if (this.firstPage.isEmpty()) {
				return null;
			}
			for (String column : this.firstPage.get(0).keySet()) {
				Set<String> values = new HashSet<>();
				boolean distinct = this.firstPage.stream().allMatch((row) -> {
					String value = row.get(column);
					return value != null && !value.isEmpty() && values.add(value);
				});
				if (distinct) {
					return column;
				}
			}
			return null;
		}

		void add(SearchOutcome outcome) {
			if (!this.firstPageDone) {
				// The rows of a large first page would otherwise stay in memory until the whole search ends.
				this.firstPageKeyGuess = guessFromFirstPage();
				this.firstPage.clear();
			}
			this.firstPageDone = true;
			if (!outcome.columns().isEmpty() && this.columns.isEmpty()) {
				this.columns = outcome.columns();
			}
			if (this.totalCount.isEmpty()) {
				this.totalCount = outcome.totalCount();
			}
			this.skipped += outcome.malformedRows();
			this.reshaped += outcome.reshapedRows();
			this.cleaned += outcome.cleanedCharacters();
		}

		SearchResult result(SearchRequest request) {
			logger.debug("{} Paged search {}:{} finished with {} rows", TransactionScope.current(),
					request.searchType(), request.searchClass(), this.rows);
			return new SearchResult(this.columns, this.rows, this.totalCount, false, 0, this.skipped, this.reshaped,
					this.cleaned);
		}

		/** Computes a 64-bit FNV-1a hash of the requested columns' values (all columns when the request selects none). */
		private long fingerprint(SearchRow row) {
			List<String> names = this.fingerprintColumns.isEmpty() ? row.columns() : this.fingerprintColumns;
			long hash = 0xcbf29ce484222325L;
			for (String name : names) {
				String value = row.get(name);
				byte[] bytes = ((value != null) ? value : "\u0000").getBytes(StandardCharsets.UTF_8);
				for (byte current : bytes) {
					hash ^= current & 0xFF;
					hash *= 0x100000001b3L;
				}
				hash ^= 0x1F;
				hash *= 0x100000001b3L;
			}
			return hash;
		}

	}

	/**
	 * Remembers the key of the last row of a key-range page, which is the largest key when the server returns rows in
	 * key order, compared the way the server compares them.
	 */
	private static final class KeyTracker {

		private final String keyField;

		private String lastKey;

		KeyTracker(String keyField) {
			this.keyField = keyField;
		}

		RowHandler wrap(RowHandler handler) {
			return (row) -> {
				String key = row.get(this.keyField);
				if (key == null) {
					throw new RetsException("The key-range page has no column " + this.keyField
							+ " to page by; the server returned " + row.columns());
				}
				this.lastKey = key;
				handler.handle(row);
			};
		}

	}

	/** Passes rows on, but first checks that a page does not start with the previous page's first row. */
	private static final class FirstRowGuard implements RowHandler {

		private final RowHandler handler;

		private final Map<String, String> previousFirstRow;

		private final int offset;

		private Map<String, String> firstRow;

		FirstRowGuard(RowHandler handler, Map<String, String> previousFirstRow, int offset) {
			this.handler = handler;
			this.previousFirstRow = previousFirstRow;
			this.offset = offset;
		}

		@Override
		public void handle(SearchRow row) {
			if (this.firstRow == null) {
				this.firstRow = row.toMap();
				if (this.firstRow.equals(this.previousFirstRow)) {
					throw new OffsetUnsupportedException("The server ignores Offset: the page at Offset=" + this.offset
							+ " starts with the same row as the previous page");
				}
			}
			this.handler.handle(row);
		}

	}

	private static final class OffsetUnsupportedException extends RuntimeException {

		OffsetUnsupportedException(String message) {
			super(message, null, false, false);
		}

	}

}
