package org.porchlight.rets.client.internal;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.ObjectSink;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;

/** Placeholder implementation; the real one replaces this class. */
public final class DefaultRetsClient implements RetsClient {

	public DefaultRetsClient(RetsClientConfig config) {
	}

	@Override
	public Capabilities login() {
		throw new UnsupportedOperationException();
	}

	@Override
	public RetsMetadata metadata() {
		throw new UnsupportedOperationException();
	}

	@Override
	public SearchResult search(SearchRequest request, RowHandler handler) {
		throw new UnsupportedOperationException();
	}

	@Override
	public SearchResult searchAll(SearchRequest request, RowHandler handler) {
		throw new UnsupportedOperationException();
	}

	@Override
	public GetObjectResult getObject(ObjectRequest request, ObjectSink sink) {
		throw new UnsupportedOperationException();
	}

	@Override
	public void logout() {
	}

	@Override
	public void close() {
	}

}
