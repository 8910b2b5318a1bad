package org.porchlight.sync.openhouse;

import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxOpenHouses;
import org.porchlight.sync.engine.EngineRuns;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Open houses replicated from a sandbox over loopback as one scenario: the first run stores the upcoming Active
 * ones and skips an invalid row, a run three days later drops those that ended, a further run rewrites only the
 * open house that changed, and a failed write keeps the set.
 * The sandbox and the sync share one clock, so "upcoming" means the same to both. Subclasses pick the database.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
abstract class OpenHouseReplicationTests {

	static final Instant START = Instant.parse("2026-06-10T15:00:00Z");

	/** The sandbox's TimeZoneOffset, in which its DateTime values are written. */
	private static final ZoneOffset SERVER_OFFSET = ZoneOffset.of("-05:00");

	/** Put into the showing agent's fields of some open houses; it must reach no column. */
	private static final String CANARY = "CNRY";

	static final MovableClock clock = new MovableClock(START);

	@TempDir
	static Path photoDirectory;

	private static RetsSandbox sandbox;

	private static String invalidKey;

	@Autowired
	private ApplicationContext context;

	@Autowired
	private OpenHouseWriter writer;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void startSandbox() {
		clock.set(START);
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("sync")
			.password("sync-secret")
			.listingCount(80)
			.seed(7L)
			.maxRows(10)
			.clock(clock)
			.build());
		SandboxOpenHouses openHouses = sandbox.openHouses();
		List<String> upcoming = expectedKeys(START);
		for (String key : upcoming.subList(0, 3)) {
			openHouses.setField(key, "EVENT601", CANARY + "-last-name");
			openHouses.setField(key, "EVENT603", CANARY + "-phone");
		}
		invalidKey = upcoming.get(3);
		openHouses.setField(invalidKey, "EVENT200", "half past noon");
	}

	@AfterAll
	static void stopSandbox() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@DynamicPropertySource
	static void sandboxProperties(DynamicPropertyRegistry registry) {
		registry.add("porchlight.rets.login-url", () -> sandbox.loginUrl().toString());
		registry.add("porchlight.rets.username", () -> "sync");
		registry.add("porchlight.rets.password", () -> "sync-secret");
		registry.add("porchlight.sync.photo-directory", () -> photoDirectory.toString());
	}

	@Test
	@Order(1)
	void firstRunStoresUpcomingActiveOpenHouses() {
		SyncRun run = EngineRuns.runNow(this.context, SyncRunMode.FULL);

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		Set<String> expected = Set.copyOf(expectedKeys(START));
		assertThat(expected).contains(invalidKey);
		assertThat(storedKeys()).isEqualTo(without(expected, invalidKey));
		Map<String, String> record = sandbox.openHouses().record(expectedKeys(START).get(0));
		Map<String, Object> row = this.jdbc.queryForMap("select * from open_house where open_house_key = ?",
				record.get("EVENT0"));
		assertThat(row.get("listing_key")).isEqualTo(record.get("LIST_1"));
		assertThat(row.get("listing_id")).isEqualTo(record.get("LIST_105"));
		assertThat(row.get("open_house_date").toString()).isEqualTo(record.get("EVENT100"));
		assertThat(instant(row.get("start_time"))).isEqualTo(serverTime(record.get("EVENT200")));
		assertThat(instant(row.get("end_time"))).isEqualTo(serverTime(record.get("EVENT300")));
		assertThat(row.get("open_house_type")).isEqualTo(record.get("EVENT500"));
	}

	@Test
	@Order(2)
	void invalidRowIsRecordedWithItsKey() {
		List<Map<String, Object>> errors = this.jdbc.queryForList("select listing_key, message from sync_run_error");

		assertThat(errors).hasSize(1);
		assertThat(errors.get(0).get("message").toString()).contains(invalidKey).contains("half past noon");
		assertThat(errors.get(0).get("listing_key")).isEqualTo(sandbox.openHouses().record(invalidKey).get("LIST_1"));
	}

	@Test
	@Order(3)
	void showingAgentReachesNoColumn() {
		List<Map<String, Object>> rows = this.jdbc.queryForList("select * from open_house");

		assertThat(rows).isNotEmpty();
		assertThat(rows).allSatisfy((row) -> assertThat(row.values().toString()).doesNotContain(CANARY));
		assertThat(rows.get(0).keySet()).noneMatch((column) -> column.toLowerCase().contains("agent"));
	}

	@Test
	@Order(4)
	void laterRunDropsEndedOpenHouses() {
		Set<String> before = storedKeys();
		Instant later = START.plus(Duration.ofDays(3));
		clock.set(later);

		SyncRun run = EngineRuns.runNow(this.context, SyncRunMode.INCREMENTAL);

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		Set<String> after = storedKeys();
		assertThat(after).isEqualTo(without(Set.copyOf(expectedKeys(later)), invalidKey));
		assertThat(after).hasSizeLessThan(before.size());
		assertThat(this.jdbc.queryForObject("select count(*) from open_house where visible_until <= ?", Integer.class,
				later.atOffset(ZoneOffset.UTC))).isZero();
	}

	@Test
	@Order(5)
	void laterRunRewritesOnlyChangedOpenHouses() {
		Map<String, Object> before = rowsByKey();
		String changedKey = before.keySet().stream().sorted().findFirst().orElseThrow();
		sandbox.openHouses().setField(changedKey, "EVENT500", "Broker Tour");

		SyncRun run = EngineRuns.runNow(this.context, SyncRunMode.INCREMENTAL);

		assertThat(run.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		Map<String, Object> after = rowsByKey();
		assertThat(after.keySet()).isEqualTo(before.keySet());
		assertThat(after).allSatisfy((key, row) -> {
			if (key.equals(changedKey)) {
				assertThat(row).isNotEqualTo(before.get(key)).asString().contains("Broker Tour");
			}
			else {
				assertThat(row).isEqualTo(before.get(key));
			}
		});
	}

	@Test
	@Order(6)
	void failedWriteKeepsStoredSet() {
		Set<String> before = storedKeys();
		OpenHouseRecord openHouse = new OpenHouseRecord("OH-DUPLICATE", "L1", null, LocalDate.of(2026, 6, 20),
				START, null, START.plus(Duration.ofDays(20)), null, null, null);

		assertThatExceptionOfType(DataIntegrityViolationException.class)
			.isThrownBy(() -> this.writer.replace("default", List.of(openHouse, openHouse), START));
		assertThat(storedKeys()).isEqualTo(before);
	}

	@Test
	@Order(7)
	void fieldCatalogNamesPublicLabels() {
		Map<String, String> standardNames = this.jdbc
			.queryForList("select label, standard_name from feed_field where feed_id = 'default'")
			.stream()
			.collect(Collectors.toMap((row) -> row.get("label").toString(), (row) -> row.get("standard_name").toString()));

		assertThat(standardNames).containsEntry("List Price", "ListPrice")
			.containsEntry("Total Bedrooms", "Bedrooms")
			.containsEntry("Public Remarks", "PublicRemarks");
		assertThat(standardNames).doesNotContainKeys("Private Remarks", "Owner", "How To Show", "Elementary School");
	}

	/** Returns each stored open house's row id, type and storage time, by its key. */
	private Map<String, Object> rowsByKey() {
		return this.jdbc
			.queryForList("select open_house_key, id, open_house_type, stored_at from open_house where feed_id = 'default'")
			.stream()
			.collect(Collectors.toMap((row) -> row.get("open_house_key").toString(),
					(row) -> List.of(row.get("id"), String.valueOf(row.get("open_house_type")),
							String.valueOf(row.get("stored_at")))));
	}

	private Set<String> storedKeys() {
		return Set.copyOf(this.jdbc.queryForList("select open_house_key from open_house where feed_id = 'default'",
				String.class));
	}

	/** Computes the Active open houses that have not ended at {@code now} from the sandbox's records. */
	private static List<String> expectedKeys(Instant now) {
		SandboxOpenHouses openHouses = sandbox.openHouses();
		return openHouses.allKeys()
			.stream()
			.map(openHouses::record)
			.filter((record) -> record.get("EVENT510").equals("Active"))
			.filter((record) -> serverTime(record.get("EVENT300")).isAfter(now))
			.map((record) -> record.get("EVENT0"))
			.toList();
	}

	private static Set<String> without(Set<String> keys, String removed) {
		return keys.stream().filter((key) -> !key.equals(removed)).collect(Collectors.toSet());
	}

	private static Instant serverTime(String text) {
		return LocalDateTime.parse(text).toInstant(SERVER_OFFSET);
	}

	private static Instant instant(Object value) {
		if (value instanceof java.time.OffsetDateTime offsetDateTime) {
			return offsetDateTime.toInstant();
		}
		return ((java.sql.Timestamp) value).toInstant();
	}

	/** The clock of the sandbox and of the open-house step, set by the tests. */
	static final class MovableClock extends Clock {

		private volatile Instant now;

		MovableClock(Instant start) {
			this.now = start;
		}

		void set(Instant instant) {
			this.now = instant;
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			throw new UnsupportedOperationException("MovableClock is always in UTC");
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

	@TestConfiguration(proxyBeanMethods = false)
	static class ClockConfiguration {

		@Bean
		Clock openHouseClock() {
			return clock;
		}

	}

}
