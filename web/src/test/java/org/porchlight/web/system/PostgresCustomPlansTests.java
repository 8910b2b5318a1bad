package org.porchlight.web.system;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests which connection pools get custom plans for every statement. */
class PostgresCustomPlansTests {

	private final PostgresCustomPlans customPlans = new PostgresCustomPlans();

	@Test
	void postgresPoolPlansEachStatement() {
		HikariDataSource dataSource = pool("jdbc:postgresql://127.0.0.1:5432/porchlight");

		this.customPlans.postProcessBeforeInitialization(dataSource, "dataSource");

		assertThat(dataSource.getConnectionInitSql()).isEqualTo("set plan_cache_mode = force_custom_plan");
	}

	@Test
	void h2PoolIsLeftAlone() {
		HikariDataSource dataSource = pool("jdbc:h2:mem:plans");

		this.customPlans.postProcessBeforeInitialization(dataSource, "dataSource");

		assertThat(dataSource.getConnectionInitSql()).isNull();
	}

	@Test
	void configuredInitSqlIsKept() {
		HikariDataSource dataSource = pool("jdbc:postgresql://127.0.0.1:5432/porchlight");
		dataSource.setConnectionInitSql("set search_path = porchlight");

		this.customPlans.postProcessBeforeInitialization(dataSource, "dataSource");

		assertThat(dataSource.getConnectionInitSql()).isEqualTo("set search_path = porchlight");
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		return dataSource;
	}

}
