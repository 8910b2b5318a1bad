package org.porchlight.sandbox;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The filter chain that fault injection plugs into.
 */
class SandboxFilterTests {

	@Test
	void filterCanReplaceResponse() {
		SandboxFilter unavailable = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH) {
				response.sendError(503, "Service Unavailable");
				return;
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(SandboxConfig.builder().listingCount(5).filter(unavailable))) {
			TestRetsClient client = TestRetsClient.basic(sandbox);

			assertThat(client.login().statusCode()).isEqualTo(200);
			assertThat(client.get(RetsTransaction.SEARCH, searchArguments("1")).statusCode()).isEqualTo(503);
		}
	}

	@Test
	void filterCanDropOffset() {
		SandboxFilter ignoreOffset = (request, response, chain) -> chain.proceed(request.withoutParameter("Offset"),
				response);
		try (RetsSandbox sandbox = start(SandboxConfig.builder().listingCount(20).filter(ignoreOffset))) {
			TestRetsClient client = TestRetsClient.basic(sandbox);
			client.login();

			CompactReply first = CompactReply.parse(client.get(RetsTransaction.SEARCH, searchArguments("1")).body());
			CompactReply second = CompactReply.parse(client.get(RetsTransaction.SEARCH, searchArguments("6")).body());

			assertThat(second.only().column("LIST_1")).isEqualTo(first.only().column("LIST_1"));
		}
	}

	@Test
	void filterCanExpireSessions() {
		AtomicInteger searches = new AtomicInteger();
		SandboxFilter expireSecondSearch = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH && searches.incrementAndGet() == 2) {
				request.expireSession();
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(SandboxConfig.builder().listingCount(5).filter(expireSecondSearch))) {
			TestRetsClient client = TestRetsClient.digest(sandbox);
			client.login();

			assertThat(client.get(RetsTransaction.SEARCH, searchArguments("1")).statusCode()).isEqualTo(200);
			assertThat(client.get(RetsTransaction.SEARCH, searchArguments("1")).statusCode()).isEqualTo(401);
			client.login();
			assertThat(client.get(RetsTransaction.SEARCH, searchArguments("1")).statusCode()).isEqualTo(200);
		}
	}

	@Test
	void filterCanTruncateBody() {
		SandboxFilter truncate = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH) {
				response.wrapBody(CuttingStream::new);
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(SandboxConfig.builder().listingCount(5).filter(truncate))) {
			TestRetsClient client = TestRetsClient.basic(sandbox);
			client.login();

			assertThatThrownBy(() -> client.get(RetsTransaction.SEARCH, searchArguments("1")))
				.hasRootCauseInstanceOf(IOException.class);
		}
	}

	@Test
	void filterCanDropConnection() {
		SandboxFilter drop = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH) {
				response.abortConnection();
				return;
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(SandboxConfig.builder().listingCount(5).filter(drop))) {
			TestRetsClient client = TestRetsClient.basic(sandbox);
			client.login();

			assertThatThrownBy(() -> client.get(RetsTransaction.SEARCH, searchArguments("1")))
				.hasRootCauseInstanceOf(IOException.class);
		}
	}

	@Test
	void filterSeesSequenceNumbers() {
		Map<Long, RetsTransaction> seen = new java.util.concurrent.ConcurrentHashMap<>();
		SandboxFilter record = (request, response, chain) -> {
			seen.put(request.sequenceNumber(), request.transaction());
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(SandboxConfig.builder().listingCount(1).filter(record))) {
			TestRetsClient.basic(sandbox).login();

			assertThat(seen).containsEntry(1L, RetsTransaction.LOGIN).containsEntry(2L, RetsTransaction.LOGIN);
		}
	}

	private static RetsSandbox start(SandboxConfig.Builder builder) {
		return RetsSandbox.start(builder.build());
	}

	private static Map<String, String> searchArguments(String offset) {
		Map<String, String> arguments = new LinkedHashMap<>();
		arguments.put("SearchType", "Property");
		arguments.put("Class", "A");
		arguments.put("QueryType", "DMQL2");
		arguments.put("Query", "(LIST_22=0+)");
		arguments.put("Select", "LIST_1");
		arguments.put("Limit", "5");
		arguments.put("Offset", offset);
		return arguments;
	}

	/** Passes the first 100 bytes, then fails, which ends the exchange with a short body. */
	private static final class CuttingStream extends FilterOutputStream {

		private int written;

		CuttingStream(OutputStream out) {
			super(out);
		}

		@Override
		public void write(int b) throws IOException {
			if (this.written++ >= 100) {
				throw new IOException("Body cut after 100 bytes");
			}
			super.write(b);
		}

		@Override
		public void write(byte[] b, int off, int len) throws IOException {
			for (int i = 0; i < len; i++) {
				write(b[off + i]);
			}
		}

	}

}
