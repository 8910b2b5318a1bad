package org.porchlight.web.admin;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.StringUtils;

/**
 * Settings of the admin area, bound from {@code porchlight.admin.*}. Admin users live in the {@code admin_user}
 * table; the user name and password here only create the first one, at start-up, while that table is empty. There
 * is no built-in password outside the {@code demo} profile.
 *
 * @param username the first admin's user name; no default
 * @param password the first admin's password, in plain text, stored BCrypt-encoded; no default. Set it through the
 * environment ({@code PORCHLIGHT_ADMIN_PASSWORD}) rather than a file
 * @param freshnessLimit how old the listing data may get, as the MLS rules set it; default 12 hours
 * @param freshnessWarning the share of the freshness limit, in percent, after which the home page warns; default 75
 * @param maxFailedSignIns failed sign-ins of one user name, or from one address, that lock it; default 5
 * @param signInLock how long such a lock lasts, counted from the last failure; default 15 minutes
 */
@ConfigurationProperties("porchlight.admin")
public record AdminProperties(String username, String password, @DefaultValue("12h") Duration freshnessLimit,
		@DefaultValue("75") int freshnessWarning, @DefaultValue("5") int maxFailedSignIns,
		@DefaultValue("15m") Duration signInLock) {

	/** Returns whether both the user name and the password of the first admin are set. */
	public boolean firstAdminConfigured() {
		return StringUtils.hasText(this.username) && StringUtils.hasText(this.password);
	}

	/** Returns the data age after which the home page warns. */
	public Duration freshnessWarningAge() {
		return this.freshnessLimit.multipliedBy(this.freshnessWarning).dividedBy(100);
	}

	@Override
	public String toString() {
		return "AdminProperties[username=" + this.username + ", password=" + (StringUtils.hasText(this.password)
				? "(set)" : "(not set)") + ", freshnessLimit=" + this.freshnessLimit + ", freshnessWarning="
				+ this.freshnessWarning + ", maxFailedSignIns=" + this.maxFailedSignIns + ", signInLock="
				+ this.signInLock + "]";
	}

}
