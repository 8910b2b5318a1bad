package org.porchlight.rets.client.internal.search;

import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.porchlight.rets.client.internal.xml.TextDecoder;

/** The columns of a COMPACT result, shared by its rows, with the decoder of the response they came in. */
final class CompactColumns {

	private final List<String> names;

	private final Map<String, Integer> indexes = new HashMap<>();

	private final boolean leadingDelimiter;

	private final TextDecoder decoder;

	CompactColumns(List<String> names, boolean leadingDelimiter, TextDecoder decoder) {
		this.names = List.copyOf(names);
		this.leadingDelimiter = leadingDelimiter;
		this.decoder = decoder;
		for (int i = 0; i < this.names.size(); i++) {
			this.indexes.putIfAbsent(this.names.get(i), i);
		}
	}

	List<String> names() {
		return this.names;
	}

	int size() {
		return this.names.size();
	}

	/** Returns the index of {@code name}, matched exactly first and then ignoring case, or {@code -1}. */
	int indexOf(String name) {
		Integer index = this.indexes.get(name);
		if (index != null) {
			return index;
		}
		for (int i = 0; i < this.names.size(); i++) {
			if (this.names.get(i).equalsIgnoreCase(name)) {
				return i;
			}
		}
		return -1;
	}

	boolean leadingDelimiter() {
		return this.leadingDelimiter;
	}

	TextDecoder decoder() {
		return this.decoder;
	}

}
