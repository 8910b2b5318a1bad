package org.porchlight.web.admin;

import java.io.IOException;

import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.LockedException;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.config.Customizer;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.AuthenticationFailureHandler;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.authentication.SimpleUrlAuthenticationSuccessHandler;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

/**
 * Protects everything under {@code /admin} with form sign-in against the {@code admin_user} table and leaves the
 * public pages open. Forms carry CSRF tokens (Spring Security's default), and repeated failed sign-ins lock the user
 * name and the client address for a while, as {@link SignInThrottle} counts them.
 */
@Configuration(proxyBeanMethods = false)
class AdminSecurityConfiguration {

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, SignInThrottle throttle, AdminUsers users)
			throws Exception {
		http.authorizeHttpRequests((requests) -> {
			requests.requestMatchers("/admin/login").permitAll();
			requests.requestMatchers("/admin", "/admin/**").hasRole("ADMIN");
			requests.anyRequest().permitAll();
		});
		http.formLogin((form) -> form.loginPage("/admin/login")
			.successHandler(successHandler(throttle, users))
			.failureHandler(failureHandler())
			.permitAll());
		http.logout((logout) -> logout.logoutUrl("/admin/logout").logoutSuccessUrl("/admin/login?logout"));
		http.headers(Customizer.withDefaults());
		return http.build();
	}

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	/** The one authentication provider: the admin users, checked against the throttle before the password. */
	@Bean
	AuthenticationProvider adminAuthenticationProvider(AdminUsers users, PasswordEncoder passwordEncoder,
			SignInThrottle throttle) {
		DaoAuthenticationProvider passwords = new DaoAuthenticationProvider(users);
		passwords.setPasswordEncoder(passwordEncoder);
		return new AuthenticationProvider() {

			@Override
			public Authentication authenticate(Authentication authentication) {
				String username = authentication.getName();
				String address = address(authentication);
				if (throttle.isLocked(username, address)) {
					throw new LockedException("Too many failed sign-ins");
				}
				try {
					return passwords.authenticate(authentication);
				}
				catch (AuthenticationException ex) {
					throttle.failed(username, address);
					throw ex;
				}
			}

			@Override
			public boolean supports(Class<?> authentication) {
				return passwords.supports(authentication);
			}

		};
	}

	private static String address(Authentication authentication) {
		return (authentication.getDetails() instanceof WebAuthenticationDetails details) ? details.getRemoteAddress()
				: null;
	}

	private static AuthenticationSuccessHandler successHandler(SignInThrottle throttle, AdminUsers users) {
		SimpleUrlAuthenticationSuccessHandler redirect = new SimpleUrlAuthenticationSuccessHandler("/admin");
		redirect.setAlwaysUseDefaultTargetUrl(true);
		return (request, response, authentication) -> {
			throttle.succeeded(authentication.getName());
			users.signedIn(authentication.getName());
			redirect.onAuthenticationSuccess(request, response, authentication);
		};
	}

	private static AuthenticationFailureHandler failureHandler() {
		return (HttpServletRequest request, HttpServletResponse response, AuthenticationException exception) -> {
			redirectTo(request, response,
					(exception instanceof LockedException) ? "/admin/login?locked" : "/admin/login?error");
		};
	}

	private static void redirectTo(HttpServletRequest request, HttpServletResponse response, String path)
			throws IOException, ServletException {
		response.sendRedirect(request.getContextPath() + path);
	}

}
