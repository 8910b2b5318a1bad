package org.porchlight.sync.engine;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.store.SyncRunMode;

import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

@ExtendWith(OutputCaptureExtension.class)
class DefaultSyncLauncherTests {

	private static final SyncProperties LOCAL = new SyncProperties(null, null, null, null, null, null, null, null, null,
			null, null, null, null, null, null, null, null, null);


	private static final RetsProperties CONFIGURED = new RetsProperties("http://127.0.0.1:6103/rets/login", "u", "p",
			null, null, null, null, null, null, null);

	private static final RetsProperties NOT_CONFIGURED = new RetsProperties(null, null, null, null, null, null, null,
			null, null, null);

	@Test
	void secondRequestIsRefusedWhileRunning() throws Exception {
		CountDownLatch release = new CountDownLatch(1);
		AtomicInteger runs = new AtomicInteger();
		DefaultSyncLauncher launcher = new DefaultSyncLauncher(CONFIGURED, LOCAL, null, (feedId, mode, requestedBy) -> {
			runs.incrementAndGet();
			awaitRelease(release);
		});
		try {
			assertThat(launcher.requestRun(SyncRunMode.FULL, "admin")).isTrue();
			assertThat(launcher.isRunning()).isTrue();
			assertThat(launcher.requestRun(SyncRunMode.FULL, "schedule")).isFalse();

			release.countDown();
			await().atMost(Duration.ofSeconds(5)).until(() -> !launcher.isRunning());
			assertThat(launcher.requestRun(SyncRunMode.FULL, "admin")).isTrue();
			await().atMost(Duration.ofSeconds(5)).until(() -> !launcher.isRunning());
			assertThat(runs).hasValue(2);
		}
		finally {
			launcher.destroy();
		}
	}

	@Test
	void failedRunFreesTheLauncher() throws Exception {
		DefaultSyncLauncher launcher = new DefaultSyncLauncher(CONFIGURED, LOCAL, null, (feedId, mode, requestedBy) -> {
			throw new IllegalStateException("database unavailable");
		});
		try {
			assertThat(launcher.requestRun(SyncRunMode.FULL, "admin")).isTrue();
			await().atMost(Duration.ofSeconds(5)).until(() -> !launcher.isRunning());
			assertThat(launcher.requestRun(SyncRunMode.FULL, "admin")).isTrue();
		}
		finally {
			launcher.destroy();
		}
	}

	@Test
	void unconfiguredLauncherWarnsOnce(CapturedOutput output) throws Exception {
		AtomicInteger runs = new AtomicInteger();
		DefaultSyncLauncher launcher = new DefaultSyncLauncher(NOT_CONFIGURED, LOCAL, null,
				(feedId, mode, requestedBy) -> runs.incrementAndGet());
		try {
			assertThat(launcher.requestRun(SyncRunMode.FULL, "schedule")).isFalse();
			assertThat(launcher.requestRun(SyncRunMode.FULL, "schedule")).isFalse();

			assertThat(runs).hasValue(0);
			assertThat(launcher.isRunning()).isFalse();
			assertThat(output.getOut().split("No RETS server is configured", -1)).hasSize(2);
		}
		finally {
			launcher.destroy();
		}
	}

	@Test
	void shutdownInterruptsARun() throws Exception {
		CountDownLatch started = new CountDownLatch(1);
		AtomicInteger interrupted = new AtomicInteger();
		DefaultSyncLauncher launcher = new DefaultSyncLauncher(CONFIGURED, LOCAL, null, (feedId, mode, requestedBy) -> {
			started.countDown();
			try {
				new CountDownLatch(1).await();
			}
			catch (InterruptedException ex) {
				interrupted.incrementAndGet();
			}
		});
		launcher.requestRun(SyncRunMode.FULL, "admin");
		assertThat(started.await(5, TimeUnit.SECONDS)).isTrue();

		launcher.destroy();

		assertThat(interrupted).hasValue(1);
		assertThat(launcher.requestRun(SyncRunMode.FULL, "admin")).isFalse();
	}

	private static void awaitRelease(CountDownLatch latch) {
		try {
			assertThat(latch.await(10, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
