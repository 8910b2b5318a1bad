package org.porchlight.rets.client.internal.search;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.rets.client.search.SearchRow;

/**
 * A row of a COMPACT result. It keeps its own copy of the row's bytes and decodes a field only when it is
 * asked for, so that a handler that reads a few columns does not pay for the others. Rows stay valid after the
 * handler returns.
 */
final class CompactRow implements SearchRow {

	private final CompactColumns columns;

	private final byte[] bytes;

	private final int[] bounds;

	private final String[] values;

	CompactRow(CompactColumns columns, byte[] bytes, int[] bounds) {
		this.columns = columns;
		this.bytes = bytes;
		this.bounds = bounds;
		this.values = new String[bounds.length / 2];
	}

	@Override
	public List<String> columns() {
		return this.columns.names();
	}

	@Override
	public String get(String column) {
		int index = this.columns.indexOf(column);
		return (index < 0) ? null : value(index);
	}

	/** Returns the value of the field at {@code index}. */
	String value(int index) {
		String value = this.values[index];
		if (value == null) {
			int start = this.bounds[index * 2];
			value = this.columns.decoder().decode(this.bytes, start, this.bounds[index * 2 + 1] - start);
			this.values[index] = value;
		}
		return value;
	}

	@Override
	public Map<String, String> toMap() {
		List<String> names = this.columns.names();
		Map<String, String> map = new LinkedHashMap<>(names.size() * 4 / 3 + 1);
		for (int i = 0; i < names.size(); i++) {
			map.putIfAbsent(names.get(i), value(i));
		}
		return Collections.unmodifiableMap(map);
	}

	@Override
	public String toString() {
		return toMap().toString();
	}

}
