package org.porchlight.sandbox;

import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Feed changes for benchmarks of a sandbox that runs as its own process: photo counts at start-up, and an HTTP
 * endpoint on the loopback address that changes a share of the Active listings while a client replicates them.
 *
 * <p>{@code POST /changes?percent=P} raises the list price (LIST_22) of P percent of the Active listings, those
 * with the highest keys, by 1,000. Each change moves the listing's modification timestamp past every other
 * record's, as {@link SandboxListings#setField} does. The reply is {@code changed N listings} in plain text.
 */
final class SandboxAdmin implements AutoCloseable {

	private static final Logger logger = LoggerFactory.getLogger(SandboxAdmin.class);

	static final String CHANGES_PATH = "/changes";

	private static final String PHOTO_COUNT_FIELD = "LIST_133";

	private static final String PRICE_FIELD = "LIST_22";

	private static final BigDecimal PRICE_STEP = BigDecimal.valueOf(1_000);

	private final HttpServer server;

	private SandboxAdmin(HttpServer server) {
		this.server = server;
	}

	/**
	 * Starts the endpoint on 127.0.0.1, whatever address the sandbox itself listens on.
	 * @param port the TCP port; {@code 0} picks a free one
	 * @throws UncheckedIOException if the port cannot be bound
	 */
	static SandboxAdmin start(int port, SandboxListings listings) {
		HttpServer server;
		try {
			server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), port), 0);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Failed to listen on the loopback address, port " + port, ex);
		}
		server.createContext(CHANGES_PATH, (exchange) -> handleChanges(exchange, listings));
		server.start();
		return new SandboxAdmin(server);
	}

	/** Returns the TCP port the endpoint listens on. */
	int port() {
		return this.server.getAddress().getPort();
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/**
	 * Gives the first {@code photoListings} Active listings, in key order, {@code photosPerListing} photos each, and
	 * every other listing none.
	 * @return how many listings got photos, fewer than {@code photoListings} when fewer listings are Active
	 */
	static int setPhotoCounts(SandboxListings listings, int photoListings, int photosPerListing) {
		List<String> active = listings.activeKeys();
		int withPhotos = Math.min(photoListings, active.size());
		Set<String> photoKeys = new HashSet<>(active.subList(0, withPhotos));
		for (String key : listings.allKeys()) {
			String count = photoKeys.contains(key) ? Integer.toString(photosPerListing) : "0";
			if (!listings.record(key).get(PHOTO_COUNT_FIELD).equals(count)) {
				listings.setField(key, PHOTO_COUNT_FIELD, count);
			}
		}
		return withPhotos;
	}

	/**
	 * Raises the list price of {@code percent} percent of the Active listings, rounded to the nearest listing but at
	 * least one when {@code percent} is above 0.
	 * @return how many listings changed
	 */
	static int changePrices(SandboxListings listings, BigDecimal percent) {
		List<String> active = listings.activeKeys();
		long share = percent.multiply(BigDecimal.valueOf(active.size()))
			.divide(BigDecimal.valueOf(100))
			.setScale(0, RoundingMode.HALF_UP)
			.longValueExact();
		int count = (int) Math.min(active.size(), (percent.signum() > 0) ? Math.max(1, share) : 0);
		for (int i = 0; i < count; i++) {
			String key = active.get(active.size() - 1 - i);
			String price = listings.record(key).get(PRICE_FIELD);
			BigDecimal raised = price.isEmpty() ? PRICE_STEP : new BigDecimal(price).add(PRICE_STEP);
			listings.setField(key, PRICE_FIELD, raised.toPlainString());
		}
		return count;
	}

	private static void handleChanges(HttpExchange exchange, SandboxListings listings) throws IOException {
		try (exchange) {
			if (!exchange.getRequestMethod().equals("POST")) {
				exchange.getResponseHeaders().set("Allow", "POST");
				reply(exchange, 405, "Use POST " + CHANGES_PATH + "?percent=P\n");
				return;
			}
			BigDecimal percent;
			try {
				percent = percent(exchange.getRequestURI().getRawQuery());
			}
			catch (IllegalArgumentException ex) {
				reply(exchange, 400, ex.getMessage() + "\n");
				return;
			}
			int changed = changePrices(listings, percent);
			logger.info("Raised the list price of {} Active listings ({}%)", changed, percent.toPlainString());
			reply(exchange, 200, "changed " + changed + " listings\n");
		}
	}

	/** Reads the {@code percent} parameter, a decimal number from 0 to 100. */
	static BigDecimal percent(String query) {
		String value = null;
		if (query != null) {
			for (String parameter : query.split("&")) {
				if (parameter.startsWith("percent=")) {
					value = parameter.substring("percent=".length());
				}
			}
		}
		if (value == null) {
			throw new IllegalArgumentException("Missing parameter percent, such as percent=1");
		}
		BigDecimal percent;
		try {
			percent = new BigDecimal(value);
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException("percent must be a decimal number, was '" + value + "'", ex);
		}
		if (percent.signum() < 0 || percent.compareTo(BigDecimal.valueOf(100)) > 0) {
			throw new IllegalArgumentException("percent must be between 0 and 100, was " + value);
		}
		return percent;
	}

	private static void reply(HttpExchange exchange, int status, String text) throws IOException {
		byte[] body = text.getBytes(StandardCharsets.UTF_8);
		exchange.getResponseHeaders().set("Content-Type", "text/plain; charset=UTF-8");
		exchange.sendResponseHeaders(status, body.length);
		try (OutputStream out = exchange.getResponseBody()) {
			out.write(body);
		}
	}

}
