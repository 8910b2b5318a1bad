package org.porchlight.web.admin;

import java.security.Principal;
import java.util.Map;
import java.util.TreeMap;
import java.util.regex.Pattern;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsReplyException;
import org.porchlight.sync.RetsProperties;
import org.porchlight.sync.settings.FeedSettings;
import org.porchlight.sync.settings.SavedSettings;
import org.porchlight.sync.settings.SettingsCipher;
import org.porchlight.web.system.SiteSettings;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/**
 * The settings page: the RETS connection with a connection test, field mapping overrides, and the compliance texts.
 * The next sync run of the first feed, in this process or in a stand-alone worker, logs in with the saved connection
 * and maps with the saved overrides. The public pages show the saved compliance texts from the next page view on
 * this node. Secrets are stored encrypted, shown only masked, and never logged or audited.
 */
@Controller
class SettingsController {

	private static final Pattern URL = Pattern.compile("https?://\\S+");

	private static final Pattern RETS_VERSION = Pattern.compile("(?i)(RETS/)?1[._](5|7|7[._]2|8)");

	private static final Pattern NAME = Pattern.compile("[A-Za-z][A-Za-z0-9_]{0,63}");

	private static final String MAPPING_PREFIX = FeedSettings.MAPPING_PREFIX;

	private final SavedSettings settings;

	private final SiteSettings siteSettings;

	private final ConnectionSettings connection;

	private final SettingsCipher cipher;

	private final AdminFeeds feeds;

	private final RetsConnections connections;

	private final MetadataExplorer explorer;

	private final AuditLog audit;

	SettingsController(SavedSettings settings, SiteSettings siteSettings, ConnectionSettings connection,
			SettingsCipher cipher, AdminFeeds feeds, RetsConnections connections, MetadataExplorer explorer,
			AuditLog audit) {
		this.settings = settings;
		this.siteSettings = siteSettings;
		this.connection = connection;
		this.cipher = cipher;
		this.feeds = feeds;
		this.connections = connections;
		this.explorer = explorer;
		this.audit = audit;
	}

	@GetMapping("/admin/settings")
	String settings(Model model) {
		RetsProperties effective = this.connection.effective(this.feeds.first());
		model.addAttribute("feedId", this.feeds.first().id());
		model.addAttribute("connection", effective);
		model.addAttribute("passwordSet", StringUtils.hasText(effective.password()));
		model.addAttribute("userAgentPasswordSet", StringUtils.hasText(effective.userAgentPassword()));
		model.addAttribute("savedConnection", this.connection.hasSavedSettings());
		model.addAttribute("keyAvailable", this.cipher.isAvailable());
		Map<String, String> mapping = new TreeMap<>(this.feeds.mapping(this.feeds.first().id()));
		Map<String, String> overrides = new TreeMap<>();
		this.settings.values(MAPPING_PREFIX).forEach((name, value) -> overrides.put(name.substring(MAPPING_PREFIX.length()), value));
		model.addAttribute("configuredMapping", mapping);
		model.addAttribute("mappingOverrides", overrides);
		model.addAttribute("disclaimer", this.settings.value(SiteSettings.DISCLAIMER));
		model.addAttribute("brokerage", this.settings.value(SiteSettings.BROKERAGE));
		model.addAttribute("logoUrl", this.settings.value(SiteSettings.LOGO_URL));
		return "admin/settings";
	}

	@PostMapping("/admin/settings/connection")
	String saveConnection(@RequestParam String loginUrl, @RequestParam String username,
			@RequestParam(required = false) String password, @RequestParam(required = false) String userAgent,
			@RequestParam(required = false) String userAgentPassword, @RequestParam(required = false) String retsVersion,
			Principal principal, RedirectAttributes redirect) {
		String user = principal.getName();
		if (StringUtils.hasText(loginUrl) && !URL.matcher(loginUrl.strip()).matches()) {
			return error(redirect, "admin.settings.invalidUrl");
		}
		if (StringUtils.hasText(retsVersion) && !RETS_VERSION.matcher(retsVersion.strip()).matches()) {
			return error(redirect, "admin.settings.invalidVersion");
		}
		if ((StringUtils.hasText(password) || StringUtils.hasText(userAgentPassword)) && !this.cipher.isAvailable()) {
			return error(redirect, "admin.settings.noKey");
		}
		this.settings.put(FeedSettings.LOGIN_URL, trimToNull(loginUrl), user);
		this.settings.put(FeedSettings.USERNAME, trimToNull(username), user);
		this.settings.put(FeedSettings.USER_AGENT, trimToNull(userAgent), user);
		this.settings.put(FeedSettings.RETS_VERSION, trimToNull(retsVersion), user);
		if (StringUtils.hasText(password)) {
			this.settings.putSecret(FeedSettings.PASSWORD, password, user);
		}
		if (StringUtils.hasText(userAgentPassword)) {
			this.settings.putSecret(FeedSettings.USER_AGENT_PASSWORD, userAgentPassword, user);
		}
		this.explorer.forgetAll();
		this.audit.record(user, "settings.connection", this.feeds.first().id(), "login URL " + trimToNull(loginUrl)
				+ ", user " + trimToNull(username) + (StringUtils.hasText(password) ? ", new password" : ""));
		redirect.addFlashAttribute("message", "admin.settings.saved");
		return "redirect:/admin/settings";
	}

	@PostMapping("/admin/settings/test")
	String testConnection(Principal principal, RedirectAttributes redirect) {
		RetsProperties effective = this.connection.effective(this.feeds.first());
		String outcome;
		try (RetsClient client = this.connections.open(effective)) {
			Capabilities capabilities = client.login();
			redirect.addFlashAttribute("capabilities", new TreeMap<>(capabilities.urls()));
			redirect.addFlashAttribute("loginInfo", new TreeMap<>(capabilities.info()));
			if (capabilities.serverVersion() != null) {
				redirect.addFlashAttribute("serverVersion", capabilities.serverVersion().headerValue());
			}
			outcome = "logged in";
		}
		catch (RetsReplyException ex) {
			redirect.addFlashAttribute("testError", "RETS reply " + ex.replyCode() + ": " + ex.getMessage());
			outcome = "failed: reply " + ex.replyCode();
		}
		catch (RuntimeException ex) {
			redirect.addFlashAttribute("testError", ex.getClass().getSimpleName() + ": " + ex.getMessage());
			outcome = "failed: " + ex.getClass().getSimpleName();
		}
		this.audit.record(principal.getName(), "settings.tested", this.feeds.first().id(), outcome);
		return "redirect:/admin/settings";
	}

	@PostMapping("/admin/settings/mapping")
	String saveMapping(@RequestParam String field, @RequestParam(required = false) String systemName,
			Principal principal, RedirectAttributes redirect) {
		if (!NAME.matcher(field.strip()).matches()
				|| (StringUtils.hasText(systemName) && !NAME.matcher(systemName.strip()).matches())) {
			return error(redirect, "admin.settings.invalidName");
		}
		this.settings.put(MAPPING_PREFIX + field.strip(), trimToNull(systemName), principal.getName());
		this.audit.record(principal.getName(), "settings.mapping", this.feeds.first().id(),
				field.strip() + " = " + (StringUtils.hasText(systemName) ? systemName.strip() : "(removed)"));
		redirect.addFlashAttribute("message", "admin.settings.saved");
		return "redirect:/admin/settings";
	}

	@PostMapping("/admin/settings/compliance")
	String saveCompliance(@RequestParam(required = false) String disclaimer,
			@RequestParam(required = false) String brokerage, @RequestParam(required = false) String logoUrl,
			Principal principal, RedirectAttributes redirect) {
		if (StringUtils.hasText(logoUrl) && !URL.matcher(logoUrl.strip()).matches()) {
			return error(redirect, "admin.settings.invalidUrl");
		}
		this.settings.put(SiteSettings.DISCLAIMER, trimToNull(disclaimer), principal.getName());
		this.settings.put(SiteSettings.BROKERAGE, trimToNull(brokerage), principal.getName());
		this.settings.put(SiteSettings.LOGO_URL, trimToNull(logoUrl), principal.getName());
		this.siteSettings.forget();
		this.audit.record(principal.getName(), "settings.compliance", null, null);
		redirect.addFlashAttribute("message", "admin.settings.saved");
		return "redirect:/admin/settings";
	}

	private static String error(RedirectAttributes redirect, String message) {
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin/settings";
	}

	private static String trimToNull(String value) {
		return StringUtils.hasText(value) ? value.strip() : null;
	}

}
