package org.porchlight.web.admin;

import java.util.Base64;
import java.util.Map;

import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sync.settings.SettingsCipher;
import org.porchlight.web.HtmlPages;
import org.porchlight.web.WebTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;

/**
 * Tests the settings page and the metadata explorer against a RETS sandbox on loopback: the connection saved with
 * an encrypted password, the connection test, mapping overrides, compliance texts, and browsing the metadata.
 */
class SettingsAndMetadataTests extends WebTestSupport {

	private static final String RETS_PASSWORD = "sandbox-secret-42";

	private static RetsSandbox sandbox;

	@Autowired
	private JdbcTemplate jdbc;

	@Autowired
	private MetadataExplorer explorer;

	@Autowired
	private SettingsCipher cipher;

	@BeforeAll
	static void startSandbox() {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("settings")
			.password(RETS_PASSWORD)
			.listingCount(5)
			.seed(3L)
			.build());
	}

	@AfterAll
	static void stopSandbox() {
		if (sandbox != null) {
			sandbox.close();
		}
	}

	@BeforeEach
	void setKey() {
		System.setProperty(SettingsCipher.KEY_VARIABLE, Base64.getEncoder().encodeToString(new byte[32]));
	}

	@AfterEach
	void clearSettings() {
		System.clearProperty(SettingsCipher.KEY_VARIABLE);
		this.jdbc.update("delete from admin_setting");
		this.jdbc.update("delete from audit_log");
		this.explorer.forgetAll();
	}

	@Test
	void passwordIsStoredEncryptedAndNeverShown() {
		assertThat(saveConnection(RETS_PASSWORD)).flash().containsEntry("message", "admin.settings.saved");

		String stored = this.jdbc.queryForObject(
				"select setting_value from admin_setting where name = 'connection.password' and secret = true",
				String.class);
		assertThat(stored).isNotEqualTo(RETS_PASSWORD).doesNotContain(RETS_PASSWORD);
		assertThat(this.cipher.decrypt(stored)).isEqualTo(RETS_PASSWORD);
		String page = settingsPage().html();
		assertThat(page).doesNotContain(RETS_PASSWORD).doesNotContain(stored);
		assertThat(settingsPage().select(".password-state").text()).startsWith("A password is set.");
		assertThat(settingsPage().select("input[name=loginUrl]").val()).isEqualTo(sandbox.loginUrl().toString());
		assertThat(this.jdbc.queryForObject("select detail from audit_log", String.class)).doesNotContain(RETS_PASSWORD)
			.contains("new password");
	}

	@Test
	void emptyPasswordKeepsTheStoredOne() {
		saveConnection(RETS_PASSWORD);
		saveConnection("");

		assertThat(this.cipher.decrypt(this.jdbc.queryForObject(
				"select setting_value from admin_setting where name = 'connection.password'", String.class)))
			.isEqualTo(RETS_PASSWORD);
	}

	@Test
	void passwordIsRejectedWithoutSettingsKey() {
		System.clearProperty(SettingsCipher.KEY_VARIABLE);

		assertThat(saveConnection(RETS_PASSWORD)).flash().containsEntry("message", "admin.settings.noKey");
		assertThat(this.jdbc.queryForObject("select count(*) from admin_setting", Integer.class)).isZero();
		assertThat(settingsPage().select(".alert").text()).contains("PORCHLIGHT_SETTINGS_KEY");
	}

	@Test
	void invalidLoginUrlIsRejected() {
		MvcTestResult result = this.mvc.post()
			.uri("/admin/settings/connection")
			.param("loginUrl", "ftp://example")
			.param("username", "settings")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();

		assertThat(result).flash().containsEntry("message", "admin.settings.invalidUrl");
	}

	@Test
	void connectionTestShowsCapabilities() {
		saveConnection(RETS_PASSWORD);

		MvcTestResult result = post("/admin/settings/test");
		assertThat(result).hasRedirectedUrl("/admin/settings");
		@SuppressWarnings("unchecked")
		Map<String, Object> capabilities = (Map<String, Object>) result.getMvcResult().getFlashMap().get("capabilities");
		assertThat(capabilities).containsKeys("Search", "GetMetadata", "GetObject");
		Document page = HtmlPages.parse(this.mvc.get()
			.uri("/admin/settings")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.flashAttrs(result.getMvcResult().getFlashMap())
			.exchange(), 200);
		assertThat(page.select(".test-result .alert").text()).startsWith("Logged in.");
		assertThat(page.select(".test-result .alert").text()).contains("announced version RETS/1.");
		assertThat(page.select(".capabilities-table th").eachText()).contains("Search");
		assertThat(this.jdbc.queryForObject("select detail from audit_log where action = 'settings.tested'",
				String.class)).isEqualTo("logged in");
	}

	@Test
	void connectionTestShowsTheExactError() {
		saveConnection("not-the-password");

		MvcTestResult result = post("/admin/settings/test");
		assertThat((String) result.getMvcResult().getFlashMap().get("testError")).isNotBlank();
		assertThat(result.getMvcResult().getFlashMap().containsKey("capabilities")).isFalse();
		Document page = HtmlPages.parse(this.mvc.get()
			.uri("/admin/settings")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.flashAttrs(result.getMvcResult().getFlashMap())
			.exchange(), 200);
		assertThat(page.select(".test-error").text()).isEqualTo(result.getMvcResult().getFlashMap().get("testError"));
		assertThat(page.html()).doesNotContain("not-the-password");
	}

	@Test
	void mappingOverridesAndComplianceTextsAreSaved() {
		this.mvc.post().uri("/admin/settings/mapping").param("field", "YearBuilt").param("systemName", "LIST_53")
			.with(user(ADMIN_USERNAME).roles("ADMIN")).with(csrf()).exchange();
		this.mvc.post().uri("/admin/settings/compliance").param("disclaimer", "Data from the Example MLS.")
			.param("brokerage", "Prairie Realty").param("logoUrl", "https://example.org/logo.png")
			.with(user(ADMIN_USERNAME).roles("ADMIN")).with(csrf()).exchange();

		Document page = settingsPage();
		assertThat(page.select(".mapping-table tbody tr").eachText()).contains("YearBuilt LIST_53");
		assertThat(page.select("textarea[name=disclaimer]").text()).isEqualTo("Data from the Example MLS.");
		assertThat(page.select("input[name=brokerage]").val()).isEqualTo("Prairie Realty");

		this.mvc.post().uri("/admin/settings/mapping").param("field", "YearBuilt").param("systemName", "")
			.with(user(ADMIN_USERNAME).roles("ADMIN")).with(csrf()).exchange();
		assertThat(settingsPage().select(".mapping-table tbody tr")).isEmpty();
		assertThat(this.jdbc.queryForList("select action from audit_log order by id", String.class))
			.containsExactly("settings.mapping", "settings.compliance", "settings.mapping");
	}

	@Test
	void explorerBrowsesResourcesClassesFieldsAndLookups() {
		saveConnection(RETS_PASSWORD);

		Document resources = page("/admin/metadata");
		assertThat(resources.select(".resource h2").eachText()).anyMatch((text) -> text.startsWith("Resource Property"));
		assertThat(resources.select(".classes a").eachAttr("href")).contains("/admin/metadata/Property/A?feed=default");

		Document metadataClass = page("/admin/metadata/Property/A?feed=default");
		assertThat(metadataClass.select(".profile-key").text()).isEqualTo("LIST_1");
		assertThat(metadataClass.select(".profile-status").text()).isEqualTo("LIST_15");
		assertThat(metadataClass.select(".fields-table tbody tr").size()).isGreaterThan(50);

		Document search = page("/admin/metadata/Property/A?feed=default&q=bedrooms");
		assertThat(search.select(".fields-table .system-name").eachText()).contains("LIST_66");
		assertThat(search.select(".fields-table tbody tr").size()).isLessThan(5);

		String lookupHref = page("/admin/metadata/Property/A?feed=default&q=LIST_15").select(".fields-table td a")
			.attr("href");
		assertThat(lookupHref).startsWith("/admin/metadata/Property/lookups/");
		assertThat(page(lookupHref).select(".lookup-table tbody").text()).contains("Active", "Pending", "Closed");
	}

	@Test
	void explorerCachesMetadataUntilReloaded() {
		saveConnection(RETS_PASSWORD);
		String loadedAt = page("/admin/metadata").select(".metadata-source form span").text();
		assertThat(page("/admin/metadata").select(".metadata-source form span").text()).isEqualTo(loadedAt);

		assertThat(post("/admin/metadata/refresh")).hasRedirectedUrl("/admin/metadata?feed=default");
		assertThat(this.jdbc.queryForObject("select detail from audit_log where action = 'metadata.refreshed'",
				String.class)).startsWith("version ");
	}

	@Test
	void explorerShowsWhyMetadataFailedToLoad() {
		saveConnection("not-the-password");

		Document page = page("/admin/metadata");
		assertThat(page.select(".metadata-error").text()).startsWith("The metadata could not be loaded: ");
		assertThat(page.select(".resource")).isEmpty();
	}

	@Test
	void explainerAsksTheFeedWithTheSyncRules() {
		saveConnection(RETS_PASSWORD);
		String activeKey = sandbox.listings().activeKeys().iterator().next();

		Document active = page("/admin/explain?feed=true&q=" + activeKey);
		assertThat(active.select(".feed-check .finding-info").text()).isEqualTo("The server has it, with the status Active.");
		assertThat(active.select(".feed-check .finding-ok").text()).startsWith("By the sync's rules it is public.");

		String mlsNumber = sandbox.listings().record(activeKey).get("LIST_105");
		assertThat(page("/admin/explain?feed=true&q=" + mlsNumber).select(".feed-check .finding-info").text())
			.as("found by MLS number %s", mlsNumber).isEqualTo("The server has it, with the status Active.");

		sandbox.listings().setStatus(activeKey, "Closed");
		Document closed = page("/admin/explain?feed=true&q=" + activeKey);
		assertThat(closed.select(".feed-check .finding-problem").text()).startsWith("That status is not Active");

		Document missing = page("/admin/explain?feed=true&q=NO-SUCH-KEY");
		assertThat(missing.select(".feed-check .finding-problem").text()).startsWith("The server returns no record");
		assertThat(page("/admin/explain?feed=true&q=bad%20value").select(".feed-check .finding-problem").text())
			.startsWith("The server could not be asked: Only letters");
	}

	private MvcTestResult saveConnection(String password) {
		return this.mvc.post()
			.uri("/admin/settings/connection")
			.param("loginUrl", sandbox.loginUrl().toString())
			.param("username", "settings")
			.param("password", password)
			.param("userAgent", "Porchlight/1.0")
			.param("retsVersion", "1.7.2")
			.with(user(ADMIN_USERNAME).roles("ADMIN"))
			.with(csrf())
			.exchange();
	}

	private MvcTestResult post(String uri) {
		return this.mvc.post().uri(uri).with(user(ADMIN_USERNAME).roles("ADMIN")).with(csrf()).exchange();
	}

	private Document settingsPage() {
		return page("/admin/settings");
	}

	private Document page(String uri) {
		return HtmlPages.parse(this.mvc.get().uri(uri).with(user(ADMIN_USERNAME).roles("ADMIN")).exchange(), 200);
	}

}
