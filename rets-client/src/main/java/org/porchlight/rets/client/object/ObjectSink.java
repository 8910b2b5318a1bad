package org.porchlight.rets.client.object;

import java.io.IOException;

/** Receives the objects of a GetObject response one at a time, as a stream. */
@FunctionalInterface
public interface ObjectSink {

	/**
	 * Consumes one object. The object's content stream is valid only until this method returns.
	 * @throws IOException if storing the object fails; the exception ends the GetObject transaction
	 */
	void accept(RetsObject object) throws IOException;

}
