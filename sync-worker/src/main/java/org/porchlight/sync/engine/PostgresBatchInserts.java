package org.porchlight.sync.engine;

import java.util.Locale;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Turns on the PostgreSQL driver's {@code reWriteBatchedInserts} for a Hikari pool with a PostgreSQL JDBC URL, so
 * that the driver sends the batch inserts of {@link ListingBatchWriter} as multi-row statements in place of one
 * round trip per row. A {@code reWriteBatchedInserts} setting in the URL or in the pool's data source properties is
 * left as it is.
 */
@Component
class PostgresBatchInserts implements BeanPostProcessor {

	static final String PROPERTY = "reWriteBatchedInserts";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource && needsSetting(dataSource)) {
			dataSource.addDataSourceProperty(PROPERTY, "true");
		}
		return bean;
	}

	private static boolean needsSetting(HikariDataSource dataSource) {
		String url = dataSource.getJdbcUrl();
		return url != null && url.startsWith("jdbc:postgresql:")
				&& !url.toLowerCase(Locale.ROOT).contains(PROPERTY.toLowerCase(Locale.ROOT))
				&& !dataSource.getDataSourceProperties().containsKey(PROPERTY);
	}

}
