package org.porchlight.web;

import org.porchlight.sync.SyncConfiguration;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.context.annotation.Import;

/** The Porchlight web site. In the single-node default it also runs the sync worker in the same process. */
@SpringBootApplication
@Import(SyncConfiguration.class)
public class PorchlightWebApplication {

	public static void main(String[] args) {
		SpringApplication.run(PorchlightWebApplication.class, args);
	}

}
