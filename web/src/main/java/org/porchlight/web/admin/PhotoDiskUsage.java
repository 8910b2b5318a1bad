package org.porchlight.web.admin;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.stream.Stream;

import org.porchlight.sync.SyncProperties;

import org.springframework.stereotype.Component;

/**
 * Measures the disk space that the files under {@code porchlight.sync.photo-directory} take, for all feeds together,
 * and keeps the figure for a minute because walking a large photo store takes a while.
 */
@Component
class PhotoDiskUsage {

	private static final Duration CACHE_TIME = Duration.ofMinutes(1);

	private final Path directory;

	private final Clock clock = Clock.systemUTC();

	private volatile Measurement last;

	PhotoDiskUsage(SyncProperties sync) {
		this.directory = sync.photoDirectory();
	}

	/** Returns the total size of the photo files in bytes, or -1 when the directory cannot be read. */
	long bytes() {
		Measurement measurement = this.last;
		Instant now = this.clock.instant();
		if (measurement == null || measurement.at().plus(CACHE_TIME).isBefore(now)) {
			measurement = new Measurement(measure(), now);
			this.last = measurement;
		}
		return measurement.bytes();
	}

	private long measure() {
		if (!Files.isDirectory(this.directory)) {
			return 0;
		}
		try (Stream<Path> files = Files.walk(this.directory)) {
			return files.filter(Files::isRegularFile).mapToLong(PhotoDiskUsage::size).sum();
		}
		catch (IOException | UncheckedIOException ex) {
			return -1;
		}
	}

	private static long size(Path file) {
		try {
			return Files.size(file);
		}
		catch (IOException ex) {
			// The file was deleted while the directory was walked.
			return 0;
		}
	}

	private record Measurement(long bytes, Instant at) {
	}

}
