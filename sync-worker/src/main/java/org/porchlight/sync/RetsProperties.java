package org.porchlight.sync;

import java.time.Duration;

import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import org.porchlight.rets.client.AuthMode;
import org.porchlight.rets.client.RequestMethod;
import org.porchlight.rets.client.RetsVersion;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.util.StringUtils;
import org.springframework.validation.annotation.Validated;

/**
 * Connection settings of the RETS server that the sync mirrors ({@code porchlight.rets.*}). Secrets usually come
 * from the environment, such as {@code PORCHLIGHT_RETS_PASSWORD}, and {@link #toString()} masks them.
 *
 * @param loginUrl URL of the server's Login transaction. Default: none, so the sync does not run
 * @param username RETS user name, required with a login URL
 * @param password RETS password, required with a login URL
 * @param userAgent {@code User-Agent} header sent with every request. Default {@code Porchlight/1.0}
 * @param userAgentPassword password for RETS-UA-Authorization. Default: none, so the header is not sent
 * @param retsVersion RETS version announced at login: {@code 1.5}, {@code 1.7}, {@code 1.7.2} or {@code 1.8}.
 * Default {@code 1.7.2}
 * @param authMode the response to HTTP authentication challenges: {@code auto}, {@code basic} or
 * {@code digest}. Default {@code auto}
 * @param requestMethod HTTP method of every transaction: {@code get} or {@code post}. Default {@code get}
 * @param connectTimeout TCP connect timeout. Default 10 seconds
 * @param responseTimeout maximum time between two reads of a response. Default 5 minutes
 */
@Validated
@ConfigurationProperties("porchlight.rets")
public record RetsProperties(
		@Pattern(regexp = "|https?://\\S+", message = "must be an http or https URL") String loginUrl,
		String username, String password, String userAgent, String userAgentPassword,
		@Pattern(regexp = "(?i)(RETS/)?1[._](5|7|7[._]2|8)",
				message = "must be one of 1.5, 1.7, 1.7.2, 1.8") String retsVersion,
		@NotNull AuthMode authMode, @NotNull RequestMethod requestMethod, @NotNull Duration connectTimeout,
		@NotNull Duration responseTimeout) {

	private static final String MASK = "******";

	public RetsProperties {
		userAgent = StringUtils.hasText(userAgent) ? userAgent : "Porchlight/1.0";
		retsVersion = StringUtils.hasText(retsVersion) ? retsVersion : "1.7.2";
		authMode = (authMode != null) ? authMode : AuthMode.AUTO;
		requestMethod = (requestMethod != null) ? requestMethod : RequestMethod.GET;
		connectTimeout = (connectTimeout != null) ? connectTimeout : Duration.ofSeconds(10);
		responseTimeout = (responseTimeout != null) ? responseTimeout : Duration.ofMinutes(5);
	}

	/** Returns whether a login URL is set, which is what makes the sync run. */
	public boolean isConfigured() {
		return StringUtils.hasText(this.loginUrl);
	}

	/** Validates that a configured server also has credentials. */
	@AssertTrue(message = "porchlight.rets.username and porchlight.rets.password are required with a login URL")
	public boolean isCredentialsPresent() {
		return !isConfigured() || (StringUtils.hasText(this.username) && this.password != null);
	}

	/** Returns {@link #retsVersion()} as the client's enum. */
	public RetsVersion version() {
		return RetsVersion.parse(this.retsVersion);
	}

	@Override
	public String toString() {
		return "RetsProperties[loginUrl=" + this.loginUrl + ", username=" + this.username + ", password="
				+ mask(this.password) + ", userAgent=" + this.userAgent + ", userAgentPassword="
				+ mask(this.userAgentPassword) + ", retsVersion=" + this.retsVersion + ", authMode=" + this.authMode
				+ ", requestMethod=" + this.requestMethod + ", connectTimeout=" + this.connectTimeout
				+ ", responseTimeout=" + this.responseTimeout + "]";
	}

	private static String mask(String secret) {
		return (secret != null) ? MASK : null;
	}

}
