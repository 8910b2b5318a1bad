package org.porchlight.sandbox.internal.metadata;

/**
 * Thrown when a GetMetadata request names a type or ID that the sandbox has no metadata for (reply
 * code 20503).
 */
public class NoMetadataException extends RuntimeException {

	public NoMetadataException(String message) {
		super(message);
	}

}
