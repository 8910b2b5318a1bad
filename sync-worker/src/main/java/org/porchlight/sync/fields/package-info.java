/**
 * The catalog of a feed's public fields: which RESO StandardName stands behind each label of the public records.
 */
package org.porchlight.sync.fields;
