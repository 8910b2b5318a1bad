package org.porchlight.sync.store;

import org.junit.jupiter.api.extension.ExtendWith;
import org.porchlight.sync.testsupport.PostgresDatabase;

import org.porchlight.testapp.StoreTestConfiguration;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.boot.jdbc.test.autoconfigure.AutoConfigureTestDatabase;
import org.springframework.test.annotation.DirtiesContext;
import org.springframework.test.context.ContextConfiguration;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The store on a real PostgreSQL database. */
@ExtendWith(PostgresDatabase.class)
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = StoreTestConfiguration.class)
@AutoConfigureTestDatabase(replace = AutoConfigureTestDatabase.Replace.NONE)
@DirtiesContext
class StoreSchemaPostgresTests extends StoreSchemaTests {

	@DynamicPropertySource
	static void database(DynamicPropertyRegistry registry) {
		PostgresDatabase.register(registry);
	}

}
