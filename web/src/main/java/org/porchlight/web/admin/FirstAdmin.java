package org.porchlight.web.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * Creates the first admin user at start-up from {@code porchlight.admin.username} and {@code .password} (usually
 * {@code PORCHLIGHT_ADMIN_USERNAME} and {@code PORCHLIGHT_ADMIN_PASSWORD}) when the {@code admin_user} table is
 * empty. Once an admin exists, these properties change nothing, so a changed password does not overwrite the stored
 * one.
 */
@Component
class FirstAdmin implements ApplicationRunner {

	private static final Logger logger = LoggerFactory.getLogger(FirstAdmin.class);

	private final AdminUsers users;

	private final AdminProperties properties;

	FirstAdmin(AdminUsers users, AdminProperties properties) {
		this.users = users;
		this.properties = properties;
	}

	@Override
	public void run(ApplicationArguments args) {
		createIfNoAdminExists();
	}

	/** Creates the configured admin when there is none yet, and returns whether it did. */
	boolean createIfNoAdminExists() {
		if (this.users.count() > 0) {
			return false;
		}
		if (!this.properties.firstAdminConfigured()) {
			logger.info("No admin user exists: set PORCHLIGHT_ADMIN_USERNAME and PORCHLIGHT_ADMIN_PASSWORD "
					+ "(porchlight.admin.username and .password) and restart to create the first one");
			return false;
		}
		this.users.create(this.properties.username(), this.properties.password());
		logger.info("Created the first admin user '{}' from porchlight.admin.username", this.properties.username().strip());
		return true;
	}

}
