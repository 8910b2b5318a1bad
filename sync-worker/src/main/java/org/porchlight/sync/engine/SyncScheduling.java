package org.porchlight.sync.engine;

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
 * {@code run-on-startup}), then every {@code interval} after the previous scheduled attempt ends, unless the feed
 * is paused. A scheduled run is incremental, or a reconcile run once {@code reconcile-interval} has passed since the
 * last reconcile. Every {@code request-poll-interval} it also picks up run requests that any node wrote to
 * {@code sync_request}, and retries a scheduled run that found its feed's lock held by another process. The runs happen on the launcher's thread, so neither start-up nor the scheduler thread waits
 * for them.
 */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class SyncScheduling implements SchedulingConfigurer {

	private static final Logger logger = LoggerFactory.getLogger(SyncScheduling.class);

	/** Recorded as the run's {@code requested_by} for runs that the schedule starts. */
	static final String SCHEDULE = "schedule";

	private final SyncProperties properties;

	private final DefaultSyncLauncher launcher;

	private final ReplicationState state;

	SyncScheduling(SyncProperties properties, DefaultSyncLauncher launcher, ReplicationState state) {
		this.properties = properties;
		this.launcher = launcher;
		this.state = state;
	}

	@Override
	public void configureTasks(ScheduledTaskRegistrar registrar) {
		if (this.properties.enabled()) {
			registrar.addFixedDelayTask(new FixedDelayTask(this::runOnSchedule, this.properties.interval(),
					this.properties.interval()));
			registrar.addFixedDelayTask(new FixedDelayTask(this::pollRequests, this.properties.requestPollInterval(),
					this.properties.requestPollInterval()));
		}
	}

	/** Starts the first run. Runs that a stopped process left RUNNING are closed by the run itself. */
	@EventListener(ApplicationReadyEvent.class)
	void onApplicationReady() {
		if (!this.properties.enabled()) {
			return;
		}
		if (!this.launcher.isConfigured()) {
			// Starts nothing, but logs once why nothing is mirrored.
			this.launcher.startRun(null, SyncRunMode.FULL, SCHEDULE);
			return;
		}
		if (this.properties.runOnStartup()) {
			runOnSchedule();
		}
	}

	void runOnSchedule() {
		this.launcher.startScheduledRun();
	}

	/**
	 * Starts the oldest open run request, when no run is in progress in this process. A request runs the feed that it
	 * names, or every feed when it names none. Without a request, it retries the scheduled runs that found their
	 * feed's lock held.
	 */
	void pollRequests() {
		if (this.launcher.isRunning() || !this.launcher.isConfigured()) {
			return;
		}
		this.state.claimRequest(SCHEDULE).ifPresentOrElse((request) -> {
			logger.info("Starting the {} run of {} that {} requested", request.mode(),
					(request.feedId() != null) ? "feed '" + request.feedId() + "'" : "every feed",
					request.requestedBy());
			this.launcher.startRun(request.feedId(), request.mode(), request.requestedBy());
		}, this.launcher::startWaitingScheduledRuns);
	}

}
