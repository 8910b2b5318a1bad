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
		RetsClientConfig config = RetsClientConfig.builder()
			.loginUrl(this.properties.loginUrl())
			.username(this.properties.username())
			.password(this.properties.password())
			.userAgent(this.properties.userAgent())
			.userAgentPassword(this.properties.userAgentPassword())
			.retsVersion(this.properties.version())
			.authMode(this.properties.authMode())
			.requestMethod(this.properties.requestMethod())
			.connectTimeout(this.properties.connectTimeout())
			.responseTimeout(this.properties.responseTimeout())
			.build();
		return RetsClient.create(config);
	}

}
