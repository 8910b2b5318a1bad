package org.porchlight.sync.engine;

import java.nio.file.Path;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;
import org.porchlight.sync.testsupport.PostgresDatabase;
import org.porchlight.testapp.WorkerTestApplication;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Two feeds, each a sandbox of its own with other listings, credentials and mapping overrides, synced into one
 * store. The sandbox serves one metadata set, so the feeds differ in their listings and in their configuration.
 */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(classes = WorkerTestApplication.class,
		properties = { "porchlight.sync.enabled=false", "porchlight.sync.page-size=10" })
@DirtiesContext
class MultiFeedTests {

	@TempDir
	static Path photoDirectory;

	private static RetsSandbox east;

	private static RetsSandbox west;

	@Autowired
	private SyncEngine engine;

	@Autowired
	private JdbcTemplate jdbc;

	@BeforeAll
	static void startSandboxes() {
		east = start("east", 20, 1L);
		west = start("west", 30, 2L);
	}

	private static RetsSandbox start(String user, int listings, long seed) {
		return RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username(user)
			.password(user + "-secret")
			.listingCount(listings)
			.seed(seed)
			.maxRows(25)
			.build());
	}

	@AfterAll
	static void stopSandboxes() {
		for (RetsSandbox sandbox : new RetsSandbox[] { east, west }) {
			if (sandbox != null) {
				sandbox.close();
			}
		}
	}

	@DynamicPropertySource
	static void properties(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
		// Spring Boot binds a list from one property source only, so every feed setting is registered here.
		registry.add("porchlight.feeds[0].id", () -> "east");
		registry.add("porchlight.feeds[0].rets.login-url", () -> east.loginUrl().toString());
		registry.add("porchlight.feeds[0].rets.username", () -> "east");
		registry.add("porchlight.feeds[0].rets.password", () -> "east-secret");
		registry.add("porchlight.feeds[1].id", () -> "west");
		registry.add("porchlight.feeds[1].rets.login-url", () -> west.loginUrl().toString());
		registry.add("porchlight.feeds[1].rets.username", () -> "west");
		registry.add("porchlight.feeds[1].rets.password", () -> "west-secret");
		registry.add("porchlight.feeds[1].mapping.YearBuilt", () -> "LIST_53");
		registry.add("porchlight.sync.photo-directory", () -> photoDirectory.toString());
	}

	@Test
	void eachFeedIsSyncedIntoOneStore() {
		SyncRun last = this.engine.runNow(SyncRunMode.FULL, "test");

		assertThat(last.getFeedId()).isEqualTo("west");
		List<String> statuses = this.jdbc.queryForList("select feed_id || ':' || status from sync_run order by id",
				String.class);
		assertThat(statuses).containsExactly("east:" + SyncRunStatus.SUCCEEDED, "west:" + SyncRunStatus.SUCCEEDED);
		assertThat(keys("east")).isEqualTo(Set.copyOf(east.listings().activeKeys()));
		assertThat(keys("west")).isEqualTo(Set.copyOf(west.listings().activeKeys()));
		assertThat(yearBuiltCount("east")).isZero();
		assertThat(yearBuiltCount("west")).isPositive();
		assertThat(this.jdbc.queryForList("select distinct feed_id from sync_feed_state order by feed_id", String.class))
			.containsExactly("east", "west");
		assertThat(this.jdbc.queryForObject("select count(*) from listing_photo p join listing l on l.id = p.listing_id"
				+ " where p.storage_key not like l.feed_id || '/%'", Integer.class)).isZero();
	}

	private Set<String> keys(String feedId) {
		return Set.copyOf(
				this.jdbc.queryForList("select listing_key from listing where feed_id = ?", String.class, feedId));
	}

	private int yearBuiltCount(String feedId) {
		return this.jdbc.queryForObject("select count(*) from listing where feed_id = ? and year_built is not null",
				Integer.class, feedId);
	}

}
