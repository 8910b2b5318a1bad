package org.porchlight.sync.engine;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.store.SyncRunMode;

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

	private final List<SyncRunMode> modes = new CopyOnWriteArrayList<>();

	private final List<String> feedIds = new CopyOnWriteArrayList<>();

	private final ReplicationState state = mock(ReplicationState.class);

	private final DefaultSyncLauncher launcher = new DefaultSyncLauncher(CONFIGURED, properties(true, true),
			this.state, (feedId, mode, requestedBy) -> {
				this.feedIds.add(String.valueOf(feedId));
				this.modes.add(mode);
				this.runs.incrementAndGet();
			});

	@AfterEach
	void stopLauncher() throws InterruptedException {
		this.launcher.destroy();
	}

	@Test
	void enabledScheduleRunsEveryInterval() {
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

		scheduling(true, true).configureTasks(registrar);

		List<IntervalTask> tasks = registrar.getFixedDelayTaskList();
		assertThat(tasks).extracting(IntervalTask::getIntervalDuration)
			.containsExactly(Duration.ofMinutes(15), Duration.ofSeconds(10));
		assertThat(tasks).extracting(IntervalTask::getInitialDelayDuration)
			.containsExactly(Duration.ofMinutes(15), Duration.ofSeconds(10));
	}

	@Test
	void disabledScheduleRegistersNothing() {
		ScheduledTaskRegistrar registrar = new ScheduledTaskRegistrar();

		scheduling(false, true).configureTasks(registrar);

		assertThat(registrar.getFixedDelayTaskList()).isEmpty();
	}

	@Test
	void readyApplicationStartsAScheduledRun() {
		scheduling(true, true).onApplicationReady();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.runs.get() == 1);
		assertThat(this.modes).containsExactly(SyncRunMode.INCREMENTAL);
	}

	@Test
	void requestFromTheDatabaseStartsARun() {
		given(this.state.claimRequest(any()))
			.willReturn(Optional.of(new ReplicationState.RunRequest(7, null, SyncRunMode.FULL, "admin")));

		scheduling(true, false).pollRequests();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.runs.get() == 1);
		assertThat(this.modes).containsExactly(SyncRunMode.FULL);
		assertThat(this.feedIds).containsExactly("null");
	}

	@Test
	void requestForOneFeedRunsThatFeed() {
		given(this.state.claimRequest(any()))
			.willReturn(Optional.of(new ReplicationState.RunRequest(8, "east", SyncRunMode.RECONCILE, "admin")));

		scheduling(true, false).pollRequests();

		await().atMost(Duration.ofSeconds(5)).until(() -> this.runs.get() == 1);
		assertThat(this.modes).containsExactly(SyncRunMode.RECONCILE);
		assertThat(this.feedIds).containsExactly("east");
	}

	@Test
	void pollWithoutRequestRetriesWaitingScheduledRuns() throws InterruptedException {
		AtomicInteger retries = new AtomicInteger();
		SyncRunner waitingRunner = new SyncRunner() {

			@Override
			public void run(String feedId, SyncRunMode mode, String requestedBy) {
				SyncSchedulingTests.this.runs.incrementAndGet();
			}

			@Override
			public boolean hasScheduledRunsWaiting() {
				return retries.get() == 0;
			}

			@Override
			public void runWaitingScheduled() {
				retries.incrementAndGet();
			}

		};
		DefaultSyncLauncher waitingLauncher = new DefaultSyncLauncher(CONFIGURED, properties(true, false), this.state,
				waitingRunner);
		given(this.state.claimRequest(any())).willReturn(Optional.empty());
		try {
			SyncScheduling scheduling = new SyncScheduling(properties(true, false), waitingLauncher, this.state);

			scheduling.pollRequests();
			await().atMost(Duration.ofSeconds(5)).until(() -> retries.get() == 1 && !waitingLauncher.isRunning());
			scheduling.pollRequests();

			assertThat(retries).as("retries once nothing waits any more").hasValue(1);
			assertThat(this.runs).hasValue(0);
		}
		finally {
			waitingLauncher.destroy();
		}
	}

	@Test
	void readyApplicationWithoutStartupRunWaits() {
		scheduling(true, false).onApplicationReady();

		assertThat(this.launcher.isRunning()).isFalse();
		assertThat(this.runs).hasValue(0);
	}

	@Test
	void disabledScheduleStartsNothing() {
		scheduling(false, true).onApplicationReady();

		verify(this.state, never()).isPaused(any());
		assertThat(this.runs).hasValue(0);
	}

	private SyncScheduling scheduling(boolean enabled, boolean runOnStartup) {
		return new SyncScheduling(properties(enabled, runOnStartup), this.launcher, this.state);
	}

	private static SyncProperties properties(boolean enabled, boolean runOnStartup) {
		return new SyncProperties(enabled, null, null, null, null, null, null, runOnStartup, null, null, null, null,
				null, null, null, null, null, null);
	}

}
