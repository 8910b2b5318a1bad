package org.porchlight.web.admin;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunRepository;
import org.porchlight.web.system.Site;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The admin dashboard: recent sync runs, data freshness, and a button to start a sync. */
@Controller
class AdminController {

	private final AdminProperties admin;

	private final SyncRunRepository syncRuns;

	private final ObjectProvider<SyncLauncher> launcher;

	private final Site site;

	private final Clock clock;

	AdminController(AdminProperties admin, SyncRunRepository syncRuns, ObjectProvider<SyncLauncher> launcher,
			Site site, ObjectProvider<Clock> clock) {
		this.admin = admin;
		this.syncRuns = syncRuns;
		this.launcher = launcher;
		this.site = site;
		this.clock = clock.getIfAvailable(Clock::systemUTC);
	}

	@GetMapping("/admin")
	String dashboard(Model model) {
		if (!this.admin.enabled()) {
			return "admin/disabled";
		}
		SyncLauncher syncLauncher = this.launcher.getIfAvailable();
		Instant lastUpdated = this.site.lastUpdated();
		model.addAttribute("runs", this.syncRuns.findTop20ByOrderByStartedAtDesc());
		model.addAttribute("syncAvailable", syncLauncher != null);
		model.addAttribute("syncRunning", syncLauncher != null && syncLauncher.isRunning());
		model.addAttribute("lastUpdated", lastUpdated);
		model.addAttribute("dataStale", isStale(lastUpdated));
		model.addAttribute("refreshWarningHours", this.admin.refreshWarningAfter().toHours());
		return "admin/dashboard";
	}

	@GetMapping("/admin/login")
	String login() {
		return this.admin.enabled() ? "admin/login" : "admin/disabled";
	}

	@PostMapping("/admin/sync")
	String runSync(Principal principal, RedirectAttributes redirect) {
		SyncLauncher syncLauncher = this.launcher.getIfAvailable();
		String message;
		if (syncLauncher == null) {
			message = "admin.sync.unavailable";
		}
		else if (syncLauncher.requestRun(SyncRunMode.FULL, principal.getName())) {
			message = "admin.sync.started";
		}
		else if (syncLauncher.isRunning()) {
			message = "admin.sync.alreadyRunning";
		}
		else {
			message = "admin.sync.notStarted";
		}
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin";
	}

	private boolean isStale(Instant lastUpdated) {
		if (lastUpdated == null) {
			return true;
		}
		Duration age = Duration.between(lastUpdated, this.clock.instant());
		return age.compareTo(this.admin.refreshWarningAfter()) > 0;
	}

}
