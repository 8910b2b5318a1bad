package org.porchlight.sync;

import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.util.unit.DataSize;
import org.springframework.validation.annotation.Validated;

/**
 * Settings of the feed that the sync mirrors and of its schedule ({@code porchlight.sync.*}).
 *
 * @param enabled whether runs start on their own: every {@code interval}, and once after start-up when
 * {@code runOnStartup} is set. Runs requested through {@link SyncLauncher}, such as from the admin page, happen
 * either way. Default {@code true}
 * @param feedId name of the feed in the store, so that one database can hold several feeds; letters, digits,
 * {@code _} and {@code -}. Default {@code default}
 * @param resource RETS resource holding the listings. Default {@code Property}
 * @param className RETS class of the listings to mirror. Default {@code A}
 * @param pageSize rows requested per Search page; the server may return fewer. Default 250
 * @param batchSize records stored per database transaction. Default 100
 * @param interval pause between the end of one scheduled run and the start of the next. Default 15 minutes
 * @param runOnStartup whether a run starts shortly after the application is ready. Default {@code true}
 * @param photoDirectory directory of the filesystem photo store. Default {@code ./data/photos}
 * @param photoObjectType GetObject type of listing photos. Default {@code Photo}
 * @param maxPhotoSize largest photo accepted from the server; larger ones are rejected. Default 20MB
 * @param mapping RESO field name to the server's SystemName, for fields whose StandardName does not identify
 * them, such as {@code YearBuilt=LIST_53}. Default: none
 * @param deniedFields SystemNames that are never stored, in addition to the built-in list of confidential fields.
 * Default: none
 * @param overlap how far before the checkpoint an incremental run starts searching, to catch records that the
 * server stamped with a time earlier than its clock when they became visible. Default 10 minutes
 * @param reconcileInterval how often scheduled runs also compare the server's full list of Active keys with the
 * store. Default 1 day
 * @param requestPollInterval how often a process that runs the schedule looks for run requests in
 * {@code sync_request}. Default 10 seconds
 * @param remoteWorker whether another process runs the sync, so that {@link SyncLauncher#requestRun} writes a
 * request to {@code sync_request} for it instead of running here. Default {@code false}
 */
@Validated
@ConfigurationProperties("porchlight.sync")
public record SyncProperties(Boolean enabled,
		@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}",
				message = "must be 1 to 64 letters, digits, '_' or '-', starting with a letter or digit") String feedId,
		@NotBlank String resource, @NotBlank String className, @Min(1) @Max(100_000) Integer pageSize,
		@Min(1) @Max(10_000) Integer batchSize, @NotNull Duration interval, Boolean runOnStartup,
		@NotNull Path photoDirectory, @NotBlank String photoObjectType, @NotNull DataSize maxPhotoSize,
		Map<String, String> mapping, List<String> deniedFields, Duration overlap, Duration reconcileInterval,
		Duration requestPollInterval, Boolean remoteWorker, Duration lockLease) {

	public SyncProperties {
		enabled = (enabled != null) ? enabled : Boolean.TRUE;
		feedId = StringUtils.hasText(feedId) ? feedId : "default";
		resource = (resource != null) ? resource : "Property";
		className = (className != null) ? className : "A";
		pageSize = (pageSize != null) ? pageSize : 250;
		batchSize = (batchSize != null) ? batchSize : 100;
		interval = (interval != null) ? interval : Duration.ofMinutes(15);
		runOnStartup = (runOnStartup != null) ? runOnStartup : Boolean.TRUE;
		photoDirectory = (photoDirectory != null) ? photoDirectory : Path.of("data", "photos");
		photoObjectType = (photoObjectType != null) ? photoObjectType : "Photo";
		maxPhotoSize = (maxPhotoSize != null) ? maxPhotoSize : DataSize.ofMegabytes(20);
		mapping = (mapping != null) ? Map.copyOf(mapping) : Map.of();
		deniedFields = (deniedFields != null) ? List.copyOf(deniedFields) : List.of();
		overlap = (overlap != null) ? overlap : Duration.ofMinutes(10);
		reconcileInterval = (reconcileInterval != null) ? reconcileInterval : Duration.ofDays(1);
		requestPollInterval = (requestPollInterval != null) ? requestPollInterval : Duration.ofSeconds(10);
		remoteWorker = (remoteWorker != null) ? remoteWorker : Boolean.FALSE;
		lockLease = (lockLease != null) ? lockLease : Duration.ofMinutes(1);
	}

	/** Validates that the interval is positive. */
	@AssertTrue(message = "porchlight.sync.interval must be positive")
	public boolean isIntervalPositive() {
		return this.interval.compareTo(Duration.ZERO) > 0;
	}

	/** Validates the replication durations. */
	@AssertTrue(message = "porchlight.sync.overlap must not be negative, reconcile-interval and "
			+ "request-poll-interval must be positive, and lock-lease must be at least 300ms")
	public boolean isReplicationTimingValid() {
		return !this.overlap.isNegative() && this.reconcileInterval.compareTo(Duration.ZERO) > 0
				&& this.requestPollInterval.compareTo(Duration.ZERO) > 0 && this.lockLease.toMillis() >= 300;
	}

	/** Validates the photo size limit. */
	@AssertTrue(message = "porchlight.sync.max-photo-size must be between 1KB and 2GB")
	public boolean isMaxPhotoSizeValid() {
		return this.maxPhotoSize.toBytes() >= 1024 && this.maxPhotoSize.toBytes() <= Integer.MAX_VALUE;
	}

}
