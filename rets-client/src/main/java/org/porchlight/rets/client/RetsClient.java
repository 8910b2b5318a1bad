package org.porchlight.rets.client;

import org.porchlight.rets.client.metadata.MetadataTables;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.ObjectSink;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;

/**
 * A RETS session with one server. Not thread-safe: use one client per thread, or synchronize.
 *
 * <pre>
 * try (RetsClient client = RetsClient.create(config)) {
 *     client.login();
 *     RetsMetadata metadata = client.metadata();
 *     client.search(request, (row) -&gt; store(row));
 *     client.getObject(ObjectRequest.all("Property", "Photo", key), (object) -&gt; save(object));
 * }
 * </pre>
 *
 * {@link #close()} logs out when a session is open and releases the connections.
 * <p>
 * GetMetadata, Search, GetObject and Login are sent again after a 5xx or 429 status or a connection that failed
 * before the response arrived, as {@link RetsClientConfig.Builder#maxAttempts(int)} allows. When the server ends
 * the session (HTTP 401 or 412, or reply 20037) during another transaction, the client logs in again once with
 * fresh cookies and repeats the transaction.
 */
public interface RetsClient extends AutoCloseable {

	static RetsClient create(RetsClientConfig config) {
		return new org.porchlight.rets.client.internal.DefaultRetsClient(config);
	}

	/** Logs in and returns the capability URLs. */
	Capabilities login();

	/**
	 * Loads SYSTEM, RESOURCE, CLASS, TABLE, LOOKUP, LOOKUP_TYPE and OBJECT metadata for every resource. Logs in
	 * first when no session is open.
	 */
	RetsMetadata metadata();

	/**
	 * Loads one metadata type in generic form, for any type including those {@link RetsMetadata} does not model,
	 * such as {@code SEARCH_HELP}, {@code EDITMASK}, {@code FOREIGNKEYS}, {@code UPDATE_TYPE} or
	 * {@code VALIDATION_EXPRESSION}. Logs in first when no session is open.
	 * @param type the type with or without its {@code METADATA-} prefix
	 * @param id the ID argument, such as {@code 0}, {@code Property}, {@code Property:A} or {@code *}
	 */
	default MetadataTables metadata(String type, String id) {
		throw new UnsupportedOperationException("This RetsClient does not load generic metadata");
	}

	/** Runs a search and hands every row to {@code handler} as it is read. Reply 20201 is an empty result. */
	SearchResult search(SearchRequest request, RowHandler handler);

	/**
	 * Runs a search in pages of {@code request.limit()} rows (the server's cap when the limit is {@code null}),
	 * advancing Offset until every matching row was handed to {@code handler}. When the server ignores or rejects
	 * Offset, the pages continue by key ranges ({@code (KeyField=last+)}) on {@code request.keyField()} or the
	 * resource's KeyField from the metadata; a non-empty Select then also returns the key field. The returned result
	 * counts the rows of all pages; {@link SearchResult#complete()} reports whether they reached the server's COUNT.
	 */
	SearchResult searchAll(SearchRequest request, RowHandler handler);

	/** Fetches objects and hands each to {@code sink} as a stream. */
	GetObjectResult getObject(ObjectRequest request, ObjectSink sink);

	/** Logs out. Does nothing when no session is open. */
	void logout();

	/** Logs out if a session is open, then releases the HTTP connections. */
	@Override
	void close();

}
