/**
 * The catalog of a feed's public fields: the RESO StandardName of the field behind each label of the public records.
 */
package org.porchlight.sync.fields;
