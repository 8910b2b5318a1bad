package org.porchlight.testapp;

import org.porchlight.sync.SyncConfiguration;

import org.springframework.boot.SpringBootConfiguration;
import org.springframework.boot.autoconfigure.EnableAutoConfiguration;
import org.springframework.context.annotation.Import;

/**
 * The sync worker's application context without its main class, for tests. It lives outside
 * {@code org.porchlight.sync} so that the component scan of {@link SyncConfiguration} never picks it up.
 */
@SpringBootConfiguration
@EnableAutoConfiguration
@Import(SyncConfiguration.class)
public class WorkerTestApplication {

}
