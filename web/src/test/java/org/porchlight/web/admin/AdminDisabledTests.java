package org.porchlight.web.admin;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.Test;
import org.porchlight.web.HtmlPages;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.test.web.servlet.assertj.MockMvcTester;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/**
 * Tests that without a configured first admin (here the password is missing) no admin user is created, the sign-in
 * page explains how to create one, and nobody can sign in.
 */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:admin-disabled-tests;DB_CLOSE_DELAY=-1",
		"porchlight.sync.enabled=false", "porchlight.admin.username=admin" })
@AutoConfigureMockMvc
class AdminDisabledTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void homeRedirectsToLoginPage() {
		assertThat(this.mvc.get().uri("/admin").exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/admin/login");
	}

	@Test
	void loginPageExplainsHowToCreateFirstAdmin() {
		Document page = HtmlPages.parse(this.mvc.get().uri("/admin/login").exchange(), 200);

		assertThat(page.select("h1").text()).isEqualTo("The admin area is disabled");
		assertThat(page.select(".config-example").text()).contains("PORCHLIGHT_ADMIN_PASSWORD");
		assertThat(page.select("input[type=password]")).isEmpty();
	}

	@Test
	void noUserExists() {
		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> this.users.loadUserByUsername("admin"));
		assertThatExceptionOfType(UsernameNotFoundException.class).isThrownBy(() -> this.users.loadUserByUsername("user"));
	}

	@Test
	void loginAttemptFails() {
		assertThat(this.mvc.post()
			.uri("/admin/login")
			.param("username", "admin")
			.param("password", "")
			.with(csrf())
			.exchange()).hasStatus3xxRedirection().hasRedirectedUrl("/admin/login?error");
	}

	@Test
	void syncCannotBeStarted() {
		assertThat(this.mvc.post().uri("/admin/runs").with(csrf()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/admin/login");
	}

}
