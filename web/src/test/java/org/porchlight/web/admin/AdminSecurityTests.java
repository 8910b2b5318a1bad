package org.porchlight.web.admin;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.web.WebTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.assertj.MvcTestResult;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Tests that every request mapping of the admin controllers, as the handler mapping lists them, rejects anonymous
 * users, and that every POST among them needs a CSRF token even from a signed-in admin.
 */
class AdminSecurityTests extends WebTestSupport {

	/** Mappings that anonymous users must reach: the sign-in page. */
	private static final Set<String> PUBLIC_ADMIN_PATHS = Set.of("/admin/login");

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	private RequestMappingHandlerMapping handlerMapping;

	@Autowired
	private SignInThrottle throttle;

	@AfterEach
	void clearThrottle() {
		this.throttle.clear();
	}

	@Test
	void adminControllersAreFound() {
		List<Endpoint> endpoints = adminEndpoints();

		assertThat(endpoints).extracting(Endpoint::path)
			.contains("/admin", "/admin/runs", "/admin/runs/1", "/admin/runs/1/progress", "/admin/runs/1/cancel",
					"/admin/feeds/1/pause", "/admin/feeds/1/resume", "/admin/audit", "/admin/explain",
					"/admin/metadata", "/admin/metadata/refresh", "/admin/metadata/1/1", "/admin/metadata/1/lookups/1",
					"/admin/settings", "/admin/settings/connection", "/admin/settings/test", "/admin/settings/mapping",
					"/admin/settings/compliance");
		assertThat(endpoints).allSatisfy((endpoint) -> assertThat(endpoint.path()).startsWith("/admin"));
	}

	@Test
	void everyAdminMappingRejectsAnonymousUsers() {
		for (Endpoint endpoint : adminEndpoints()) {
			if (PUBLIC_ADMIN_PATHS.contains(endpoint.path())) {
				continue;
			}
			MvcTestResult result = this.mvc.perform(
					org.springframework.test.web.servlet.request.MockMvcRequestBuilders
						.request(endpoint.method(), endpoint.path())
						.with(csrf()));
			assertThat(result).as("anonymous %s %s", endpoint.method(), endpoint.path())
				.hasStatus3xxRedirection()
				.redirectedUrl()
				.endsWith("/admin/login");
		}
	}

	@Test
	void everyAdminPostNeedsCsrfToken() {
		List<Endpoint> posts = adminEndpoints().stream().filter((endpoint) -> endpoint.method() == HttpMethod.POST).toList();
		assertThat(posts).hasSizeGreaterThanOrEqualTo(9);
		for (Endpoint endpoint : posts) {
			MvcTestResult signedIn = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(endpoint.method(), endpoint.path())
				.with(user(ADMIN_USERNAME).roles("ADMIN")));
			assertThat(signedIn).as("%s %s without CSRF token", endpoint.method(), endpoint.path()).hasStatus(403);
			MvcTestResult wrongToken = this.mvc.perform(org.springframework.test.web.servlet.request.MockMvcRequestBuilders
				.request(endpoint.method(), endpoint.path())
				.with(user(ADMIN_USERNAME).roles("ADMIN"))
				.with(csrf().useInvalidToken()));
			assertThat(wrongToken).as("%s %s with a wrong CSRF token", endpoint.method(), endpoint.path())
				.hasStatus(403);
		}
		assertThat(this.mvc.post().uri("/admin/logout").with(user(ADMIN_USERNAME).roles("ADMIN")).exchange())
			.hasStatus(403);
	}

	@Test
	void signInPageAndPublicPagesNeedNoLogin() {
		assertThat(this.mvc.get().uri("/admin/login").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/").exchange()).hasStatusOk();
		assertThat(this.mvc.get().uri("/listings/none").exchange()).hasStatus(404);
	}

	@Test
	void nonAdminRoleIsForbidden() {
		assertThat(this.mvc.get().uri("/admin").with(user("viewer").roles("USER")).exchange()).hasStatus(403);
	}

	/** Lists every method and path of the admin controllers, with path variables filled in as {@code 1}. */
	private List<Endpoint> adminEndpoints() {
		List<Endpoint> endpoints = new ArrayList<>();
		this.handlerMapping.getHandlerMethods().forEach((info, method) -> {
			if (!method.getBeanType().getPackageName().startsWith("org.porchlight.web.admin")) {
				return;
			}
			for (String pattern : patterns(info)) {
				String path = pattern.replaceAll("\\{[^}]+}", "1");
				Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
				if (methods.isEmpty()) {
					endpoints.add(new Endpoint(HttpMethod.GET, path));
				}
				methods.forEach((requestMethod) -> endpoints.add(new Endpoint(requestMethod.asHttpMethod(), path)));
			}
		});
		return endpoints;
	}

	private static Set<String> patterns(RequestMappingInfo info) {
		return info.getPathPatternsCondition().getPatternValues();
	}

	private record Endpoint(HttpMethod method, String path) {
	}

}
