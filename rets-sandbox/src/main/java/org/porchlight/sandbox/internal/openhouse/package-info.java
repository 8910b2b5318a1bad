/**
 * The sandbox's OpenHouse resource: open houses generated for a share of the Active listings.
 */
package org.porchlight.sandbox.internal.openhouse;
