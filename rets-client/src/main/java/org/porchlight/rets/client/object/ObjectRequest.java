package org.porchlight.rets.client.object;

import java.util.Objects;

/**
 * A GetObject request for the objects of one record.
 *
 * @param resource the resource, such as {@code Property}
 * @param type the object type, such as {@code Photo}
 * @param resourceKey the record's KeyField value
 * @param objectIds {@code *} for all objects, {@code 0} for the preferred one, or a number or comma list of numbers
 * @param location whether to ask for URLs instead of bytes ({@code Location=1})
 */
public record ObjectRequest(String resource, String type, String resourceKey, String objectIds, boolean location) {

	public ObjectRequest {
		Objects.requireNonNull(resource, "resource is required");
		Objects.requireNonNull(type, "type is required");
		Objects.requireNonNull(resourceKey, "resourceKey is required");
		Objects.requireNonNull(objectIds, "objectIds is required");
	}

	/** Requests every object of the record. */
	public static ObjectRequest all(String resource, String type, String resourceKey) {
		return new ObjectRequest(resource, type, resourceKey, "*", false);
	}

	/** Requests object {@code objectId} of the record; {@code 0} is the preferred object. */
	public static ObjectRequest one(String resource, String type, String resourceKey, int objectId) {
		return new ObjectRequest(resource, type, resourceKey, Integer.toString(objectId), false);
	}

	/** Returns this request with {@code Location=1}: the server sends each object's URL instead of its bytes. */
	public ObjectRequest withLocation() {
		return new ObjectRequest(this.resource, this.type, this.resourceKey, this.objectIds, true);
	}

	/** Returns the {@code ID} argument, for example {@code 20140904164308260560000000:*}. */
	public String idArgument() {
		return this.resourceKey + ":" + this.objectIds;
	}

}
