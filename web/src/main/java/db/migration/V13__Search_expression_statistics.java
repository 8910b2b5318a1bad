package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.sql.Statement;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Gives the PostgreSQL planner statistics on the lower-cased text columns that searches match with {@code LIKE}.
 * Without them it guesses that a keyword matches few rows and sorts a large candidate set, even where walking the
 * index of the search order would find a page after a few rows. Expression statistics need PostgreSQL 14 or newer.
 * On older PostgreSQL and on H2 this migration changes nothing.
 */
public class V13__Search_expression_statistics extends BaseJavaMigration {

	private static final int FIRST_VERSION_WITH_EXPRESSION_STATISTICS = 14;

	@Override
	public void migrate(Context context) throws SQLException {
		Connection connection = context.getConnection();
		DatabaseMetaData database = connection.getMetaData();
		if (!"PostgreSQL".equals(database.getDatabaseProductName())
				|| database.getDatabaseMajorVersion() < FIRST_VERSION_WITH_EXPRESSION_STATISTICS) {
			return;
		}
		try (Statement statement = connection.createStatement()) {
			statement.execute("create statistics listing_lower_remarks on (lower(public_remarks)) from listing");
			statement.execute("create statistics listing_lower_city on (lower(city)) from listing");
			statement.execute("create statistics listing_lower_postal_code on (lower(postal_code)) from listing");
			statement.execute("analyze listing");
		}
	}

}
