package org.porchlight.sync.openhouse;

import org.porchlight.testapp.WorkerTestApplication;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.annotation.DirtiesContext;

/** Open-house replication into an in-memory H2 database. */
@SpringBootTest(classes = { WorkerTestApplication.class, OpenHouseReplicationTests.ClockConfiguration.class },
		properties = { "porchlight.sync.enabled=false", "porchlight.sync.page-size=10",
				"spring.datasource.url=jdbc:h2:mem:open-houses;DB_CLOSE_DELAY=-1",
				"spring.jpa.hibernate.ddl-auto=validate" })
@DirtiesContext
class OpenHouseReplicationH2Tests extends OpenHouseReplicationTests {

}
