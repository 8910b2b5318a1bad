package org.porchlight.testapp;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The store alone, for JPA slice tests. It lives outside {@code org.porchlight.sync} so that the component scan of
 * {@code SyncConfiguration} never picks it up.
 */
@SpringBootConfiguration
@EntityScan("org.porchlight.sync.store")
@EnableJpaRepositories("org.porchlight.sync.store")
public class StoreTestConfiguration {

}
