package org.porchlight.web;

import java.io.Closeable;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.util.FileSystemUtils;

import static org.awaitility.Awaitility.await;

/**
 * The RETS sandbox and photo directory of a browser test class. The sandbox listens on a free loopback port, and
 * {@link #start} registers it as the application's RETS server, with the photo directory as the sync's.
 */
public final class BrowserTestSandbox implements Closeable {

	private final RetsSandbox sandbox;

	private final Path photoDirectory;

	private BrowserTestSandbox(RetsSandbox sandbox, Path photoDirectory) {
		this.sandbox = sandbox;
		this.photoDirectory = photoDirectory;
	}

	/**
	 * Starts a sandbox of generated listings whose user is {@code username} with the password
	 * {@code username-rets}, and registers the application's RETS and photo directory properties.
	 */
	public static BrowserTestSandbox start(DynamicPropertyRegistry registry, String username, int listingCount,
			long seed) throws IOException {
		String password = username + "-rets";
		RetsSandbox sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username(username)
			.password(password)
			.listingCount(listingCount)
			.seed(seed)
			.build());
		Path photoDirectory = Files.createTempDirectory("porchlight-" + username + "-photos");
		registry.add("porchlight.rets.login-url", () -> sandbox.loginUrl().toString());
		registry.add("porchlight.rets.username", () -> username);
		registry.add("porchlight.rets.password", () -> password);
		registry.add("porchlight.sync.photo-directory", photoDirectory::toString);
		return new BrowserTestSandbox(sandbox, photoDirectory);
	}

	/** Waits up to two minutes for the application's first sync run to succeed, then starts headless Chromium. */
	public static HeadlessChromium startChromiumAfterFirstSync(SyncRunRepository syncRuns) throws IOException {
		await("first sync run to succeed").atMost(Duration.ofMinutes(2))
			.pollInterval(Duration.ofMillis(250))
			.until(() -> syncRuns.existsByStatus(SyncRunStatus.SUCCEEDED));
		return HeadlessChromium.start();
	}

	/** Stops the sandbox and deletes the photo directory. */
	@Override
	public void close() throws IOException {
		this.sandbox.close();
		FileSystemUtils.deleteRecursively(this.photoDirectory);
	}

}
