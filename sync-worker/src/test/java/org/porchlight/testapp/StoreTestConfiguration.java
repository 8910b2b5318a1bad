package org.porchlight.sync.store;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/** The store alone, for JPA slice tests. */
@SpringBootConfiguration
@EntityScan("org.porchlight.sync.store")
@EnableJpaRepositories("org.porchlight.sync.store")
public class StoreTestConfiguration {

}
