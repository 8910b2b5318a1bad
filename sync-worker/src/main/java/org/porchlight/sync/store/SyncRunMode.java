package org.porchlight.sync.store;

/** Kind of sync run. */
public enum SyncRunMode {

	/** Mirrors every Active listing and removes the ones the server no longer lists as Active. */
	FULL,

	/** Fetches only records modified since the last checkpoint. */
	INCREMENTAL,

	/** Compares the server's Active keys with the store and removes the difference. */
	RECONCILE

}
