package org.porchlight.web.admin;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.sync.RetsProperties;

import org.springframework.stereotype.Component;

/** Opens RETS clients for the admin area's own requests: the metadata explorer and the connection test. */
@Component
class RetsConnections {

	/** Creates a client for a server; throws {@link IllegalStateException} when no login URL is configured. */
	RetsClient open(RetsProperties rets) {
		if (!rets.isConfigured()) {
			throw new IllegalStateException("No RETS login URL is configured");
		}
		return RetsClient.create(RetsClientConfig.builder()
			.loginUrl(rets.loginUrl())
			.username(rets.username())
			.password((rets.password() != null) ? rets.password() : "")
			.userAgent(rets.userAgent())
			.userAgentPassword(rets.userAgentPassword())
			.retsVersion(rets.version())
			.authMode(rets.authMode())
			.requestMethod(rets.requestMethod())
			.connectTimeout(rets.connectTimeout())
			.responseTimeout(rets.responseTimeout())
			.build());
	}

}
