package org.porchlight.web.listing;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.ControllerAdvice;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.servlet.ModelAndView;

/** Renders the not-found page, with status 404, for a listing that does not exist or is not shown. */
@ControllerAdvice
class ListingNotFoundAdvice {

	@ExceptionHandler(ListingNotFoundException.class)
	ModelAndView listingNotFound(ListingNotFoundException exception) {
		ModelAndView view = new ModelAndView("listing/not-found", HttpStatus.NOT_FOUND);
		view.addObject("listingKey", exception.getListingKey());
		return view;
	}

}
