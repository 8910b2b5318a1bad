package org.porchlight.web.admin;

import java.security.Principal;
import java.time.Clock;
import java.time.Duration;

import org.porchlight.sync.SyncLauncher;
import org.porchlight.sync.store.SyncRunMode;
import org.porchlight.sync.store.SyncRunStatus;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.util.StringUtils;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

/** The run list with its filter, the page of one run with its live progress, and the actions that start or stop runs. */
@Controller
class RunsController {

	private static final int MAX_LISTED_RUNS = 200;

	private static final int MAX_LISTED_ERRORS = 500;

	private final RunHistory runs;

	private final AdminFeeds feeds;

	private final ObjectProvider<SyncLauncher> launcher;

	private final AuditLog audit;

	private final JdbcTemplate jdbc;

	private final Clock clock = Clock.systemUTC();

	RunsController(RunHistory runs, AdminFeeds feeds, ObjectProvider<SyncLauncher> launcher,
			AuditLog audit, JdbcTemplate jdbc) {
		this.runs = runs;
		this.feeds = feeds;
		this.launcher = launcher;
		this.audit = audit;
		this.jdbc = jdbc;
	}

	@GetMapping("/admin/runs")
	String list(@ModelAttribute("filter") RunFilter filter, Model model) {
		model.addAttribute("runs", this.runs.find(filter, MAX_LISTED_RUNS));
		model.addAttribute("feedIds", this.feeds.ids());
		model.addAttribute("statuses", SyncRunStatus.values());
		model.addAttribute("modes", SyncRunMode.values());
		return "admin/runs";
	}

	@GetMapping("/admin/runs/{id}")
	String show(@PathVariable long id, Model model) {
		RunHistory.Run run = this.runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("run", run);
		model.addAttribute("progress", progressOf(run));
		model.addAttribute("errors", this.runs.errors(id, MAX_LISTED_ERRORS));
		model.addAttribute("stopping", run.isCancelling());
		return "admin/run";
	}

	/** Returns the counts of a run so far, for the progress bar of its page to poll. */
	@GetMapping("/admin/runs/{id}/progress")
	@ResponseBody
	Progress progress(@PathVariable long id) {
		return progressOf(this.runs.find(id).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND)));
	}

	/** Starts a run of one feed, or of every feed when {@code feed} is empty, in the mode the form posted. */
	@PostMapping("/admin/runs")
	String start(@RequestParam(required = false) String feed, @RequestParam(defaultValue = "INCREMENTAL") SyncRunMode mode,
			Principal principal, RedirectAttributes redirect) {
		String feedId = StringUtils.hasText(feed) ? feed.strip() : null;
		if (feedId != null && this.feeds.feed(feedId).isEmpty()) {
			redirect.addFlashAttribute("message", "admin.sync.unknownFeed");
			return "redirect:/admin";
		}
		SyncLauncher syncLauncher = this.launcher.getIfAvailable();
		String message;
		if (syncLauncher == null) {
			message = "admin.sync.unavailable";
		}
		else if (syncLauncher.requestRun(feedId, mode, principal.getName())) {
			message = "admin.sync.started";
		}
		else if (syncLauncher.isRunning()) {
			message = "admin.sync.alreadyRunning";
		}
		else {
			message = "admin.sync.notStarted";
		}
		this.audit.record(principal.getName(), "run.requested", feedId, mode + " run of "
				+ ((feedId != null) ? "feed " + feedId : "every feed") + ": " + message.substring(11));
		redirect.addFlashAttribute("message", message);
		return "redirect:/admin";
	}

	/** Asks the process that runs the run to stop it, through the database; see {@link SyncLauncher#cancel}. */
	@PostMapping("/admin/runs/{id}/cancel")
	String cancel(@PathVariable long id, Principal principal, RedirectAttributes redirect) {
		SyncLauncher syncLauncher = this.launcher.getIfAvailable();
		if (syncLauncher == null) {
			redirect.addFlashAttribute("message", "admin.sync.unavailable");
			return "redirect:/admin/runs/" + id;
		}
		SyncLauncher.CancelOutcome outcome = syncLauncher.cancel(id, principal.getName());
		String feedId = this.runs.find(id).map(RunHistory.Run::feedId).orElse(null);
		this.audit.record(principal.getName(), "run.cancelled", feedId, "Run " + id + ": " + outcome);
		redirect.addFlashAttribute("message", "admin.cancel." + outcome);
		return "redirect:/admin/runs/" + id;
	}

	@PostMapping("/admin/feeds/{feedId}/pause")
	String pause(@PathVariable String feedId, Principal principal, RedirectAttributes redirect) {
		return setPaused(feedId, true, principal, redirect);
	}

	@PostMapping("/admin/feeds/{feedId}/resume")
	String resume(@PathVariable String feedId, Principal principal, RedirectAttributes redirect) {
		return setPaused(feedId, false, principal, redirect);
	}

	private String setPaused(String feedId, boolean paused, Principal principal, RedirectAttributes redirect) {
		if (this.feeds.feed(feedId).isEmpty()) {
			throw new ResponseStatusException(HttpStatus.NOT_FOUND);
		}
		SyncLauncher syncLauncher = this.launcher.getIfAvailable();
		if (syncLauncher == null) {
			redirect.addFlashAttribute("message", "admin.sync.unavailable");
			return "redirect:/admin";
		}
		if (paused) {
			syncLauncher.pause(feedId);
		}
		else {
			syncLauncher.resume(feedId);
		}
		this.audit.record(principal.getName(), paused ? "schedule.paused" : "schedule.resumed", feedId, null);
		redirect.addFlashAttribute("message", paused ? "admin.schedule.paused" : "admin.schedule.resumed");
		return "redirect:/admin";
	}

	private Progress progressOf(RunHistory.Run run) {
		long expected = expectedRecords(run);
		int percent;
		if (!run.isRunning()) {
			percent = 100;
		}
		else if (expected > 0) {
			percent = (int) Math.min(99, run.listingsSeen() * 100L / expected);
		}
		else {
			percent = 0;
		}
		Duration elapsed = (run.finishedAt() != null) ? run.duration()
				: Duration.between(run.startedAt(), this.clock.instant());
		return new Progress(run.id(), run.status(), run.isRunning(), run.listingsSeen(), run.listingsInserted(),
				run.listingsUpdated(), run.listingsUnchanged(), run.listingsRemoved(), run.photosFetched(),
				run.errorCount(), expected, percent, elapsed.toSeconds());
	}

	/**
	 * Estimates how many records a run reads: as many as the last succeeded run of the same mode read, or, for a full
	 * run without one, the feed's visible listings. The server's own count is not recorded, so this is an estimate.
	 */
	private long expectedRecords(RunHistory.Run run) {
		long previous = this.runs.lastSucceeded(run.feedId(), run.mode(), run.id())
			.map(RunHistory.Run::listingsSeen)
			.orElse(0);
		if (previous > 0 || run.mode() != SyncRunMode.FULL) {
			return previous;
		}
		Long visible = this.jdbc.queryForObject("select count(*) from listing where feed_id = ? and visible = true",
				Long.class, run.feedId());
		return (visible != null) ? visible : 0;
	}

	/** The progress of a run, as JSON for its page's progress bar. */
	public record Progress(long id, SyncRunStatus status, boolean running, int seen, int inserted, int updated,
			int unchanged, int removed, int photos, int errors, long expected, int percent, long elapsedSeconds) {
	}

}
