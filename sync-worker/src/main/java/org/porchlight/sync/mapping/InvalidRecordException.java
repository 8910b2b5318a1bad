package org.porchlight.sync.mapping;

/** A server record that cannot be stored at all, such as one without a key. */
public class InvalidRecordException extends RuntimeException {

	public InvalidRecordException(String message) {
		super(message);
	}

}
