package org.porchlight.web.demo;

import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Starts the RETS sandbox inside the application when {@code porchlight.sandbox.enabled} is set, as in the
 * {@code demo} profile. The sandbox is a singleton bean, so it listens before the first sync run, which starts
 * once the application is ready, and it stops when the application context closes.
 */
@Configuration(proxyBeanMethods = false)
@ConditionalOnBooleanProperty("porchlight.sandbox.enabled")
@EnableConfigurationProperties(SandboxProperties.class)
class DemoSandboxConfiguration {

	@Bean(destroyMethod = "close")
	RetsSandbox retsSandbox(SandboxProperties properties) {
		return RetsSandbox.start(SandboxConfig.builder()
			.host(properties.host())
			.port(properties.port())
			.username(properties.username())
			.password(properties.password())
			.listingCount(properties.listingCount())
			.seed(properties.seed())
			.build());
	}

}
