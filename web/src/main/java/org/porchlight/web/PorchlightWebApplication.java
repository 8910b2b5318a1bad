package org.porchlight.web;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The Porchlight web site. In the single-node default it also runs the sync worker in the same process. */
@SpringBootApplication(scanBasePackages = { "org.porchlight.web", "org.porchlight.sync" })
public class PorchlightWebApplication {

	public static void main(String[] args) {
		SpringApplication.run(PorchlightWebApplication.class, args);
	}

}
