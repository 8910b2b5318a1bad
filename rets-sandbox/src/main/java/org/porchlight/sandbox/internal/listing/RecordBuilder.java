package org.porchlight.sandbox.internal.listing;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.sandbox.internal.metadata.FieldDefinition;
import org.porchlight.sandbox.internal.metadata.LookupValues;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;

/**
 * Collects the values of one record, formatting each as its field's DataType requires in COMPACT
 * format and refusing values the metadata does not allow.
 */
final class RecordBuilder {

	/** The COMPACT form of DateTime values, such as {@code 2014-07-08T20:10:20}. */
	static final DateTimeFormatter DATE_TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss");

	private final Map<String, FieldDefinition> fields;

	private final MetadataCatalog catalog;

	private final Map<String, String> values = new LinkedHashMap<>();

	RecordBuilder(Map<String, FieldDefinition> fields, MetadataCatalog catalog) {
		this.fields = fields;
		this.catalog = catalog;
	}

	/** Sets a Character field. */
	RecordBuilder text(String systemName, String value) {
		FieldDefinition field = field(systemName);
		if (value.length() > field.maximumLength()) {
			throw new IllegalArgumentException("Value '" + value + "' is longer than the " + field.maximumLength()
					+ " characters that " + systemName + " allows");
		}
		this.values.put(systemName, value);
		return this;
	}

	/** Sets an Int or Decimal field, rounding to the field's Precision. */
	RecordBuilder number(String systemName, double value) {
		return number(systemName, BigDecimal.valueOf(value));
	}

	/** Sets an Int or Decimal field, rounding to the field's Precision. */
	RecordBuilder number(String systemName, BigDecimal value) {
		FieldDefinition field = field(systemName);
		int scale = field.dataType().equals("Decimal") ? field.precision() : 0;
		this.values.put(systemName, value.setScale(scale, RoundingMode.HALF_UP).toPlainString());
		return this;
	}

	/** Sets a Date field. */
	RecordBuilder date(String systemName, LocalDate value) {
		requireType(systemName, "Date");
		this.values.put(systemName, value.toString());
		return this;
	}

	/** Sets a DateTime field, to the second. */
	RecordBuilder dateTime(String systemName, LocalDateTime value) {
		requireType(systemName, "DateTime");
		this.values.put(systemName, DATE_TIME.format(value));
		return this;
	}

	/** Sets a lookup field to the codes of the given LongValues, comma-separated for LookupMulti fields. */
	RecordBuilder lookup(String systemName, String... longValues) {
		FieldDefinition field = field(systemName);
		LookupValues lookup = this.catalog.lookup(field.lookupName())
			.orElseThrow(() -> new IllegalStateException("Field " + systemName + " has no lookup values"));
		if (longValues.length > 1 && !field.isMultiLookup()) {
			throw new IllegalArgumentException(
					"Field " + systemName + " takes a single lookup value, but " + longValues.length + " were given");
		}
		List<String> codes = new ArrayList<>();
		for (String longValue : longValues) {
			codes.add(lookup.requireCode(longValue));
		}
		this.values.put(systemName, String.join(",", codes));
		return this;
	}

	/** Returns the value set so far, or {@code ""}. */
	String get(String systemName) {
		return this.values.getOrDefault(systemName, "");
	}

	Map<String, String> values() {
		return this.values;
	}

	private void requireType(String systemName, String dataType) {
		FieldDefinition field = field(systemName);
		if (!field.dataType().equals(dataType)) {
			throw new IllegalArgumentException(
					"Field " + systemName + " is " + field.dataType() + ", not " + dataType);
		}
	}

	private FieldDefinition field(String systemName) {
		FieldDefinition field = this.fields.get(systemName);
		if (field == null) {
			throw new IllegalArgumentException("Class A has no field " + systemName);
		}
		return field;
	}

}
