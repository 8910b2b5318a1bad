package org.porchlight.sandbox;

import java.util.Map;
import java.util.concurrent.CountDownLatch;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Runs a {@link RetsSandbox} as its own process until it receives SIGTERM or SIGINT. Settings come from
 * environment variables: SANDBOX_HOST (default 127.0.0.1), SANDBOX_PORT (6103), SANDBOX_USERNAME
 * (demo), SANDBOX_PASSWORD (demo-rets), SANDBOX_LISTINGS (500), SANDBOX_SEED (42) and
 * SANDBOX_MAX_ROWS (250).
 * <p>
 * For benchmarks, SANDBOX_PHOTO_LISTINGS gives that many Active listings, the first in key order,
 * SANDBOX_PHOTOS_PER_LISTING photos each (default 5) and every other listing none. Without it the
 * generated photo counts stay. SANDBOX_ADMIN_PORT starts the {@link SandboxAdmin} endpoint on
 * 127.0.0.1 at that port, which changes a share of the listings on request; without it there is no
 * such endpoint.
 */
public final class SandboxMain {

	private static final String LOGGING_CONFIGURATION = "org/porchlight/sandbox/sandbox-logback.xml";

	private SandboxMain() {
	}

	public static void main(String[] args) throws InterruptedException {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", LOGGING_CONFIGURATION);
		}
		Logger logger = LoggerFactory.getLogger(SandboxMain.class);
		SandboxConfig config;
		FeedChanges changes;
		try {
			config = configFrom(System.getenv());
			changes = feedChangesFrom(System.getenv());
		}
		catch (IllegalArgumentException ex) {
			logger.error("Invalid sandbox setting: {}", ex.getMessage());
			System.exit(2);
			return;
		}
		RetsSandbox sandbox = RetsSandbox.start(config);
		if (changes.photoListings() != null) {
			int withPhotos = SandboxAdmin.setPhotoCounts(sandbox.listings(), changes.photoListings(),
					changes.photosPerListing());
			logger.info("{} Active listings have {} photos each, the other listings none", withPhotos,
					changes.photosPerListing());
		}
		SandboxAdmin admin = (changes.adminPort() != null) ? SandboxAdmin.start(changes.adminPort(), sandbox.listings())
				: null;
		if (admin != null) {
			logger.info("Feed changes at http://127.0.0.1:{}{}", admin.port(), SandboxAdmin.CHANGES_PATH);
		}
		logger.info("Log in at {} as user '{}' (password from SANDBOX_PASSWORD, or the default)", sandbox.loginUrl(),
				config.username());
		CountDownLatch stopped = new CountDownLatch(1);
		Runtime.getRuntime().addShutdownHook(new Thread(() -> {
			logger.info("Stopping the RETS sandbox");
			if (admin != null) {
				admin.close();
			}
			sandbox.close();
			stopped.countDown();
		}, "rets-sandbox-shutdown"));
		stopped.await();
	}

	/**
	 * Reads the settings from environment variables.
	 * @throws IllegalArgumentException if a number is malformed or a value is out of range
	 */
	static SandboxConfig configFrom(Map<String, String> environment) {
		SandboxConfig.Builder builder = SandboxConfig.builder()
			.host(environment.getOrDefault("SANDBOX_HOST", "127.0.0.1"))
			.port(integer(environment, "SANDBOX_PORT", 6103))
			.listingCount(integer(environment, "SANDBOX_LISTINGS", 500))
			.seed(longInteger(environment, "SANDBOX_SEED", 42L))
			.maxRows(integer(environment, "SANDBOX_MAX_ROWS", 250));
		if (environment.containsKey("SANDBOX_USERNAME")) {
			builder.username(environment.get("SANDBOX_USERNAME"));
		}
		if (environment.containsKey("SANDBOX_PASSWORD")) {
			builder.password(environment.get("SANDBOX_PASSWORD"));
		}
		return builder.build();
	}

	/**
	 * Reads the benchmark settings from environment variables.
	 * @throws IllegalArgumentException if a number is malformed or a value is out of range
	 */
	static FeedChanges feedChangesFrom(Map<String, String> environment) {
		Integer photoListings = null;
		if (environment.containsKey("SANDBOX_PHOTO_LISTINGS")) {
			photoListings = nonNegative(environment, "SANDBOX_PHOTO_LISTINGS", 0);
		}
		int photosPerListing = nonNegative(environment, "SANDBOX_PHOTOS_PER_LISTING", 5);
		Integer adminPort = null;
		if (environment.containsKey("SANDBOX_ADMIN_PORT")) {
			adminPort = integer(environment, "SANDBOX_ADMIN_PORT", 0);
			if (adminPort < 0 || adminPort > 65535) {
				throw new IllegalArgumentException("SANDBOX_ADMIN_PORT must be between 0 and 65535, was " + adminPort);
			}
		}
		return new FeedChanges(photoListings, photosPerListing, adminPort);
	}

	private static int nonNegative(Map<String, String> environment, String name, int defaultValue) {
		int value = integer(environment, name, defaultValue);
		if (value < 0) {
			throw new IllegalArgumentException(name + " must not be negative, was " + value);
		}
		return value;
	}

	private static int integer(Map<String, String> environment, String name, int defaultValue) {
		long value = longInteger(environment, name, defaultValue);
		if (value < Integer.MIN_VALUE || value > Integer.MAX_VALUE) {
			throw new IllegalArgumentException(name + " is out of range: " + value);
		}
		return (int) value;
	}

	private static long longInteger(Map<String, String> environment, String name, long defaultValue) {
		String value = environment.get(name);
		if (value == null || value.isBlank()) {
			return defaultValue;
		}
		try {
			return Long.parseLong(value.trim());
		}
		catch (NumberFormatException ex) {
			throw new IllegalArgumentException(name + " must be a whole number, was '" + value + "'", ex);
		}
	}

	/**
	 * Benchmark settings: the Active listings that get photos ({@code null} to keep the generated counts), photos
	 * per such listing, and the port of the {@link SandboxAdmin} endpoint ({@code null} for none).
	 */
	record FeedChanges(Integer photoListings, int photosPerListing, Integer adminPort) {

	}

}
