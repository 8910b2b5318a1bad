package org.porchlight.sync.engine;

import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.SyncProperties;
import org.porchlight.sync.store.SyncRunMode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/**
 * Starts runs on their own when {@code porchlight.sync.enabled} is set: once when the application is ready (if
 * {@code run-on-startup}), then every {@code interval} after the previous scheduled attempt ends. The runs happen
 * on the launcher's thread, so neither start-up nor the scheduler thread waits for them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SyncScheduling implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(SyncScheduling.class);

	/** Recorded as the run's {@code requested_by} for runs that the schedule starts. */
	static final String SCHEDULE = "schedule";

	private final SyncProperties properties;

	private final DefaultSyncLauncher launcher;

	private final SyncRunRecorder recorder;

	SyncScheduling(SyncProperties properties, DefaultSyncLauncher launcher, SyncRunRecorder recorder) {
		this.properties = properties;
		this.launcher = launcher;
		this.recorder = recorder;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (this.properties.enabled()) {
			registrar.addFixedDelayTask(new FixedDelayTask(this::runOnSchedule, this.properties.interval(),
					this.properties.interval()));
		}
	}

	/**
	 * Closes the records of runs that a stopped process left RUNNING, then starts the first run. Only a process that
	 * runs the schedule does this, so that a web node without it never closes a worker's run in progress.
	 */
	@EventListener(ApplicationReadyEvent.class)
	void onApplicationReady() {
		if (!this.properties.enabled()) {
			return;
		}
		if (!this.launcher.isConfigured()) {
			// Starts nothing, but logs once why nothing is mirrored.
			this.launcher.requestRun(SyncRunMode.FULL, SCHEDULE);
			return;
		}
		int interrupted = this.recorder.failInterruptedRuns();
		if (interrupted > 0) {
			logger.warn("Marked {} sync runs left RUNNING by a stopped process as FAILED", interrupted);
		}
		if (this.properties.runOnStartup()) {
			this.launcher.requestRun(SyncRunMode.FULL, SCHEDULE);
		}
	}

	private void runOnSchedule() {
		this.launcher.requestRun(SyncRunMode.FULL, SCHEDULE);
	}

}
