package org.porchlight.rets.client.object;

import java.io.InputStream;

/**
 * One object of a GetObject response, handed to an {@link ObjectSink} while its bytes are still being read.
 *
 * @param contentId the record key the object belongs to
 * @param objectId the object's number within the record
 * @param contentType the MIME type, such as {@code image/jpeg}
 * @param description the object's description, or {@code null}
 * @param location the object's URL when the request asked for locations, else {@code null}
 * @param preferred whether the server marked the object as the preferred one
 * @param content the object's bytes; valid only during {@link ObjectSink#accept(RetsObject)}. Empty for locations.
 */
public record RetsObject(String contentId, int objectId, String contentType, String description, String location,
		boolean preferred, InputStream content) {
}
