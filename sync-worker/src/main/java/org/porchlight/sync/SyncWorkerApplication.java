package org.porchlight.sync;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** Runs the sync worker as its own process, without the web site. */
@SpringBootApplication
public class SyncWorkerApplication {

	public static void main(String[] args) {
		SpringApplication.run(SyncWorkerApplication.class, args);
	}

}
