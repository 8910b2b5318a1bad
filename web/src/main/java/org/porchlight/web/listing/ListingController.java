package org.porchlight.web.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.servlet.http.HttpServletRequest;
import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.sync.store.ListingPhotoRepository;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.web.photo.PhotoPaths;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.ModelAndView;
import org.springframework.web.servlet.view.RedirectView;

/**
 * Shows one listing with its photo gallery, facts and attribution. The page lives at {@code /listings/{key}/{slug}};
 * other addresses of the same listing redirect there permanently, and a listing that left the market returns
 * 410 Gone with similar homes.
 */
@Controller
class ListingController {

	private final ListingRepository listings;

	private final ListingPhotoRepository photos;

	private final PublicFacts publicFacts;

	private final PhotoPaths photoPaths;

	private final ListingFormat listingFormat;

	private final ListingUrls listingUrls;

	private final SimilarListings similarListings;

	private final ListingStructuredData structuredData;

	private final OpenHouses openHouses;

	private final FeedFields feedFields;

	private final String feedId;

	ListingController(ListingRepository listings, ListingPhotoRepository photos, PublicFacts publicFacts,
			PhotoPaths photoPaths, ListingFormat listingFormat, ListingUrls listingUrls, SimilarListings similarListings,
			ListingStructuredData structuredData, OpenHouses openHouses, FeedFields feedFields,
			@Value("${porchlight.sync.feed-id:default}") String feedId) {
		this.listings = listings;
		this.photos = photos;
		this.publicFacts = publicFacts;
		this.photoPaths = photoPaths;
		this.listingFormat = listingFormat;
		this.listingUrls = listingUrls;
		this.similarListings = similarListings;
		this.structuredData = structuredData;
		this.openHouses = openHouses;
		this.feedFields = feedFields;
		this.feedId = feedId;
	}

	@GetMapping({ "/listings/{listingKey}", "/listings/{listingKey}/{slug}" })
	ModelAndView show(@PathVariable String listingKey, @PathVariable(required = false) String slug,
			@RequestParam(name = "photo", required = false) String photo, HttpServletRequest request) {
		return page(listingKey, slug, photo, request, false);
	}

	@GetMapping({ "/embed/listings/{listingKey}", "/embed/listings/{listingKey}/{slug}" })
	ModelAndView embed(@PathVariable String listingKey, @PathVariable(required = false) String slug,
			@RequestParam(name = "photo", required = false) String photo, HttpServletRequest request) {
		return page(listingKey, slug, photo, request, true);
	}

	private ModelAndView page(String listingKey, String slug, String photo, HttpServletRequest request,
			boolean embedded) {
		Listing listing = this.listings.findByFeedIdAndListingKey(this.feedId, listingKey)
			.orElseThrow(() -> new ListingNotFoundException(listingKey));
		if (!listing.isVisible()) {
			if (listing.getRemovedAt() == null) {
				throw new ListingNotFoundException(listingKey);
			}
			return gone(listing);
		}
		String canonicalPath = this.listingUrls.path(listing);
		if (!this.listingUrls.slug(listing).equals(slug)) {
			String target = (embedded ? "/embed" : "") + canonicalPath;
			if (request.getQueryString() != null) {
				target += "?" + request.getQueryString();
			}
			RedirectView redirect = new RedirectView(target, true);
			redirect.setStatusCode(HttpStatus.MOVED_PERMANENTLY);
			redirect.setExposeModelAttributes(false);
			redirect.setExpandUriTemplateVariables(false);
			return new ModelAndView(redirect);
		}
		List<ListingPhoto> listingPhotos = this.photos.findByListingIdOrderBySequenceNumber(listing.getId());
		ModelAndView model = new ModelAndView("listing/show");
		model.addObject("embedded", embedded);
		model.addObject("listing", listing);
		model.addObject("listingPath", (embedded ? "/embed" : "") + canonicalPath);
		model.addObject("gallery",
				Gallery.of(listing, listingPhotos, parsePhotoNumber(photo), this.photoPaths, this.listingFormat));
		addFacts(model, this.publicFacts.of(listing), this.feedFields.standardNames(listing.getFeedId()));
		model.addObject("openHouses", this.openHouses.of(listing));
		model.addObject("mapPoint", ListingMapPoint.of(listing));
		model.addObject("similar", this.similarListings.of(listing));
		model.addObject("canonicalUrl", this.listingUrls.absolute(canonicalPath));
		model.addObject("shareImage", listingPhotos.isEmpty() ? null
				: this.listingUrls.absolute(this.photoPaths.display(listingPhotos.get(0).getStorageKey())));
		model.addObject("structuredData", this.structuredData.of(listing, listingPhotos));
		return model;
	}

	// Rooms and the virtual tour get sections of their own, so their facts leave the facts list.
	private static void addFacts(ModelAndView model, Map<String, String> facts, Map<String, String> standardNames) {
		ListingRooms rooms = ListingRooms.of(facts);
		VirtualTour tour = VirtualTour.of(facts).orElse(null);
		Map<String, String> remaining = new LinkedHashMap<>(facts);
		remaining.keySet().removeAll(rooms.labels());
		if (tour != null) {
			remaining.remove(tour.label());
		}
		model.addObject("rooms", rooms.rooms());
		model.addObject("virtualTour", tour);
		model.addObject("factGroups", FactGroups.of(remaining, standardNames));
	}

	private ModelAndView gone(Listing listing) {
		ModelAndView model = new ModelAndView("listing/gone", HttpStatus.GONE);
		model.addObject("listing", listing);
		model.addObject("similar", this.similarListings.of(listing));
		return model;
	}

	/** Reads the {@code photo} parameter leniently: anything that is not a number shows the first photo. */
	private static int parsePhotoNumber(String photo) {
		if (photo == null) {
			return 1;
		}
		try {
			return Integer.parseInt(photo.strip());
		}
		catch (NumberFormatException ex) {
			return 1;
		}
	}

}
