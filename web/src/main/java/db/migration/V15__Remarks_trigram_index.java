package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds a PostgreSQL trigram index on the lower-cased public remarks, which the keyword filter matches with
 * {@code LIKE '%word%'}. Without it, a word found in few listings makes PostgreSQL read the whole listing table. A
 * common word is still served by walking the index of the search order, because the expression statistics of
 * {@code V13} let the planner see how often it matches. A keyword shorter than three characters cannot use a trigram index. H2 skips this
 * migration, and PostgreSQL without the {@code pg_trgm} extension gets a warning and no index.
 */
public class V15__Remarks_trigram_index extends BaseJavaMigration {

	@Override
	public void migrate(Context context) throws SQLException {
		TrigramExtension.createIndexes(context.getConnection(), "keyword searches",
				"create index listing_public_remarks_trigram on listing using gin (lower(public_remarks) gin_trgm_ops)");
	}

}
