package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.search.Dmql;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.sandbox.AuthScheme;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxFilter;

/** Session renewal, retries, timeouts and throttling against the sandbox with injected faults. */
class ResilienceTests {

	@Test
	void sessionExpiringEveryThirdRequest() {
		AtomicInteger requests = new AtomicInteger();
		AtomicInteger logins = new AtomicInteger();
		SandboxFilter expiring = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.LOGIN) {
				logins.incrementAndGet();
			}
			else if (request.transaction() != RetsTransaction.LOGOUT && requests.incrementAndGet() % 3 == 0) {
				request.expireSession();
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(expiring); RetsClient client = RetsClient.create(config(sandbox).build())) {
			client.login();
			List<String> keys = new ArrayList<>();

			SearchResult result = client.searchAll(SearchRequest.builder("Property", "A")
				.query(Dmql.field("LIST_22").greaterOrEqual(0))
				.select(List.of("LIST_1", "LIST_133"))
				.limit(20)
				.build(), (row) -> keys.add(row.get("LIST_1")));
			List<String> withPhotos = sandbox.listings()
				.allKeys()
				.stream()
				.filter((key) -> !"0".equals(sandbox.listings().record(key).get("LIST_133")))
				.limit(4)
				.toList();
			int photos = 0;
			for (String key : withPhotos) {
				GetObjectResult objects = client.getObject(ObjectRequest.all("Property", "Photo", key),
						(object) -> object.content().readAllBytes());
				assertThat(objects.complete()).isTrue();
				photos += objects.delivered();
			}

			assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sandbox.listings().allKeys());
			assertThat(result.complete()).isTrue();
			assertThat(photos).isPositive();
			assertThat(logins.get()).isGreaterThan(3);
		}
	}

	@Test
	void serverErrorThenSuccessIsRetried() {
		AtomicInteger searches = new AtomicInteger();
		SandboxFilter failingOnce = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH && searches.incrementAndGet() == 1) {
				response.sendError(503, "Service Unavailable");
				return;
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(failingOnce); RetsClient client = RetsClient.create(config(sandbox).build())) {
			SearchResult result = client.search(keyQuery(), (row) -> {
			});

			assertThat(result.rowCount()).isEqualTo(5);
			assertThat(searches.get()).isEqualTo(2);
		}
	}

	@Test
	void serverErrorAfterLastAttemptFails() {
		AtomicInteger searches = new AtomicInteger();
		SandboxFilter failing = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH) {
				searches.incrementAndGet();
				response.sendError(502, "Bad Gateway");
				return;
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(failing);
				RetsClient client = RetsClient.create(config(sandbox).maxAttempts(3).build())) {
			assertThatThrownBy(() -> client.search(keyQuery(), (row) -> {
			})).isInstanceOfSatisfying(RetsHttpException.class, (ex) -> assertThat(ex.status()).isEqualTo(502));
			assertThat(searches.get()).isEqualTo(3);
		}
	}

	@Test
	void droppedConnectionThenSuccessIsRetried() {
		AtomicInteger requests = new AtomicInteger();
		SandboxFilter dropping = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.GET_METADATA && requests.incrementAndGet() == 1) {
				response.abortConnection();
				return;
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(dropping); RetsClient client = RetsClient.create(config(sandbox).build())) {
			assertThat(client.metadata().resources()).isNotEmpty();
			assertThat(requests.get()).isGreaterThan(1);
		}
	}

	@Test
	void responseCutBeforeRowsIsRetried() {
		AtomicInteger searches = new AtomicInteger();
		SandboxFilter cutting = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH && searches.incrementAndGet() == 1) {
				response.wrapBody((out) -> new CuttingStream(out, 60));
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(cutting); RetsClient client = RetsClient.create(config(sandbox).build())) {
			SearchResult result = client.search(keyQuery(), (row) -> {
			});

			assertThat(result.rowCount()).isEqualTo(5);
			assertThat(searches.get()).isEqualTo(2);
		}
	}

	@Test
	void responseCutAfterRowsFails() {
		AtomicInteger searches = new AtomicInteger();
		SandboxFilter cutting = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH) {
				searches.incrementAndGet();
				response.wrapBody((out) -> new CuttingStream(out, 6000));
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(cutting); RetsClient client = RetsClient.create(config(sandbox).build())) {
			List<String> keys = new ArrayList<>();

			assertThatThrownBy(() -> client.search(SearchRequest.builder("Property", "A")
				.query(Dmql.field("LIST_22").greaterOrEqual(0))
				.build(), (row) -> keys.add(row.get("LIST_1")))).isInstanceOf(RetsException.class);
			assertThat(keys).isNotEmpty();
			assertThat(searches.get()).isEqualTo(1);
		}
	}

	@Test
	void logoutIsNotRetried() {
		AtomicInteger logouts = new AtomicInteger();
		SandboxFilter failing = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.LOGOUT) {
				logouts.incrementAndGet();
				response.sendError(503, "Service Unavailable");
				return;
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(failing); RetsClient client = RetsClient.create(config(sandbox).build())) {
			client.login();
			client.logout();

			assertThat(logouts.get()).isEqualTo(1);
		}
	}

	@Test
	void slowReplyTimesOut() {
		SandboxFilter slow = slowSearches(1000);
		try (RetsSandbox sandbox = start(slow);
				RetsClient client = RetsClient.create(
						config(sandbox).responseTimeout(Duration.ofMillis(200)).maxAttempts(1).build())) {
			client.login();

			assertThatThrownBy(() -> client.search(keyQuery(), (row) -> {
			})).isInstanceOf(RetsException.class).hasMessageContaining("timed out");
		}
	}

	@Test
	void slowFirstReplyIsRetried() {
		AtomicInteger searches = new AtomicInteger();
		SandboxFilter slowOnce = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH && searches.incrementAndGet() == 1) {
				pause(1000);
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = start(slowOnce);
				RetsClient client = RetsClient.create(
						config(sandbox).responseTimeout(Duration.ofMillis(300)).maxAttempts(2).build())) {
			SearchResult result = client.search(keyQuery(), (row) -> {
			});

			assertThat(result.rowCount()).isEqualTo(5);
			assertThat(searches.get()).isEqualTo(2);
		}
	}

	@Test
	void requestRateIsLimited() {
		try (RetsSandbox sandbox = start((request, response, chain) -> chain.proceed(request, response));
				RetsClient client = RetsClient.create(config(sandbox).maxRequestsPerSecond(20).build())) {
			long started = System.nanoTime();
			client.login();
			for (int i = 0; i < 5; i++) {
				client.search(keyQuery(), (row) -> {
				});
			}
			Duration elapsed = Duration.ofNanos(System.nanoTime() - started);

			assertThat(elapsed).isGreaterThanOrEqualTo(Duration.ofMillis(5 * 50 - 10));
		}
	}

	@Test
	void nestedTransactionKeepsItsSlot() {
		try (RetsSandbox sandbox = start((request, response, chain) -> chain.proceed(request, response));
				RetsClient client = RetsClient.create(config(sandbox).maxConcurrentTransactions(1).build())) {
			AtomicInteger objects = new AtomicInteger();

			client.search(keyQuery(), (row) -> client.getObject(ObjectRequest.one("Property", "Photo", row.get("LIST_1"), 1),
					(object) -> objects.incrementAndGet()));

			assertThat(objects.get()).isPositive();
		}
	}

	@ParameterizedTest(name = "qop offered: {0}")
	@ValueSource(booleans = { true, false })
	void digestWithAndWithoutQop(boolean qop) {
		AtomicInteger withQop = new AtomicInteger();
		AtomicInteger digest = new AtomicInteger();
		try (RetsSandbox sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("agent")
			.password("sandbox-pw")
			.listingCount(10)
			.authSchemes(AuthScheme.DIGEST)
			.digestQop(qop)
			.filter((request, response, chain) -> {
				String authorization = request.header("Authorization").orElse("");
				if (authorization.startsWith("Digest")) {
					digest.incrementAndGet();
					if (authorization.contains("qop=")) {
						withQop.incrementAndGet();
					}
				}
				chain.proceed(request, response);
			})
			.build()); RetsClient client = RetsClient.create(config(sandbox).authMode(AuthMode.DIGEST).build())) {
			client.login();
			SearchResult result = client.search(keyQuery(), (row) -> {
			});

			assertThat(result.rowCount()).isEqualTo(5);
			assertThat(digest.get()).isPositive();
			assertThat(withQop.get()).isEqualTo(qop ? digest.get() : 0);
		}
	}

	/** Passes on the first {@code limit} bytes of a body, then fails the write as a dropped connection does. */
	private static final class CuttingStream extends FilterOutputStream {

		private int remaining;

		CuttingStream(OutputStream out, int limit) {
			super(out);
			this.remaining = limit;
		}

		@Override
		public void write(int value) throws IOException {
			if (this.remaining <= 0) {
				this.out.flush();
				throw new IOException("Body cut for the test");
			}
			this.remaining--;
			this.out.write(value);
		}

		@Override
		public void write(byte[] bytes, int offset, int length) throws IOException {
			for (int i = 0; i < length; i++) {
				write(bytes[offset + i]);
			}
		}

	}

	private static SandboxFilter slowSearches(long millis) {
		return (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.SEARCH) {
				pause(millis);
			}
			chain.proceed(request, response);
		};
	}

	/** Makes the sandbox slow to respond, as an overloaded server is; the client is what the test observes. */
	private static void pause(long millis) {
		try {
			Thread.sleep(millis);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

	private static SearchRequest keyQuery() {
		return SearchRequest.builder("Property", "A")
			.query(Dmql.field("LIST_22").greaterOrEqual(0))
			.select(List.of("LIST_1"))
			.limit(5)
			.build();
	}

	static RetsSandbox start(SandboxFilter filter) {
		return RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("agent")
			.password("sandbox-pw")
			.listingCount(60)
			.seed(11L)
			.maxRows(25)
			.filter(filter)
			.build());
	}

	static RetsClientConfig.Builder config(RetsSandbox sandbox) {
		return RetsClientConfig.builder()
			.loginUrl(sandbox.loginUrl())
			.username("agent")
			.password("sandbox-pw")
			.retryBaseDelay(Duration.ofMillis(10));
	}

}
