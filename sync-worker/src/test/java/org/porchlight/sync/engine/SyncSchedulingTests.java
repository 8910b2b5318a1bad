package org.porchlight.sync.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.store.SyncRun;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.scheduling.config.IntervalTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.BDDMockito.given;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;

class SyncSchedulingTests {

	private static final RetsProperties CONFIGURED = new RetsProperties("http://127.0.0.1:6103/rets/login", "u", "p",
			null, null, null, null, null, null, null);

	private final AtomicInteger runs = new AtomicInteger();

	private final DefaultSyncLauncher launcher = new DefaultSyncLauncher(CONFIGURED,
			(mode, requestedBy) -> this.runs.incrementAndGet());

	private final SyncRunRepository repository = mock(SyncRunRepository.class);

	@AfterEach
	void stopLauncher() throws InterruptedException {
		this.launcher.destroy();
	}

	@Test
	void enabledScheduleRunsEveryInterval() {
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

		scheduling(true, true).configureTasks(registrar);

		List<IntervalTask> tasks = registrar.getFixedDelayTaskList();
		assertThat(tasks).singleElement().satisfies((task) -> {
			assertThat(task.getIntervalDuration()).isEqualTo(Duration.ofMinutes(15));
			assertThat(task.getInitialDelayDuration()).isEqualTo(Duration.ofMinutes(15));
		});
	}

	@Test
	void disabledScheduleRegistersNothing() {
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

		scheduling(false, true).configureTasks(registrar);

		assertThat(registrar.getFixedDelayTaskList()).isEmpty();
	}

	@Test
	void readyApplicationClosesInterruptedRunsThenRuns() {
		SyncRun interrupted = new SyncRun();
		interrupted.setStatus(SyncRunStatus.RUNNING);
		interrupted.setStartedAt(Instant.parse("2024-03-01T10:00:00Z"));
		given(this.repository.findByStatus(SyncRunStatus.RUNNING)).willReturn(List.of(interrupted));

		scheduling(true, true).onApplicationReady();

		assertThat(interrupted.getStatus()).isEqualTo(SyncRunStatus.FAILED);
		assertThat(interrupted.getFinishedAt()).isNotNull();
		assertThat(interrupted.getErrorSummary()).contains("stopped during the run");
		verify(this.repository).save(interrupted);
		await().atMost(Duration.ofSeconds(5)).until(() -> this.runs.get() == 1);
	}

	@Test
	void readyApplicationWithoutStartupRunWaits() {
		scheduling(true, false).onApplicationReady();

		assertThat(this.launcher.isRunning()).isFalse();
		assertThat(this.runs).hasValue(0);
	}

	@Test
	void disabledScheduleLeavesRunRecordsAlone() {
		scheduling(false, true).onApplicationReady();

		verify(this.repository, never()).findByStatus(any());
		assertThat(this.runs).hasValue(0);
	}

	private SyncScheduling scheduling(boolean enabled, boolean runOnStartup) {
		SyncProperties properties = new SyncProperties(enabled, null, null, null, null, null, null, runOnStartup,
				null, null, null, null, null);
		return new SyncScheduling(properties, this.launcher, new SyncRunRecorder(this.repository));
	}

}
