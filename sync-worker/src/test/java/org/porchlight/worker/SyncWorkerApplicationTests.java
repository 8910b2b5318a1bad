package org.porchlight.worker;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunRepository;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The stand-alone worker with its own settings, but without any RETS server configured. */
@ExtendWith(OutputCaptureExtension.class)
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.datasource.url=jdbc:h2:mem:worker;DB_CLOSE_DELAY=-1" })
class SyncWorkerApplicationTests {

	@LocalServerPort
	private int port;

	@Autowired
	private SyncLauncher launcher;

	@Autowired
	private SyncRunRepository runs;

	@Test
	void startsWithoutRetsSettingsAndRecordsNothing(CapturedOutput output) throws Exception {
		assertThat(this.launcher.requestRun(SyncRunMode.FULL, "admin")).isFalse();

		assertThat(this.runs.count()).isZero();
		assertThat(this.launcher.isRunning()).isFalse();
		assertThat(output.getOut().split("No RETS server is configured", -1)).hasSize(2);
	}

	@Test
	void healthIsUp() throws Exception {
		HttpResponse<String> response = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + this.port + "/actuator/health")).build(),
					HttpResponse.BodyHandlers.ofString());

		assertThat(response.statusCode()).isEqualTo(200);
		assertThat(response.body()).contains("\"status\":\"UP\"");
	}

}
