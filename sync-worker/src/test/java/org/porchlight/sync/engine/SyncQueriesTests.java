package org.porchlight.sync.engine;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Set;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.metadata.ListingClassProfile;

import static org.assertj.core.api.Assertions.assertThat;

class SyncQueriesTests {

	private static final ListingClassProfile PROFILE = new ListingClassProfile("Property", "A", "LIST_1", "LIST_15",
			"status", Set.of("B2", "A1"), "LIST_87", "LIST_133", "LIST_134");

	@Test
	void activeQueryListsActiveCodes() {
		assertThat(SyncEngine.activeQuery(PROFILE)).isEqualTo("(LIST_15=|A1,B2)");
	}

	@Test
	void modifiedSinceUsesServerOffset() {
		Instant since = Instant.parse("2024-03-01T10:15:30.750Z");

		assertThat(SyncEngine.modifiedSinceQuery(PROFILE, since, ZoneOffset.ofHours(-5)))
			.isEqualTo("(LIST_87=2024-03-01T05:15:30+)");
		assertThat(SyncEngine.modifiedSinceQuery(PROFILE, since, ZoneOffset.UTC))
			.isEqualTo("(LIST_87=2024-03-01T10:15:30+)");
	}

}
