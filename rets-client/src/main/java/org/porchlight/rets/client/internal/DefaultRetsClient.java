package org.porchlight.rets.client.internal;

import java.io.IOException;
import java.net.URI;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.internal.metadata.MetadataLoader;
import org.porchlight.rets.client.internal.object.GetObjectTransaction;
import org.porchlight.rets.client.internal.search.PagedSearch;
import org.porchlight.rets.client.internal.search.SearchTransaction;
import org.porchlight.rets.client.internal.session.LoginTransaction;
import org.porchlight.rets.client.internal.session.LogoutTransaction;
import org.porchlight.rets.client.internal.transport.RetsTransport;
import org.porchlight.rets.client.internal.transport.TransactionScope;
import org.porchlight.rets.client.metadata.MetadataTable;
import org.porchlight.rets.client.metadata.MetadataTables;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.ObjectSink;
import org.porchlight.rets.client.search.RowHandler;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The {@link RetsClient} of this library: keeps the session (capability URLs) and hands each transaction to the
 * class that implements it. Every transaction runs in its own {@link TransactionScope}.
 */
public final class DefaultRetsClient implements RetsClient {

	private static final Logger logger = LoggerFactory.getLogger(DefaultRetsClient.class);

	private final RetsClientConfig config;

	private final RetsTransport transport;

	private Capabilities capabilities;

	private final java.util.Map<String, String> keyFields = new java.util.HashMap<>();

	public DefaultRetsClient(RetsClientConfig config) {
		this.config = config;
		this.transport = new RetsTransport(config);
		this.transport.sessionRenewal(this::renewSession);
	}

	@Override
	public Capabilities login() {
		try (TransactionScope scope = TransactionScope.open()) {
			logger.debug("{} Logging in to {} as {}", scope.id(), this.config.loginUrl(), this.config.username());
			this.transport.clearSession();
			this.transport.version(this.config.retsVersion());
			this.capabilities = new LoginTransaction(this.transport).executeWithVersionFallback(scope.id(),
					this.config.loginUrl());
			return this.capabilities;
		}
	}

	/** Logs in again after the server ended the session, dropping its cookies first. */
	private URI renewSession(String transactionId, String transaction) {
		this.transport.clearSession();
		this.capabilities = new LoginTransaction(this.transport).executeWithVersionFallback(transactionId,
				this.config.loginUrl());
		return this.capabilities.url(transaction).orElse(null);
	}

	@Override
	public RetsMetadata metadata() {
		URI url = capability("GetMetadata");
		try (TransactionScope scope = TransactionScope.open()) {
			return new MetadataLoader(this.transport).load(scope.id(), url);
		}
	}

	@Override
	public MetadataTables metadata(String type, String id) {
		URI url = capability("GetMetadata");
		try (TransactionScope scope = TransactionScope.open()) {
			return new MetadataLoader(this.transport).loadTables(url, type, id);
		}
	}

	@Override
	public SearchResult search(SearchRequest request, RowHandler handler) {
		URI url = capability("Search");
		try (TransactionScope scope = TransactionScope.open()) {
			return new SearchTransaction(this.transport).execute(scope.id(), url, request, handler);
		}
	}

	@Override
	public SearchResult searchAll(SearchRequest request, RowHandler handler) {
		URI url = capability("Search");
		try (TransactionScope scope = TransactionScope.open()) {
			return new PagedSearch(new SearchTransaction(this.transport), this::keyField).execute(url, request, handler);
		}
	}

	@Override
	public GetObjectResult getObject(ObjectRequest request, ObjectSink sink) {
		URI url = capability("GetObject");
		try (TransactionScope scope = TransactionScope.open()) {
			return new GetObjectTransaction(this.transport).execute(scope.id(), url, request, sink);
		}
	}

	@Override
	public void logout() {
		if (this.capabilities == null) {
			return;
		}
		URI url = this.capabilities.url("Logout").orElse(null);
		this.capabilities = null;
		if (url != null) {
			try (TransactionScope scope = TransactionScope.open()) {
				new LogoutTransaction(this.transport).execute(scope.id(), url);
			}
		}
		this.transport.clearSession();
	}

	@Override
	public void close() {
		try {
			logout();
		}
		finally {
			try {
				this.transport.close();
			}
			catch (IOException ex) {
				logger.warn("{} Closing the HTTP client failed: {}", TransactionScope.current(), ex.toString());
			}
		}
	}

	/**
	 * Returns the KeyField of a resource from METADATA-RESOURCE, loaded once per client, or {@code null} when the
	 * server offers no such metadata.
	 */
	private String keyField(String resourceId) {
		String cached = this.keyFields.get(resourceId.toLowerCase(java.util.Locale.ROOT));
		if (cached != null) {
			return cached;
		}
		URI url = capability("GetMetadata");
		try (TransactionScope scope = TransactionScope.open()) {
			for (MetadataTable table : new MetadataLoader(this.transport).loadTables(url, "RESOURCE", "0").tables()) {
				for (java.util.Map<String, String> row : table.rows()) {
					String keyField = row.get("KeyField");
					if (resourceId.equalsIgnoreCase(row.get("ResourceID")) && keyField != null && !keyField.isBlank()) {
						this.keyFields.put(resourceId.toLowerCase(java.util.Locale.ROOT), keyField);
						return keyField;
					}
				}
			}
			logger.warn("{} METADATA-RESOURCE names no KeyField for {}", scope.id(), resourceId);
			return null;
		}
		catch (RetsException ex) {
			logger.warn("{} Loading METADATA-RESOURCE to find the KeyField of {} failed: {}", TransactionScope.current(),
					resourceId, ex.getMessage());
			return null;
		}
	}

	/** Returns the URL of a transaction, logging in first when no session is open. */
	private URI capability(String transaction) {
		if (this.capabilities == null) {
			login();
		}
		return this.capabilities.url(transaction)
			.orElseThrow(() -> new RetsException("The server offers no " + transaction + " capability; "
					+ "the login returned " + this.capabilities.urls().keySet()));
	}

}
