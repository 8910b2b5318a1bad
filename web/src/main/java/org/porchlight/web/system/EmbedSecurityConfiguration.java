package org.porchlight.web.system;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Lets agents' sites frame the pages under {@code /embed}: they get a Content-Security-Policy
 * {@code frame-ancestors} header from {@link EmbedProperties} instead of {@code X-Frame-Options: DENY}, which every
 * other page keeps. The pages are public and hold no form that changes data, so this chain needs no sign-in.
 */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(EmbedProperties.class)
class EmbedSecurityConfiguration {

	@Bean
	@Order(Ordered.HIGHEST_PRECEDENCE)
	SecurityFilterChain embedSecurityFilterChain(HttpSecurity http, EmbedProperties embed) throws Exception {
		http.securityMatcher("/embed/**");
		http.authorizeHttpRequests((requests) -> requests.anyRequest().permitAll());
		http.headers((headers) -> headers.frameOptions((frameOptions) -> frameOptions.disable())
			.contentSecurityPolicy((policy) -> policy.policyDirectives(embed.contentSecurityPolicy())));
		return http.build();
	}

}
