package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.search.Dmql;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxFilter;

/** searchAll against servers that honour, ignore or reject Offset, with and without a page size. */
class PagingTests {

	@ParameterizedTest(name = "limit {0}")
	@ValueSource(ints = { 20, 0 })
	void offsetHonoured(int limit) {
		AtomicInteger metadataRequests = new AtomicInteger();
		try (RetsSandbox sandbox = ResilienceTests.start(counting(metadataRequests));
				RetsClient client = RetsClient.create(ResilienceTests.config(sandbox).build())) {
			List<String> keys = new ArrayList<>();

			SearchResult result = client.searchAll(request(limit).build(), (row) -> keys.add(row.get("LIST_1")));

			assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sandbox.listings().allKeys());
			assertThat(result.complete()).isTrue();
			assertThat(metadataRequests.get()).isZero();
		}
	}

	@ParameterizedTest(name = "limit {0}")
	@ValueSource(ints = { 20, 0 })
	void offsetIgnoredPagesByKey(int limit) {
		AtomicInteger metadataRequests = new AtomicInteger();
		SandboxFilter ignoring = (request, response, chain) -> {
			SandboxFilter.Chain next = (changed, sameResponse) -> counting(metadataRequests).filter(changed, sameResponse,
					chain);
			next.proceed((request.transaction() == RetsTransaction.SEARCH) ? request.withoutParameter("Offset") : request,
					response);
		};
		try (RetsSandbox sandbox = ResilienceTests.start(ignoring);
				RetsClient client = RetsClient.create(ResilienceTests.config(sandbox).build())) {
			List<String> keys = new ArrayList<>();

			SearchResult result = client.searchAll(request(limit).build(), (row) -> keys.add(row.get("LIST_1")));

			assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sandbox.listings().allKeys());
			assertThat(result.rowCount()).isEqualTo(keys.size());
			assertThat(result.complete()).isTrue();
			assertThat(metadataRequests.get()).as("KeyField read from the metadata").isPositive();
		}
	}

	@Test
	void offsetRejectedPagesByRequestKey() {
		AtomicInteger metadataRequests = new AtomicInteger();
		AtomicInteger rejected = new AtomicInteger();
		SandboxFilter rejecting = (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.GET_METADATA) {
				metadataRequests.incrementAndGet();
			}
			if (request.transaction() == RetsTransaction.SEARCH && request.parameter("Offset").isPresent()) {
				rejected.incrementAndGet();
				response.sendReply(20203, "Offset is not supported");
				return;
			}
			chain.proceed(request, response);
		};
		try (RetsSandbox sandbox = ResilienceTests.start(rejecting);
				RetsClient client = RetsClient.create(ResilienceTests.config(sandbox).build())) {
			List<String> keys = new ArrayList<>();

			SearchResult result = client.searchAll(request(0).keyField("LIST_1").select(List.of("LIST_22")).build(),
					(row) -> keys.add(row.get("LIST_1")));

			assertThat(rejected.get()).isEqualTo(1);
			assertThat(keys).doesNotHaveDuplicates().containsExactlyInAnyOrderElementsOf(sandbox.listings().allKeys());
			assertThat(result.complete()).isTrue();
			assertThat(metadataRequests.get()).isZero();
		}
	}

	private static SandboxFilter counting(AtomicInteger metadataRequests) {
		return (request, response, chain) -> {
			if (request.transaction() == RetsTransaction.GET_METADATA) {
				metadataRequests.incrementAndGet();
			}
			chain.proceed(request, response);
		};
	}

	private static SearchRequest.Builder request(int limit) {
		return SearchRequest.builder("Property", "A")
			.query(Dmql.field("LIST_22").greaterOrEqual(0))
			.select(List.of("LIST_1", "LIST_22"))
			.limit((limit > 0) ? limit : null);
	}

}
