package org.porchlight.rets.client;

/** A response could not be parsed. {@link #position()} is the byte offset in the body where parsing stopped. */
public class RetsParseException extends RetsException {

	private final long position;

	public RetsParseException(String message, long position) {
		super(message + " (at byte " + position + ")");
		this.position = position;
	}

	public RetsParseException(String message, long position, Throwable cause) {
		super(message + " (at byte " + position + ")", cause);
		this.position = position;
	}

	public long position() {
		return this.position;
	}

}
