package org.porchlight.web.admin;

import java.time.Instant;
import java.util.Locale;

import org.porchlight.web.system.DisplayFormats;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;

/** The page that explains why a listing, given by key or MLS number, is or is not on the public site. */
@Controller
class ExplainController {

	private final ListingExplainer explainer;

	private final MessageSource messages;

	private final DisplayFormats formats;

	private final FeedLookup feedLookup;

	private final AdminFeeds feeds;

	ExplainController(ListingExplainer explainer, MessageSource messages, DisplayFormats formats,
			FeedLookup feedLookup, AdminFeeds feeds) {
		this.explainer = explainer;
		this.feedLookup = feedLookup;
		this.feeds = feeds;
		this.messages = messages;
		this.formats = formats;
	}

	@GetMapping("/admin/explain")
	String explain(@RequestParam(required = false) String q, @RequestParam(defaultValue = "false") boolean feed,
			Model model, Locale locale) {
		model.addAttribute("q", q);
		if (q != null && !q.isBlank()) {
			ListingExplainer.Explanation explanation = this.explainer.explain(q);
			model.addAttribute("explanation", explanation);
			if (feed) {
				model.addAttribute("feedResults", this.feeds.all()
					.stream()
					.map((entry) -> this.feedLookup.lookUp(entry, storedKey(explanation, entry.id(), q.strip())))
					.toList());
			}
		}
		model.addAttribute("text", new FindingText(locale));
		return "admin/explain";
	}

	/** Returns the key of the feed's stored listing that matched, which identifies one record, or else the query. */
	private static String storedKey(ListingExplainer.Explanation explanation, String feedId, String query) {
		return explanation.listings()
			.stream()
			.map(ListingExplainer.ListingReport::listing)
			.filter((listing) -> listing.feedId().equals(feedId))
			.map(ListingExplainer.StoredListing::listingKey)
			.findFirst()
			.orElse(query);
	}

	/** Turns findings into sentences, with times in the site's format. */
	public final class FindingText {

		private final Locale locale;

		FindingText(Locale locale) {
			this.locale = locale;
		}

		public String of(ListingExplainer.Finding finding) {
			Object[] arguments = finding.arguments().clone();
			for (int i = 0; i < arguments.length; i++) {
				if (arguments[i] instanceof Instant instant) {
					arguments[i] = ExplainController.this.formats.dateTime(instant);
				}
				else if (arguments[i] == null) {
					arguments[i] = "-";
				}
			}
			return ExplainController.this.messages.getMessage(finding.messageKey(), arguments, this.locale);
		}

	}

}
