package db.migration;

import java.sql.SQLException;

import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Adds PostgreSQL trigram indexes for the search box, which matches its text anywhere in the city, the address and
 * the street ({@code LIKE '%text%'}), at the start of the postal code and exactly against the MLS number. With an
 * index on every alternative, PostgreSQL combines them instead of reading the whole listing table. The street index
 * repeats the expression of {@code ListingSpecifications.location} exactly, with the constants that a custom plan
 * folds in, because PostgreSQL uses an expression index only for the identical expression.
 * <p>
 * The indexes need the {@code pg_trgm} extension, which PostgreSQL 13 and newer let a database owner create. When it
 * is missing or cannot be created, this migration logs a warning and adds nothing, so searches stay correct but read
 * every row. H2 skips this migration.
 */
public class V14__Location_trigram_indexes extends BaseJavaMigration {

	private static final String[] INDEXES = {
			"create index listing_city_trigram on listing using gin (lower(city) gin_trgm_ops)",
			"create index listing_postal_code_trigram on listing using gin (lower(postal_code) gin_trgm_ops)",
			"create index listing_listing_id_trigram on listing using gin (lower(listing_id) gin_trgm_ops)",
			"create index listing_unparsed_address_trigram on listing using gin (lower(unparsed_address) gin_trgm_ops)",
			"create index listing_street_trigram on listing using gin (lower(((((coalesce(street_number, ''::varchar)"
					+ " || ' '::varchar) || coalesce(street_name, ''::varchar)) || ' '::varchar)"
					+ " || coalesce(street_suffix, ''::varchar))) gin_trgm_ops)" };

	@Override
	public void migrate(Context context) throws SQLException {
		TrigramExtension.createIndexes(context.getConnection(), "location searches", INDEXES);
	}

}
