package org.porchlight.sync.engine;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * A RETS sandbox in its own JVM, started from the rets-sandbox exec jar on free loopback ports, so that a benchmark
 * measures the worker's heap without the sandbox's listings. The sandbox's output goes to a log file. The process
 * is stopped on {@link #close()}.
 */
final class SandboxProcess implements AutoCloseable {

	private static final String READY_LINE = "Log in at ";

	private static final Duration START_TIMEOUT = Duration.ofMinutes(5);

	private final Process process;

	private final URI loginUrl;

	private final URI changesUrl;

	private SandboxProcess(Process process, URI loginUrl, URI changesUrl) {
		this.process = process;
		this.loginUrl = loginUrl;
		this.changesUrl = changesUrl;
	}

	/**
	 * Starts the sandbox and waits until it serves Login.
	 * @param jar the rets-sandbox exec jar
	 * @param javaOptions JVM options of the sandbox, such as {@code -Xmx3g}
	 * @param environment SANDBOX_* settings; the ports are chosen here
	 * @param log the file the sandbox's output goes to
	 */
	static SandboxProcess start(Path jar, List<String> javaOptions, Map<String, String> environment, Path log)
			throws IOException {
		if (!Files.isRegularFile(jar)) {
			throw new IllegalStateException("The sandbox jar " + jar.toAbsolutePath() + " is missing; build it with "
					+ "mvn -B -o -pl rets-sandbox package -DskipTests");
		}
		int port = freePort();
		int adminPort = freePort();
		List<String> command = new ArrayList<>();
		command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
		command.addAll(javaOptions);
		command.add("-jar");
		command.add(jar.toAbsolutePath().toString());
		ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
		builder.environment().putAll(environment);
		builder.environment().put("SANDBOX_HOST", "127.0.0.1");
		builder.environment().put("SANDBOX_PORT", Integer.toString(port));
		builder.environment().put("SANDBOX_ADMIN_PORT", Integer.toString(adminPort));
		Process process = builder.start();
		CompletableFuture<String> ready = copyOutput(process, log);
		try {
			ready.get(START_TIMEOUT.toSeconds(), TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			process.destroy();
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while the sandbox started", ex);
		}
		catch (ExecutionException | TimeoutException ex) {
			process.destroy();
			throw new IllegalStateException("The sandbox did not start within " + START_TIMEOUT.toMinutes()
					+ " minutes; see " + log.toAbsolutePath(), ex);
		}
		return new SandboxProcess(process, URI.create("http://127.0.0.1:" + port + "/rets2_1/Login"),
				URI.create("http://127.0.0.1:" + adminPort + "/changes"));
	}

	URI loginUrl() {
		return this.loginUrl;
	}

	URI changesUrl() {
		return this.changesUrl;
	}

	/**
	 * Asks a sandbox to raise the list price of {@code percent} percent of its Active listings.
	 * @return the sandbox's reply, such as {@code changed 1000 listings}
	 */
	static String changeListings(URI changesUrl, String percent) {
		HttpRequest request = HttpRequest.newBuilder(URI.create(changesUrl + "?percent=" + percent))
			.POST(HttpRequest.BodyPublishers.noBody())
			.build();
		try {
			HttpResponse<String> response = HttpClient.newHttpClient()
				.send(request, HttpResponse.BodyHandlers.ofString());
			if (response.statusCode() != 200) {
				throw new IllegalStateException(
						"Changing listings at " + changesUrl + " failed: " + response.statusCode() + " " + response.body());
			}
			return response.body().trim();
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Changing listings at " + changesUrl + " failed", ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException("Interrupted while changing listings", ex);
		}
	}

	@Override
	public void close() throws InterruptedException {
		this.process.destroy();
		if (!this.process.waitFor(30, TimeUnit.SECONDS)) {
			this.process.destroyForcibly();
		}
	}

	/** Copies the process's output to {@code log} and completes the future when the sandbox serves Login. */
	private static CompletableFuture<String> copyOutput(Process process, Path log) {
		CompletableFuture<String> ready = new CompletableFuture<>();
		Thread copier = new Thread(() -> {
			try (BufferedReader reader = new BufferedReader(
					new InputStreamReader(process.getInputStream(), StandardCharsets.UTF_8));
					PrintWriter writer = new PrintWriter(Files.newBufferedWriter(log, StandardCharsets.UTF_8), true)) {
				String line;
				while ((line = reader.readLine()) != null) {
					writer.println(line);
					if (line.contains(READY_LINE)) {
						ready.complete(line);
					}
				}
				ready.completeExceptionally(new IllegalStateException("The sandbox exited with code "
						+ process.waitFor()));
			}
			catch (IOException | InterruptedException ex) {
				ready.completeExceptionally(ex);
			}
		}, "sandbox-output");
		copier.setDaemon(true);
		copier.start();
		return ready;
	}

	private static int freePort() throws IOException {
		try (ServerSocket socket = new ServerSocket(0, 1, InetAddress.getLoopbackAddress())) {
			return socket.getLocalPort();
		}
	}

}
