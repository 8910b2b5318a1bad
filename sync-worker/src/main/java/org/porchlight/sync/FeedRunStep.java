package org.porchlight.sync;

import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.sync.store.SyncRunMode;

/**
 * Work that a feed's sync run does after its listings and photos, in the same RETS session, such as replicating
 * another resource of the server. Every Spring bean of this type takes part, in {@code @Order}. A step that throws
 * is reported as an error of the run; the listing data the run stored stays, and later steps still run.
 */
public interface FeedRunStep {

	/**
	 * Runs the step.
	 * @param client the run's logged-in client
	 * @param metadata the server's metadata, as the run loaded it
	 * @param feed the feed being synced
	 * @param runId the id of the run, for log lines
	 * @param mode the mode of the run
	 * @return a one-line summary for the run's log, or {@code null} when there is nothing to say
	 */
	String run(RetsClient client, RetsMetadata metadata, FeedsProperties.Feed feed, long runId, SyncRunMode mode);

}
