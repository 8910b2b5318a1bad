package org.porchlight.web.listing;

import org.porchlight.sync.store.Listing;
import org.porchlight.sync.store.ListingPhoto;

/**
 * The content of a search result card: a listing, its first photo and its next open house.
 *
 * @param listing the listing
 * @param thumbnail the listing's first photo, or {@code null} when it has none
 * @param nextOpenHouse the listing's next open house, or {@code null} when it has none
 */
public record ListingCard(Listing listing, ListingPhoto thumbnail, OpenHouses.OpenHouseTime nextOpenHouse) {

}
