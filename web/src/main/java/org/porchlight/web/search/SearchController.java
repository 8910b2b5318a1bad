package org.porchlight.web.search;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.web.listing.ListingCard;
import org.porchlight.web.listing.ListingThumbnails;
import org.porchlight.web.system.SiteProperties;

import org.springframework.data.domain.Page;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search page: the filter form and a page of matching listings. */
@Controller
class SearchController {

	private final ListingRepository listings;

	private final ListingThumbnails thumbnails;

	private final int pageSize;

	private final LocationSuggestions suggestions;

	private final MapMarkers mapMarkers;

	SearchController(ListingRepository listings, ListingThumbnails thumbnails, LocationSuggestions suggestions,
			MapMarkers mapMarkers, SiteProperties site) {
		this.mapMarkers = mapMarkers;
		this.listings = listings;
		this.thumbnails = thumbnails;
		this.suggestions = suggestions;
		this.pageSize = site.pageSize();
	}

	@GetMapping({ "/", "/listings" })
	String search(@RequestParam Map<String, String> parameters, Model model) {
		fillModel(parameters, model);
		return "search/results";
	}

	/** Renders the search page in the minimal layout, for agents' sites. */
	@GetMapping("/embed/search")
	String embeddedSearch(@RequestParam Map<String, String> parameters, Model model) {
		fillModel(parameters, model);
		model.addAttribute("searchAction", "/embed/search");
		return "embed/search";
	}

	/** Suggests locations for the search box as a JSON array, for the script that enhances the form. */
	@GetMapping(path = "/search/suggestions", produces = MediaType.APPLICATION_JSON_VALUE)
	@ResponseBody
	ResponseEntity<List<LocationSuggestions.Suggestion>> suggestions(@RequestParam(name = "q", required = false) String text) {
		return ResponseEntity.ok()
			.cacheControl(CacheControl.maxAge(Duration.ofMinutes(5)).cachePublic())
			.body(this.suggestions.suggest(text));
	}

	private void fillModel(Map<String, String> parameters, Model model) {
		SearchCriteria.Parsed parsed = SearchCriteria.parse(parameters);
		SearchCriteria criteria = parsed.criteria();
		List<SearchNote> notes = new ArrayList<>(parsed.notes());
		Specification<Listing> specification = ListingSpecifications.of(criteria);

		Page<Listing> page = findPage(specification, criteria, criteria.page());
		if (page.getContent().isEmpty() && page.getTotalElements() > 0) {
			int lastPage = page.getTotalPages();
			notes.add(new SearchNote("search.note.pageBeyondEnd", criteria.page(), lastPage));
			criteria = criteria.withPage(lastPage);
			page = findPage(specification, criteria, lastPage);
		}

		model.addAttribute("criteria", criteria);
		model.addAttribute("notes", notes);
		model.addAttribute("sorts", SearchSort.values());
		model.addAttribute("results", page);
		List<ListingCard> cards = this.thumbnails.cards(page.getContent());
		model.addAttribute("cards", cards);
		model.addAttribute("mapMarkers", this.mapMarkers.of(cards));
		model.addAttribute("pagination", Pagination.of(criteria, criteria.page(), page.getTotalPages()));
	}

	private Page<Listing> findPage(Specification<Listing> specification, SearchCriteria criteria, int pageNumber) {
		// A page so far out that its row offset would not fit an int is past the end of any store.
		int maxPage = Integer.MAX_VALUE / this.pageSize;
		int pageIndex = Math.min(pageNumber, maxPage) - 1;
		return this.listings.findAll(specification, PageRequest.of(pageIndex, this.pageSize, criteria.sort().sort()));
	}

}
