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

/** Tests that without configured credentials the admin area explains how to enable it and nobody can sign in. */
@SpringBootTest(properties = { "spring.datasource.url=jdbc:h2:mem:admin-disabled-tests;DB_CLOSE_DELAY=-1",
		"porchlight.sync.enabled=false", "porchlight.admin.username=admin" })
@AutoConfigureMockMvc
class AdminDisabledTests {

	@Autowired
	private MockMvcTester mvc;

	@Autowired
	private UserDetailsService users;

	@Test
	void dashboardExplainsHowToEnable() {
		Document page = HtmlPages.parse(this.mvc.get().uri("/admin").exchange(), 200);

		assertThat(page.select("h1").text()).isEqualTo("The admin area is disabled");
		assertThat(page.select(".config-example").text()).contains("PORCHLIGHT_ADMIN_PASSWORD");
	}

	@Test
	void loginPageExplainsHowToEnable() {
		Document page = HtmlPages.parse(this.mvc.get().uri("/admin/login").exchange(), 200);

		assertThat(page.select("h1").text()).isEqualTo("The admin area is disabled");
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
		assertThat(this.mvc.post().uri("/admin/sync").with(csrf()).exchange()).hasStatus3xxRedirection()
			.redirectedUrl()
			.endsWith("/admin/login");
	}

}
