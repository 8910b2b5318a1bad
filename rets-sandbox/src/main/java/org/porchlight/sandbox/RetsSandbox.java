package org.porchlight.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ThreadFactory;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import com.sun.net.httpserver.HttpServer;
import org.porchlight.sandbox.internal.http.SandboxHttpHandler;
import org.porchlight.sandbox.internal.listing.ListingStore;
import org.porchlight.sandbox.internal.listing.PhotoLibrary;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;
import org.porchlight.sandbox.internal.openhouse.OpenHouseStore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A running RETS 1.7.2 server that acts like the flexmls "demomls" gateway: it serves the captured
 * metadata of resource Property, the three captured class A records and generated listings, and
 * their photos, and open houses of those listings as resource OpenHouse. Start one with
 * {@link #start(SandboxConfig)} and stop it with {@link #close()}.
 *
 * <p>Transactions are served at {@code /rets2_1/Login}, {@code /rets2_1/GetMetadata},
 * {@code /rets2_1/Search}, {@code /rets2_1/GetObject} and {@code /rets2_1/Logout}.
 */
public final class RetsSandbox implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(RetsSandbox.class);

	private final HttpServer server;

	private final ExecutorService executor;

	private final ListingStore store;

	private final OpenHouseStore openHouses;

	private final URI loginUrl;

	private RetsSandbox(HttpServer server, ExecutorService executor, ListingStore store, OpenHouseStore openHouses,
			URI loginUrl) {
		this.server = server;
		this.executor = executor;
		this.store = store;
		this.openHouses = openHouses;
		this.loginUrl = loginUrl;
	}

	/**
	 * Generates the listings and starts serving.
	 * @throws UncheckedIOException if the address cannot be bound
	 */
	public static RetsSandbox start(SandboxConfig config) {
		MetadataCatalog catalog = SharedData.CATALOG;
		ListingStore store = new ListingStore(catalog, SharedData.PHOTOS, config.listingCount(), config.seed(),
				config.clock());
		OpenHouseStore openHouses = new OpenHouseStore(catalog, store, config.seed(), config.clock());
		// The JDK server writes headers and body separately; without TCP_NODELAY each small reply waits for the
		// client's delayed ACK (about 40 ms on Linux). The property is read once, before the first server starts.
		System.setProperty("sun.net.httpserver.nodelay", "true");
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(config.host(), config.port()), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to listen on " + config.host() + ":" + config.port(), ex);
		}
		int port = server.getAddress().getPort();
		String host = config.host().contains(":") ? "[" + config.host() + "]" : config.host();
		String baseUrl = "http://" + host + ":" + port;
		ExecutorService executor = Executors.newFixedThreadPool(config.threads(), new WorkerThreads(port));
		server.setExecutor(executor);
		server.createContext("/", new SandboxHttpHandler(config, catalog, store, openHouses, baseUrl));
		server.start();
		URI loginUrl = URI.create(baseUrl + RetsTransaction.LOGIN.path());
		logger.info("RETS sandbox listening at {} with {} listings (seed {})", loginUrl, store.allKeys().size(),
				config.seed());
		return new RetsSandbox(server, executor, store, openHouses, loginUrl);
	}

	/** Returns the URL of the Login transaction, such as {@code http://127.0.0.1:6103/rets2_1/Login}. */
	public URI loginUrl() {
		return this.loginUrl;
	}

	/** Returns the TCP port the sandbox listens on, the chosen one when the configured port was 0. */
	public int port() {
		return this.server.getAddress().getPort();
	}

	/** Returns the served listings, for tests that change the feed. */
	public SandboxListings listings() {
		return this.store;
	}

	/** Returns the served open houses, for tests that change them. */
	public SandboxOpenHouses openHouses() {
		return this.openHouses;
	}

	/** Stops listening, ends open exchanges and stops the request threads. */
	@Override
	public void close() {
		this.server.stop(0);
		this.executor.shutdownNow();
		try {
			if (!this.executor.awaitTermination(5, TimeUnit.SECONDS)) {
				logger.warn("RETS sandbox request threads did not stop within 5 seconds");
			}
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
		logger.info("RETS sandbox at {} stopped", this.loginUrl);
	}

	/** The read-only data every sandbox in the JVM shares, loaded once. */
	private static final class SharedData {

		static final MetadataCatalog CATALOG = MetadataCatalog.load();

		static final PhotoLibrary PHOTOS = PhotoLibrary.load();

	}

	/** Names the request threads after the port and makes them daemons. */
	private static final class WorkerThreads implements ThreadFactory {

		private final int port;

		private final AtomicInteger count = new AtomicInteger();

		WorkerThreads(int port) {
			this.port = port;
		}

		@Override
		public Thread newThread(Runnable task) {
			Thread thread = new Thread(task, "rets-sandbox-" + this.port + "-" + this.count.incrementAndGet());
			thread.setDaemon(true);
			return thread;
		}

	}

}
