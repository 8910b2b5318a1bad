package org.porchlight.web.admin;

import java.security.Principal;
import java.util.List;
import java.util.Locale;

import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.sync.FeedsProperties;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;
import org.springframework.web.util.UriComponentsBuilder;

/**
 * The metadata explorer: the connected server's resources and classes, the fields of a class with the resolved
 * listing profile, and the values of a lookup.
 */
@Controller
class MetadataController {

	private final MetadataExplorer explorer;

	private final AdminFeeds feeds;

	private final AuditLog audit;

	MetadataController(MetadataExplorer explorer, AdminFeeds feeds, AuditLog audit) {
		this.explorer = explorer;
		this.feeds = feeds;
		this.audit = audit;
	}

	@GetMapping("/admin/metadata")
	String resources(@RequestParam(required = false) String feed, Model model) {
		addMetadata(feed, model);
		return "admin/metadata";
	}

	@GetMapping("/admin/metadata/{resourceId}/{className}")
	String metadataClass(@PathVariable String resourceId, @PathVariable String className,
			@RequestParam(required = false) String feed, @RequestParam(required = false) String q, Model model) {
		MetadataExplorer.Loaded loaded = addMetadata(feed, model);
		if (loaded.metadata() == null) {
			return "admin/metadata";
		}
		MetadataResource resource = loaded.metadata()
			.resource(resourceId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		MetadataClass metadataClass = resource.metadataClass(className)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		String term = (q != null) ? q.strip().toLowerCase(Locale.ROOT) : "";
		List<MetadataField> fields = metadataClass.fields()
			.stream()
			.filter((field) -> term.isEmpty() || contains(field.systemName(), term)
					|| contains(field.standardName(), term) || contains(field.longName(), term))
			.toList();
		model.addAttribute("resource", resource);
		model.addAttribute("metadataClass", metadataClass);
		model.addAttribute("fields", fields);
		model.addAttribute("q", q);
		try {
			model.addAttribute("profile",
					ListingClassProfile.resolve(loaded.metadata(), resource.resourceId(), metadataClass.className()));
		}
		catch (RetsException ex) {
			model.addAttribute("profileError", ex.getMessage());
		}
		return "admin/metadata-class";
	}

	@GetMapping("/admin/metadata/{resourceId}/lookups/{lookupName}")
	String lookup(@PathVariable String resourceId, @PathVariable String lookupName,
			@RequestParam(required = false) String feed, Model model) {
		MetadataExplorer.Loaded loaded = addMetadata(feed, model);
		if (loaded.metadata() == null) {
			return "admin/metadata";
		}
		MetadataResource resource = loaded.metadata()
			.resource(resourceId)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		MetadataLookup lookup = resource.lookup(lookupName)
			.orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
		model.addAttribute("resource", resource);
		model.addAttribute("lookup", lookup);
		return "admin/metadata-lookup";
	}

	@PostMapping("/admin/metadata/refresh")
	String refresh(@RequestParam(required = false) String feed, Principal principal, RedirectAttributes redirect) {
		FeedsProperties.Feed selected = feed(feed);
		MetadataExplorer.Loaded loaded = this.explorer.reload(selected);
		this.audit.record(principal.getName(), "metadata.refreshed", selected.id(),
				(loaded.error() != null) ? loaded.error() : "version " + loaded.metadata().version());
		redirect.addFlashAttribute("message", "admin.metadata.reloaded");
		return "redirect:" + UriComponentsBuilder.fromPath("/admin/metadata").queryParam("feed", selected.id()).build()
			.encode()
			.toUriString();
	}

	private MetadataExplorer.Loaded addMetadata(String feedId, Model model) {
		FeedsProperties.Feed selected = feed(feedId);
		MetadataExplorer.Loaded loaded = this.explorer.metadata(selected);
		model.addAttribute("feed", selected);
		model.addAttribute("feedIds", this.feeds.ids());
		model.addAttribute("loaded", loaded);
		return loaded;
	}

	private FeedsProperties.Feed feed(String feedId) {
		if (feedId == null || feedId.isBlank()) {
			return this.feeds.first();
		}
		return this.feeds.feed(feedId).orElseThrow(() -> new ResponseStatusException(HttpStatus.NOT_FOUND));
	}

	private static boolean contains(String value, String term) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(term);
	}

}
