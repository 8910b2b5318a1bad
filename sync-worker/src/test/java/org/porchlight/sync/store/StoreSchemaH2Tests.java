package org.porchlight.sync.store;

import org.springframework.boot.data.jpa.test.autoconfigure.DataJpaTest;

/** The store on the embedded H2 database, in its default mode. */
@DataJpaTest(properties = "spring.jpa.hibernate.ddl-auto=validate")
class StoreSchemaH2Tests extends StoreSchemaTests {

}
