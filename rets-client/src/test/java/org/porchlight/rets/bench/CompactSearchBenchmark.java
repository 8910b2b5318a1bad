package org.porchlight.rets.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.lang.management.GarbageCollectorMXBean;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.MemoryUsage;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicLong;

import javax.management.NotificationEmitter;
import javax.management.openmbean.CompositeData;

import com.sun.management.GarbageCollectionNotificationInfo;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;

/**
 * Measures how fast the client parses a large COMPACT search response into rows, beside a raw read of the same bytes
 * over the same loopback connection, and how much heap it needs. Run with {@code -Xmx64m} (the {@code bench} Maven
 * profile does): {@code mvn -B -pl rets-client -Pbench test-compile}.
 * <p>
 * Arguments (all optional): rows (170000), columns (60), runs (3).
 */
public final class CompactSearchBenchmark {

	private static final String LOGIN_BODY = "<RETS ReplyCode=\"0\" ReplyText=\"Operation Successful\">\n<RETS-RESPONSE>\n"
			+ "MemberName=Benchmark\nUser=bench,0,0,bench\nBroker=BENCH\nMetadataVersion=1.00.000\n"
			+ "Login=/rets/login\nSearch=/rets/search\nGetMetadata=/rets/getmetadata\nLogout=/rets/logout\n"
			+ "</RETS-RESPONSE>\n</RETS>\n";

	private static final AtomicLong maxHeapAfterGc = new AtomicLong();

	private CompactSearchBenchmark() {
	}

	public static void main(String[] args) throws Exception {
		int rows = (args.length > 0) ? Integer.parseInt(args[0]) : 170_000;
		int columns = (args.length > 1) ? Integer.parseInt(args[1]) : 60;
		int runs = (args.length > 2) ? Integer.parseInt(args[2]) : 3;
		Path file = Files.createTempFile("compact-search-", ".xml");
		try {
			long size = CompactResponseFile.write(file, columns, rows, 42L);
			System.out.printf(Locale.ROOT, "Response: %d rows x %d columns, %.1f MB (%d bytes), max heap %d MB%n", rows,
					columns, size / 1e6, size, Runtime.getRuntime().maxMemory() >> 20);
			listenToGarbageCollections();
			HttpServer server = serve(file, size);
			try {
				URI base = URI.create("http://127.0.0.1:" + server.getAddress().getPort());
				System.out.println("run | raw read s | raw MB/s | parse s | parse MB/s | rows/s | parse/raw | peak heap MB | max heap after GC MB");
				for (int run = 0; run <= runs; run++) {
					double rawSeconds = rawRead(base.resolve("/rets/search"), size);
					resetPeaks();
					long start = System.nanoTime();
					long parsed = parse(base.resolve("/rets/login"), rows);
					double parseSeconds = (System.nanoTime() - start) / 1e9;
					String label = (run == 0) ? "warm-up" : Integer.toString(run);
					System.out.printf(Locale.ROOT, "%s | %.2f | %.0f | %.2f | %.0f | %.0f | %.2f | %.1f | %.1f%n", label,
							rawSeconds, size / 1e6 / rawSeconds, parseSeconds, size / 1e6 / parseSeconds,
							parsed / parseSeconds, parseSeconds / rawSeconds, peakHeap() / 1e6,
							maxHeapAfterGc.get() / 1e6);
				}
			}
			finally {
				server.stop(0);
			}
		}
		finally {
			Files.deleteIfExists(file);
		}
	}

	private static long parse(URI loginUrl, int expectedRows) {
		AtomicLong rows = new AtomicLong();
		AtomicLong characters = new AtomicLong();
		try (RetsClient client = RetsClient.create(RetsClientConfig.builder()
			.loginUrl(loginUrl)
			.username("bench")
			.password("bench-password")
			.build())) {
			client.login();
			SearchResult result = client.search(SearchRequest.builder("Property", "A").query("(FIELD_0=0+)").build(),
					(row) -> {
						rows.incrementAndGet();
						characters.addAndGet(row.get("FIELD_5").length());
					});
			if (result.rowCount() != expectedRows || rows.get() != expectedRows) {
				throw new IllegalStateException("Expected " + expectedRows + " rows but the client returned " + rows.get());
			}
		}
		return rows.get();
	}

	private static double rawRead(URI url, long size) throws IOException, InterruptedException {
		HttpClient client = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
		long start = System.nanoTime();
		HttpResponse<InputStream> response = client.send(HttpRequest.newBuilder(url).build(),
				HttpResponse.BodyHandlers.ofInputStream());
		long total = 0;
		byte[] buffer = new byte[1 << 16];
		try (InputStream body = response.body()) {
			int read;
			while ((read = body.read(buffer)) >= 0) {
				total += read;
			}
		}
		double seconds = (System.nanoTime() - start) / 1e9;
		if (total != size) {
			throw new IllegalStateException("Read " + total + " bytes of " + size);
		}
		return seconds;
	}

	private static HttpServer serve(Path file, long size) throws IOException {
		HttpServer server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		server.createContext("/", (exchange) -> {
			try (exchange) {
				exchange.getRequestBody().readAllBytes();
				exchange.getResponseHeaders().add("RETS-Version", "RETS/1.7.2");
				exchange.getResponseHeaders().add("Content-Type", "text/xml");
				String path = exchange.getRequestURI().getPath();
				if (path.endsWith("/search")) {
					sendFile(exchange, file, size);
				}
				else {
					byte[] body = (path.endsWith("/logout") ? "<RETS ReplyCode=\"0\" ReplyText=\"Goodbye\"/>" : LOGIN_BODY)
						.getBytes(StandardCharsets.UTF_8);
					exchange.sendResponseHeaders(200, body.length);
					exchange.getResponseBody().write(body);
				}
			}
		});
		server.start();
		return server;
	}

	private static void sendFile(HttpExchange exchange, Path file, long size) throws IOException {
		exchange.sendResponseHeaders(200, size);
		try (InputStream input = Files.newInputStream(file); OutputStream output = exchange.getResponseBody()) {
			input.transferTo(output);
		}
	}

	private static void listenToGarbageCollections() {
		for (GarbageCollectorMXBean collector : ManagementFactory.getGarbageCollectorMXBeans()) {
			((NotificationEmitter) collector).addNotificationListener((notification, handback) -> {
				if (!GarbageCollectionNotificationInfo.GARBAGE_COLLECTION_NOTIFICATION.equals(notification.getType())) {
					return;
				}
				GarbageCollectionNotificationInfo info = GarbageCollectionNotificationInfo
					.from((CompositeData) notification.getUserData());
				java.util.Set<String> heapPools = heapPools().stream().map(MemoryPoolMXBean::getName)
					.collect(java.util.stream.Collectors.toSet());
				long used = info.getGcInfo().getMemoryUsageAfterGc().entrySet().stream()
					.filter((pool) -> heapPools.contains(pool.getKey()))
					.mapToLong((pool) -> pool.getValue().getUsed())
					.sum();
				maxHeapAfterGc.accumulateAndGet(used, Math::max);
			}, null, null);
		}
	}

	private static void resetPeaks() {
		System.gc();
		maxHeapAfterGc.set(0);
		heapPools().forEach(MemoryPoolMXBean::resetPeakUsage);
	}

	/** Sums the peak usage of the heap pools; an upper bound, because pools peak at different moments. */
	private static long peakHeap() {
		return heapPools().stream().mapToLong((pool) -> pool.getPeakUsage().getUsed()).sum();
	}

	private static List<MemoryPoolMXBean> heapPools() {
		return ManagementFactory.getMemoryPoolMXBeans().stream().filter((pool) -> pool.getType() == MemoryType.HEAP).toList();
	}

}
