package org.porchlight.web.admin;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.faults.Faults;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.util.FileSystemUtils;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Cancels a real run. The sync runs in the application against a sandbox whose photo replies are slow, and an admin
 * cancels it from its run page. The run ends as cancelled between two photo sets without waiting for the rest. The
 * listings it stored stay, no photo set is half written, and the next run completes.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:run-cancellation-tests;DB_CLOSE_DELAY=-1",
		"porchlight.sync.enabled=false", "porchlight.sync.lock-lease=900ms", "porchlight.admin.username=admin",
		"porchlight.admin.password=cancel-test-password" })
@AutoConfigureMockMvc
@DirtiesContext
class RunCancellationTests {

	private static RetsSandbox sandbox;

	private static Path photoDirectory;

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private SyncRunRepository syncRuns;

	@Autowired
	private JdbcTemplate jdbc;

	@DynamicPropertySource
	static void sandboxProperties(DynamicPropertyRegistry registry) throws Exception {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("cancel")
			.password("cancel-rets")
			.listingCount(40)
			.seed(5L)
			.filter(Faults.slowReplies(RetsTransaction.GET_OBJECT, Duration.ofMillis(500)))
			.build());
		photoDirectory = Files.createTempDirectory("porchlight-cancel-photos");
		registry.add("porchlight.rets.login-url", () -> sandbox.loginUrl().toString());
		registry.add("porchlight.rets.username", () -> "cancel");
		registry.add("porchlight.rets.password", () -> "cancel-rets");
		registry.add("porchlight.sync.photo-directory", photoDirectory::toString);
	}

	@AfterAll
	static void stopSandbox() throws Exception {
		if (sandbox != null) {
			sandbox.close();
		}
		if (photoDirectory != null) {
			FileSystemUtils.deleteRecursively(photoDirectory);
		}
	}

	@Test
	void cancelledRunEndsCancelledAndNextRunCompletes() throws Exception {
		assertThat(post("/admin/runs?feed=default&mode=FULL")).flash().containsEntry("message", "admin.sync.started");
		SyncRun running = await("the run to store its listings").atMost(Duration.ofSeconds(30))
			.pollInterval(Duration.ofMillis(50))
			.until(() -> this.syncRuns.findByStatus(SyncRunStatus.RUNNING)
				.stream()
				.filter((run) -> run.getListingsSeen() > 0)
				.findFirst()
				.orElse(null), (run) -> run != null);

		assertThat(post("/admin/runs/" + running.getId() + "/cancel")).flash()
			.containsEntry("message", "admin.cancel.CANCELLING");

		SyncRun cancelled = await("the run to stop").atMost(Duration.ofSeconds(20))
			.pollInterval(Duration.ofMillis(100))
			.until(() -> this.syncRuns.findById(running.getId()).orElseThrow(),
					(run) -> run.getStatus() != SyncRunStatus.RUNNING);
		assertThat(cancelled.getStatus()).isEqualTo(SyncRunStatus.CANCELLED);
		assertThat(cancelled.getErrorSummary()).isEqualTo("Cancelled by admin").doesNotContain("shutting down");
		assertThat(this.jdbc.queryForObject("select count(*) from listing", Integer.class))
			.as("listings stored before the cancel").isEqualTo(cancelled.getListingsInserted()).isPositive();
		assertThat(this.jdbc.queryForObject("select count(*) from listing_photo", Integer.class))
			.as("photos fetched before the cancel").isLessThan(40 * 5);
		assertThat(this.jdbc.queryForObject("select count(*) from (select listing_id from listing_photo"
				+ " group by listing_id having max(sequence_number) <> count(*)) partial", Integer.class))
			.as("listings with a partial photo set").isZero();
		String page = this.mvc.get()
			.uri("/admin/runs/" + running.getId())
			.with(user("admin").roles("ADMIN"))
			.exchange()
			.getResponse()
			.getContentAsString(StandardCharsets.UTF_8);
		assertThat(page).contains("Cancelled");

		await("the launcher to finish the cancelled run").atMost(Duration.ofSeconds(10))
			.until(() -> post("/admin/runs?feed=default&mode=INCREMENTAL").getMvcResult()
				.getFlashMap()
				.get("message")
				.equals("admin.sync.started"));
		SyncRun next = await("the next run").atMost(Duration.ofSeconds(120))
			.pollInterval(Duration.ofMillis(200))
			.until(() -> this.syncRuns.findAll()
				.stream()
				.filter((run) -> run.getId() > cancelled.getId())
				.findFirst()
				.orElse(null), (run) -> run != null && run.getStatus() != SyncRunStatus.RUNNING);
		assertThat(next.getStatus()).isEqualTo(SyncRunStatus.SUCCEEDED);
		assertThat(this.jdbc.queryForObject("select count(*) from listing where photos_pending = true", Integer.class))
			.as("photo sets left for a later run").isZero();
	}

	private MvcTestResult post(String uri) {
		return this.mvc.post().uri(uri).with(user("admin").roles("ADMIN")).with(csrf()).exchange();
	}

}
