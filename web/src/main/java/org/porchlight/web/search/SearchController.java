package org.porchlight.web.search;

import java.time.Clock;
import java.time.Duration;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.porchlight.sync.store.Listing;
import org.porchlight.web.listing.ListingCard;
import org.porchlight.web.listing.ListingThumbnails;
import org.porchlight.web.listing.OpenHouses;
import org.porchlight.web.system.SiteProperties;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseBody;

/** The search page: the filter form and a page of matching listings. */
@Controller
class SearchController {

	private static final String EMBED_SEARCH_PATH = "/embed/search";

	private final ListingSearch search;

	private final ListingThumbnails thumbnails;

	private final int pageSize;

	private final LocationSuggestions suggestions;

	private final MapMarkers mapMarkers;

	private final OpenHouses openHouses;

	private final ZoneId timeZone;

	private final Clock clock;

	private final String feedId;

	SearchController(ListingSearch search, ListingThumbnails thumbnails, LocationSuggestions suggestions,
			MapMarkers mapMarkers, SiteProperties site, OpenHouses openHouses, ObjectProvider<Clock> clock,
			@Value("${porchlight.sync.feed-id:default}") String feedId) {
		this.mapMarkers = mapMarkers;
		this.openHouses = openHouses;
		this.timeZone = site.timeZone();
		this.clock = clock.getIfAvailable(Clock::systemUTC);
		this.feedId = feedId;
		this.search = search;
		this.thumbnails = thumbnails;
		this.suggestions = suggestions;
		this.pageSize = site.pageSize();
	}

	@GetMapping({ "/", "/listings" })
	String search(@RequestParam Map<String, String> parameters, Model model) {
		fillModel(parameters, "/", model);
		return "search/results";
	}

	/**
	 * Renders the search page in the minimal layout, for agents' sites. Its form, page links and result cards stay
	 * under {@code /embed}, so a visitor never leaves the frame.
	 */
	@GetMapping("/embed/search")
	String embeddedSearch(@RequestParam Map<String, String> parameters, Model model) {
		fillModel(parameters, EMBED_SEARCH_PATH, model);
		model.addAttribute("embedded", true);
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

	private void fillModel(Map<String, String> parameters, String searchPath, Model model) {
		SearchCriteria.Parsed parsed = SearchCriteria.parse(parameters);
		SearchCriteria criteria = parsed.criteria();
		List<SearchNote> notes = new ArrayList<>(parsed.notes());
		Specification<Listing> specification = ListingSpecifications.of(criteria);
		if (criteria.filters().openHouse() != null) {
			specification = specification
				.and(criteria.filters().openHouse().specification(this.clock.instant(), this.timeZone));
		}

		ResultPage results = this.search.find(specification, criteria.sort().sort(), criteria.page(), this.pageSize);
		if (results.content().isEmpty() && results.total() > 0) {
			int lastPage = results.pages();
			notes.add(new SearchNote("search.note.pageBeyondEnd", criteria.page(), lastPage));
			criteria = criteria.withPage(lastPage);
			results = this.search.find(specification, criteria.sort().sort(), lastPage, this.pageSize);
		}

		model.addAttribute("criteria", criteria);
		model.addAttribute("searchAction", searchPath);
		model.addAttribute("notes", notes);
		model.addAttribute("sorts", SearchSort.values());
		model.addAttribute("openHouseFilters", (criteria.filters().openHouse() != null
				|| this.openHouses.anyUpcoming(this.feedId)) ? OpenHouseFilter.values() : new OpenHouseFilter[0]);
		model.addAttribute("results", results);
		model.addAttribute("countBound", ListingSearch.COUNT_BOUND);
		List<ListingCard> cards = this.thumbnails.cards(results.content());
		model.addAttribute("cards", cards);
		model.addAttribute("mapMarkers", this.mapMarkers.of(cards, EMBED_SEARCH_PATH.equals(searchPath) ? "/embed" : ""));
		model.addAttribute("pagination", Pagination.of(criteria, searchPath, results));
	}

}
