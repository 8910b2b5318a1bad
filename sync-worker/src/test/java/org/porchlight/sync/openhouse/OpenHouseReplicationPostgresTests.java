package org.porchlight.sync.openhouse;

import org.junit.jupiter.api.extension.ExtendWith;
import org.porchlight.sync.testsupport.PostgresDatabase;
import org.porchlight.testapp.WorkerTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** Open-house replication into a PostgreSQL database of its own. */
@ExtendWith(PostgresDatabase.class)
@SpringBootTest(classes = { WorkerTestApplication.class, OpenHouseReplicationTests.ClockConfiguration.class },
		properties = { "porchlight.sync.enabled=false", "porchlight.sync.page-size=10",
				"spring.jpa.hibernate.ddl-auto=validate" })
@DirtiesContext
class OpenHouseReplicationPostgresTests extends OpenHouseReplicationTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
