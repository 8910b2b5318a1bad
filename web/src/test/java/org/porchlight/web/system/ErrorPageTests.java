package org.porchlight.web.system;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.porchlight.web.WebTestSupport;

import org.springframework.http.HttpStatus;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests that every error status renders an HTML page in the site layout, whatever the client accepts. */
class ErrorPageTests extends WebTestSupport {

	@ParameterizedTest
	@ValueSource(ints = { 400, 403, 404, 405, 406, 410, 415, 429, 500, 503 })
	void everyStatusRendersHtmlPageInSiteLayout(int status) throws Exception {
		for (String accept : new String[] { "*/*", "application/json", "text/html" }) {
			MvcTestResult result = this.mvc.get()
				.uri("/error")
				.header("Accept", accept)
				.requestAttr("jakarta.servlet.error.status_code", status)
				.exchange();
			assertThat(result).hasStatus(status);
			assertThat(result.getResponse().getContentType()).startsWith("text/html");
			Document page = Jsoup.parse(result.getResponse().getContentAsString());
			assertThat(page.select("header.site-header")).hasSize(1);
			assertThat(page.select("main h1").text()).isNotBlank();
			assertThat(page.select("main a[href=/]")).isNotEmpty();
			assertThat(page.html()).doesNotContain("Whitelabel").doesNotContain("\"timestamp\"")
				.doesNotContain(HttpStatus.valueOf(status).name());
		}
	}

	@ParameterizedTest
	@ValueSource(strings = { "/no/such/page", "/listings/a/b/c", "/photos/huge/x" })
	void unknownPathsAnswerNotFoundPage(String path) throws Exception {
		MvcTestResult result = this.mvc.get().uri(path).header("Accept", "*/*").exchange();
		assertThat(result).hasStatus(404);
	}

}
