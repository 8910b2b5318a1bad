package org.porchlight.web.admin;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.sync.SyncLauncher;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;

/** The admin home page, with a summary of each feed and a chart of its recent runs, and the sign-in page. */
@Controller
class AdminController {

	private static final int CHART_RUNS = 30;

	private final AdminUsers users;

	private final FeedOverview overview;

	private final RunHistory runs;

	private final AdminFeeds adminFeeds;

	private final ObjectProvider<SyncLauncher> launcher;

	private final AdminProperties properties;

	private final AdminCharts charts;

	private final PhotoDiskUsage photoDiskUsage;

	AdminController(AdminUsers users, FeedOverview overview, RunHistory runs, AdminFeeds adminFeeds,
			ObjectProvider<SyncLauncher> launcher, AdminProperties properties, AdminCharts charts, PhotoDiskUsage photoDiskUsage) {
		this.photoDiskUsage = photoDiskUsage;
		this.properties = properties;
		this.charts = charts;
		this.users = users;
		this.overview = overview;
		this.runs = runs;
		this.adminFeeds = adminFeeds;
		this.launcher = launcher;
	}

	@GetMapping("/admin")
	String home(Model model) {
		List<FeedOverview.FeedSummary> feeds = this.overview.summaries();
		Map<String, String> chartJson = new LinkedHashMap<>();
		for (FeedOverview.FeedSummary feed : feeds) {
			List<RunHistory.Run> recent = new ArrayList<>(this.runs.recent(feed.feedId(), CHART_RUNS));
			Collections.reverse(recent);
			chartJson.put(feed.feedId(), this.charts.json(recent));
		}
		model.addAttribute("feeds", feeds);
		model.addAttribute("chartJson", chartJson);
		model.addAttribute("runs", this.runs.find(new RunFilter(null, null, null, null, null), 20));
		model.addAttribute("photoDiskBytes", this.photoDiskUsage.bytes());
		model.addAttribute("freshnessLimit", this.properties.freshnessLimit());
		model.addAttribute("syncAvailable", this.launcher.getIfAvailable() != null);
		model.addAttribute("feedIds", this.adminFeeds.ids());
		return "admin/home";
	}

	@GetMapping("/admin/login")
	String login() {
		return (this.users.count() > 0) ? "admin/login" : "admin/disabled";
	}

}
