package org.porchlight.sync.engine;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.sync.RetsProperties;

import org.springframework.stereotype.Component;

/** Opens a client session to the configured RETS server. */
@Component
class RetsClientFactory {

	private final RetsProperties properties;

	RetsClientFactory(RetsProperties properties) {
		this.properties = properties;
	}

	RetsClient create() {
		return create(this.properties);
	}

	/** Creates a client of the server that {@code properties} describe, such as one feed's server. */
	RetsClient create(RetsProperties properties) {
		RetsClientConfig config = RetsClientConfig.builder()
			.loginUrl(properties.loginUrl())
			.username(properties.username())
			.password(properties.password())
			.userAgent(properties.userAgent())
			.userAgentPassword(properties.userAgentPassword())
			.retsVersion(properties.version())
			.authMode(properties.authMode())
			.requestMethod(properties.requestMethod())
			.connectTimeout(properties.connectTimeout())
			.responseTimeout(properties.responseTimeout())
			.build();
		return RetsClient.create(config);
	}

}
