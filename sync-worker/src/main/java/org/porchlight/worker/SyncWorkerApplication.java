package org.porchlight.worker;

import org.porchlight.sync.SyncConfiguration;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** Runs the sync worker as its own process, without the web site. */
@SpringBootApplication
@Import(SyncConfiguration.class)
public class SyncWorkerApplication {

	public static void main(String[] args) {
		SpringApplication.run(SyncWorkerApplication.class, args);
	}

}
