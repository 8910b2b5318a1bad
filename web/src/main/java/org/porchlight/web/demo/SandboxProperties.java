package org.porchlight.web.demo;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the RETS sandbox that the demo runs inside the web application, bound from
 * {@code porchlight.sandbox.*}. The sandbox serves generated listings for trying the site without an MLS account; it
 * is not part of a production deployment.
 *
 * @param enabled whether the sandbox starts with the application; default {@code false}, {@code true} in the
 * {@code demo} profile
 * @param host the address to listen on; default {@code 127.0.0.1}
 * @param port the TCP port, or 0 for any free port; default 6103
 * @param username the RETS user name that the sandbox accepts; default {@code demo}
 * @param password the RETS password that the sandbox accepts; default {@code demo-rets}
 * @param listingCount the number of generated listings; default 500
 * @param seed the seed of the listing generator, so that the same seed serves the same listings; default 42
 */
@ConfigurationProperties("porchlight.sandbox")
public record SandboxProperties(boolean enabled, @DefaultValue("127.0.0.1") String host,
		@DefaultValue("6103") int port, @DefaultValue("demo") String username, @DefaultValue("demo-rets") String password,
		@DefaultValue("500") int listingCount, @DefaultValue("42") long seed) {

	@Override
	public String toString() {
		return "SandboxProperties[enabled=" + this.enabled + ", host=" + this.host + ", port=" + this.port
				+ ", username=" + this.username + ", password=******, listingCount=" + this.listingCount + ", seed="
				+ this.seed + "]";
	}

}
