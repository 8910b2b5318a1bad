package org.porchlight.rets.client.metadata;

/**
 * An object type of a resource (METADATA-OBJECT), such as {@code Photo}.
 *
 * @param objectTimestampField SystemName of the field that contains when the objects last changed, or {@code null}
 * @param objectCountField SystemName of the field that contains the number of objects of a record, or {@code null}
 */
public record MetadataObjectType(String objectType, String mimeType, String visibleName, String description,
		String objectTimestampField, String objectCountField) {
}
