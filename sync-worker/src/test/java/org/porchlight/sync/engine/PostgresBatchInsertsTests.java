package org.porchlight.sync.engine;

import com.zaxxer.hikari.HikariDataSource;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class PostgresBatchInsertsTests {

	private final PostgresBatchInserts processor = new PostgresBatchInserts();

	@Test
	void postgresPoolGetsSetting() {
		HikariDataSource dataSource = pool("jdbc:postgresql://127.0.0.1:5432/porchlight");

		this.processor.postProcessBeforeInitialization(dataSource, "dataSource");

		assertThat(dataSource.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "true");
	}

	@Test
	void settingInUrlIsKept() {
		HikariDataSource dataSource = pool("jdbc:postgresql://127.0.0.1:5432/porchlight?reWriteBatchedInserts=false");

		this.processor.postProcessBeforeInitialization(dataSource, "dataSource");

		assertThat(dataSource.getDataSourceProperties()).doesNotContainKey("reWriteBatchedInserts");
	}

	@Test
	void settingInPropertiesIsKept() {
		HikariDataSource dataSource = pool("jdbc:postgresql://127.0.0.1:5432/porchlight");
		dataSource.addDataSourceProperty("reWriteBatchedInserts", "false");

		this.processor.postProcessBeforeInitialization(dataSource, "dataSource");

		assertThat(dataSource.getDataSourceProperties()).containsEntry("reWriteBatchedInserts", "false");
	}

	@Test
	void otherDatabasesAreLeftAlone() {
		HikariDataSource dataSource = pool("jdbc:h2:mem:test");

		this.processor.postProcessBeforeInitialization(dataSource, "dataSource");

		assertThat(dataSource.getDataSourceProperties()).isEmpty();
	}

	private static HikariDataSource pool(String url) {
		HikariDataSource dataSource = new HikariDataSource();
		dataSource.setJdbcUrl(url);
		return dataSource;
	}

}
