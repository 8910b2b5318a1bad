package org.porchlight.sync.photo;

import java.io.IOException;

/** Content from the server that is not a usable image, such as an XML error text in place of a photo. */
class RejectedPhotoException extends IOException {

	RejectedPhotoException(String reason) {
		super(reason);
	}

}
