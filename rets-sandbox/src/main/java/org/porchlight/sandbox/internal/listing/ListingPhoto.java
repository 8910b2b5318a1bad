package org.porchlight.sandbox.internal.listing;

/**
 * One photo of a listing: which image of the {@link PhotoLibrary} it shows.
 *
 * @param imageIndex the index of the image in the library
 */
public record ListingPhoto(int imageIndex) {
}
