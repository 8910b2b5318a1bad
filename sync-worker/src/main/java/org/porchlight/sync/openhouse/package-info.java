/**
 * Replication of a feed's open houses from the server's OpenHouse resource, as a step of each sync run.
 */
package org.porchlight.sync.openhouse;
