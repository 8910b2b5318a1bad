package org.porchlight.web.listing;

import java.util.List;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;
import org.porchlight.sync.store.ListingPhotoRepository;
import org.porchlight.sync.store.ListingRepository;
import org.porchlight.web.photo.PhotoPaths;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;

/** Shows one listing with its photo gallery, facts and attribution. */
@Controller
class ListingController {

	private final ListingRepository listings;

	private final ListingPhotoRepository photos;

	private final PublicFacts publicFacts;

	private final PhotoPaths photoPaths;

	private final ListingFormat listingFormat;

	private final String feedId;

	ListingController(ListingRepository listings, ListingPhotoRepository photos, PublicFacts publicFacts,
			PhotoPaths photoPaths, ListingFormat listingFormat, @Value("${porchlight.sync.feed-id:default}") String feedId) {
		this.listings = listings;
		this.photos = photos;
		this.publicFacts = publicFacts;
		this.photoPaths = photoPaths;
		this.listingFormat = listingFormat;
		this.feedId = feedId;
	}

	@GetMapping("/listings/{listingKey}")
	String show(@PathVariable String listingKey, @RequestParam(name = "photo", required = false) String photo,
			Model model) {
		Listing listing = this.listings.findByFeedIdAndListingKey(this.feedId, listingKey)
			.filter(Listing::isVisible)
			.orElseThrow(() -> new ListingNotFoundException(listingKey));
		List<ListingPhoto> listingPhotos = this.photos.findByListingIdOrderBySequenceNumber(listing.getId());
		model.addAttribute("listing", listing);
		model.addAttribute("gallery",
				Gallery.of(listing, listingPhotos, parsePhotoNumber(photo), this.photoPaths, this.listingFormat));
		model.addAttribute("facts", this.publicFacts.of(listing));
		return "listing/show";
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
