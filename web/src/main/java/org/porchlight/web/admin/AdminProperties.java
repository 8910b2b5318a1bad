package org.porchlight.web.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the admin area, bound from {@code porchlight.admin.*}. The admin area is disabled unless both the
 * user name and the password are set; there is no built-in password.
 *
 * @param username the admin's user name; no default
 * @param password the admin's password, in plain text, encoded at start-up; no default. Set it through the
 * environment ({@code PORCHLIGHT_ADMIN_PASSWORD}) rather than a file
 * @param refreshWarningAfter how old the listing data may get before the dashboard warns. Default 10 hours, which
 * leaves time to act before the 12-hour refresh limit that many MLS rules set
 */
@ConfigurationProperties("porchlight.admin")
public record AdminProperties(String username, String password,
		@DefaultValue("10h") Duration refreshWarningAfter) {

	/** Returns whether both credentials are set, which enables the admin area. */
	public boolean enabled() {
		return StringUtils.hasText(this.username) && StringUtils.hasText(this.password);
	}

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + ", password=" + (StringUtils.hasText(this.password)
				? "(set)" : "(not set)") + ", refreshWarningAfter=" + this.refreshWarningAfter + "]";
	}

}
