package db.migration;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.sql.Statement;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Creates PostgreSQL trigram indexes for the migrations that add them. The indexes need the {@code pg_trgm}
 * extension, which PostgreSQL 13 and newer let a database owner create. Where the extension is not installed or the
 * user may not create it, the indexes are left out with a warning, so searches stay correct but read every row.
 */
final class TrigramExtension {

	private static final Logger logger = LoggerFactory.getLogger(TrigramExtension.class);

	private TrigramExtension() {
	}

	/**
	 * Creates the extension unless it exists, then each index. Does nothing on a database other than PostgreSQL.
	 * @param searches the searches that the indexes serve, for the warning, such as "location searches"
	 */
	static void createIndexes(Connection connection, String searches, String... indexes) throws SQLException {
		if (!"PostgreSQL".equals(connection.getMetaData().getDatabaseProductName())) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			Savepoint beforeExtension = connection.setSavepoint();
			try {
				statement.execute("create extension if not exists pg_trgm");
			}
			catch (SQLException ex) {
				connection.rollback(beforeExtension);
				logger.warn("Could not create the pg_trgm extension, so {} will read every listing: {}", searches,
						ex.getMessage());
				return;
			}
			for (String index : indexes) {
				statement.execute(index);
			}
		}
	}

}
