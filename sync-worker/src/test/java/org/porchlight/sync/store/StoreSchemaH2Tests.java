package org.porchlight.sync.store;

import org.porchlight.testapp.StoreTestConfiguration;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;
import org.springframework.test.context.ContextConfiguration;

/** The store on the embedded H2 database, in its default mode. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
@ContextConfiguration(classes = StoreTestConfiguration.class)
class StoreSchemaH2Tests extends StoreSchemaTests {

}
