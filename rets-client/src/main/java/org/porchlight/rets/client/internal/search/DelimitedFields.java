package org.porchlight.rets.client.internal.search;

import java.util.Arrays;

/**
 * Splits the content of a COMPACT {@code COLUMNS} or {@code DATA} element at the delimiter byte and finds the
 * fields between them, as byte offsets into the caller's buffer.
 * <p>
 * The specification puts a delimiter before the first and after the last field, but servers leave out either
 * one, in COLUMNS, in DATA, or in both. Three rules apply in this order. First, a leading delimiter is dropped
 * when COLUMNS had one. Next, an empty last field is dropped when the row has one field more than there are
 * columns. Last, when COLUMNS had no leading delimiter, an empty first field is dropped when there is still one
 * field too many. Empty fields in between are kept.
 */
public final class DelimitedFields {

	private int[] bounds = new int[256];

	private int count;

	/** Splits {@code [start, end)} of {@code bytes}; afterwards {@link #count()} fields are available. */
	public void split(byte[] bytes, int start, int end, byte delimiter) {
		this.count = 0;
		int fieldStart = start;
		for (int i = start; i < end; i++) {
			if (bytes[i] == delimiter) {
				add(fieldStart, i);
				fieldStart = i + 1;
			}
		}
		add(fieldStart, end);
	}

	/** Drops the delimiters at the edges for a header ({@code COLUMNS}) row; returns whether it had a leading one. */
	public boolean trimHeader() {
		boolean leading = this.count > 1 && length(0) == 0;
		if (leading) {
			removeFirst();
		}
		if (this.count > 1 && length(this.count - 1) == 0) {
			this.count--;
		}
		return leading;
	}

	/** Drops the delimiters at the edges of a data row whose header had {@code columns} fields. */
	public void trimData(int columns, boolean leadingInHeader) {
		if (leadingInHeader && this.count > 1 && length(0) == 0) {
			removeFirst();
		}
		if (this.count == columns + 1 && length(this.count - 1) == 0) {
			this.count--;
		}
		if (!leadingInHeader && this.count == columns + 1 && length(0) == 0) {
			removeFirst();
		}
	}

	public int count() {
		return this.count;
	}

	public int start(int field) {
		return this.bounds[field * 2];
	}

	public int end(int field) {
		return this.bounds[field * 2 + 1];
	}

	public int length(int field) {
		return end(field) - start(field);
	}

	/** Returns the bounds of all fields as {@code start, end} pairs relative to {@code origin}. */
	public int[] relativeBounds(int origin) {
		int[] relative = new int[this.count * 2];
		for (int i = 0; i < relative.length; i++) {
			relative[i] = this.bounds[i] - origin;
		}
		return relative;
	}

	private void add(int start, int end) {
		if (this.count * 2 + 2 > this.bounds.length) {
			this.bounds = Arrays.copyOf(this.bounds, this.bounds.length * 2);
		}
		this.bounds[this.count * 2] = start;
		this.bounds[this.count * 2 + 1] = end;
		this.count++;
	}

	private void removeFirst() {
		System.arraycopy(this.bounds, 2, this.bounds, 0, (this.count - 1) * 2);
		this.count--;
	}

}
