package org.porchlight.sync;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.persistence.autoconfigure.EntityScan;
import org.springframework.context.annotation.ComponentScan;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.jpa.repository.config.EnableJpaRepositories;

/**
 * The store and the sync engine, for an application to import: the web site in the single-node default, or the
 * stand-alone worker process. Binds {@link RetsProperties}, {@link SyncProperties} and {@link FeedsProperties}, and
 * schedules runs when
 * {@code porchlight.sync.enabled} is set.
 */
@Configuration(proxyBeanMethods = false)
@ComponentScan
@EntityScan("org.porchlight.sync.store")
@EnableJpaRepositories("org.porchlight.sync.store")
@EnableConfigurationProperties({ RetsProperties.class, SyncProperties.class, FeedsProperties.class })
public class SyncConfiguration {

}
