package org.porchlight.rets.client.search;

import java.util.List;
import java.util.Map;

/** One record of a search result. Field values are strings exactly as the server sent them, after XML unescaping. */
public interface SearchRow {

	/** Returns the columns of the result, in server order. */
	List<String> columns();

	/** Returns the value of {@code column}, or {@code null} when the result has no such column. Empty fields are {@code ""}. */
	String get(String column);

	/** Returns a copy of the row as an insertion-ordered map from column to value. */
	Map<String, String> toMap();

}
