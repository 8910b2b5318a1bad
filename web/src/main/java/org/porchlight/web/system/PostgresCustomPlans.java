package org.porchlight.web.system;

import com.zaxxer.hikari.HikariDataSource;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes PostgreSQL plan every statement with its actual parameter values ({@code plan_cache_mode =
 * force_custom_plan}). After a statement has run five times, the driver prepares it on the server, and PostgreSQL
 * may then reuse one generic plan. A generic plan cannot match the search's street expression to its trigram index,
 * because the expression's constants are still parameters there, so a location search would read every listing.
 * Planning each time costs well under a millisecond. A connection-init SQL that is already configured is kept.
 */
@Component
class PostgresCustomPlans implements BeanPostProcessor {

	static final String INIT_SQL = "set plan_cache_mode = force_custom_plan";

	@Override
	public Object postProcessBeforeInitialization(Object bean, String beanName) {
		if (bean instanceof HikariDataSource dataSource && dataSource.getJdbcUrl() != null
				&& dataSource.getJdbcUrl().startsWith("jdbc:postgresql:") && dataSource.getConnectionInitSql() == null) {
			dataSource.setConnectionInitSql(INIT_SQL);
		}
		return bean;
	}

}
