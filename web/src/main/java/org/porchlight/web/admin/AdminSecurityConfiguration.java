package org.porchlight.web.admin;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.userdetails.User;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.provisioning.InMemoryUserDetailsManager;
import org.springframework.security.web.SecurityFilterChain;

/**
 * Protects the admin area with form login and leaves the public pages open. When no admin credentials are
 * configured, no user exists and the admin pages only explain how to configure them.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

	private static final Logger logger = LoggerFactory.getLogger(AdminSecurityConfiguration.class);

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, AdminProperties admin) throws Exception {
		http.authorizeHttpRequests((requests) -> {
			if (admin.enabled()) {
				requests.requestMatchers("/admin/login").permitAll();
				requests.requestMatchers("/admin", "/admin/**").hasRole("ADMIN");
			}
			else {
				requests.requestMatchers("/admin", "/admin/login").permitAll();
				requests.requestMatchers("/admin/**").denyAll();
			}
			requests.anyRequest().permitAll();
		});
		http.formLogin((form) -> form.loginPage("/admin/login").defaultSuccessUrl("/admin", true).permitAll());
		http.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"));
		http.headers(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/**
	 * Holds the one admin user, or no user when the credentials are not configured. Declaring this bean also keeps
	 * Spring Boot from creating a default user with a generated password.
	 */
	@Bean
	UserDetailsService userDetailsService(AdminProperties admin, PasswordEncoder passwordEncoder) {
		if (!admin.enabled()) {
			logger.info("Admin area disabled: set porchlight.admin.username and porchlight.admin.password to enable it");
			return new InMemoryUserDetailsManager();
		}
		UserDetails user = User.withUsername(admin.username().strip())
			.password(passwordEncoder.encode(admin.password()))
			.roles("ADMIN")
			.build();
		return new InMemoryUserDetailsManager(user);
	}

}
