package org.porchlight.rets.client.internal.metadata;

import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.RetsMetadata;

/** Finds the fields replication depends on in a server's metadata. */
public final class ListingClassProfileResolver {

	private ListingClassProfileResolver() {
	}

	public static ListingClassProfile resolve(RetsMetadata metadata, String resourceId, String className) {
		throw new UnsupportedOperationException("not implemented yet");
	}

}
