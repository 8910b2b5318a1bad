package org.porchlight.rets.client.search;

import java.util.List;
import java.util.Objects;

/**
 * A Search transaction's arguments, built with {@link #builder(String, String)}.
 *
 * @param query the DMQL2 query, for example {@code (LIST_15=|A,B),(LIST_22=100000+)}; {@link Dmql} builds one
 * @param select SystemNames to return; empty means every field
 * @param limit maximum rows to return, or {@code null} to send {@code Limit=NONE}
 * @param offset 1-based index of the first row, or {@code null} to omit the argument
 * @param standardNames whether the query, Select and columns use StandardNames ({@code StandardNames=1})
 * @param restrictedIndicator the value the server puts in fields the user may not see, or {@code null} to omit the
 * argument
 * @param keyField the field that orders the result for paging by key ranges when the server ignores or rejects
 * Offset, or {@code null} to take the resource's KeyField from the metadata
 */
public record SearchRequest(String searchType, String searchClass, String query, List<String> select, Integer limit,
		Integer offset, CountMode countMode, SearchFormat format, boolean standardNames, String restrictedIndicator,
		String keyField) {

	public SearchRequest {
		Objects.requireNonNull(searchType, "searchType is required");
		Objects.requireNonNull(searchClass, "searchClass is required");
		Objects.requireNonNull(query, "query is required");
		select = List.copyOf(select);
	}

	/** Creates a request with SystemNames, no RestrictedIndicator and the KeyField from the metadata. */
	public SearchRequest(String searchType, String searchClass, String query, List<String> select, Integer limit,
			Integer offset, CountMode countMode, SearchFormat format) {
		this(searchType, searchClass, query, select, limit, offset, countMode, format, false, null, null);
	}

	public static Builder builder(String searchType, String searchClass) {
		return new Builder(searchType, searchClass);
	}

	/** Returns a builder that starts from this request's arguments. */
	public Builder toBuilder() {
		Builder builder = new Builder(this.searchType, this.searchClass);
		builder.query = this.query;
		builder.select = this.select;
		builder.limit = this.limit;
		builder.offset = this.offset;
		builder.countMode = this.countMode;
		builder.format = this.format;
		builder.standardNames = this.standardNames;
		builder.restrictedIndicator = this.restrictedIndicator;
		builder.keyField = this.keyField;
		return builder;
	}

	/**
	 * Builder of {@link SearchRequest}; by default every field, {@code Limit=NONE}, {@link CountMode#RECORDS_AND_COUNT},
	 * COMPACT and SystemNames.
	 */
	public static final class Builder {

		private final String searchType;
		private final String searchClass;
		private String query;
		private List<String> select = List.of();
		private Integer limit;
		private Integer offset;
		private CountMode countMode = CountMode.RECORDS_AND_COUNT;
		private SearchFormat format = SearchFormat.COMPACT;
		private boolean standardNames;
		private String restrictedIndicator;
		private String keyField;

		private Builder(String searchType, String searchClass) {
			this.searchType = searchType;
			this.searchClass = searchClass;
		}

		public Builder query(String query) {
			this.query = query;
			return this;
		}

		/** Sets the query from a {@link Dmql} condition. */
		public Builder query(Dmql.Condition condition) {
			this.query = condition.toString();
			return this;
		}

		public Builder select(List<String> select) {
			this.select = select;
			return this;
		}

		public Builder limit(Integer limit) {
			this.limit = limit;
			return this;
		}

		/** Sends {@code Limit=NONE}, asking for every matching row (servers still apply their own cap). */
		public Builder limitNone() {
			this.limit = null;
			return this;
		}

		public Builder offset(Integer offset) {
			this.offset = offset;
			return this;
		}

		public Builder countMode(CountMode countMode) {
			this.countMode = countMode;
			return this;
		}

		public Builder format(SearchFormat format) {
			this.format = format;
			return this;
		}

		/** Sets whether names are StandardNames ({@code StandardNames=1}). Default SystemNames. */
		public Builder standardNames(boolean standardNames) {
			this.standardNames = standardNames;
			return this;
		}

		/** Sets the {@code RestrictedIndicator} argument. Default: not sent. */
		public Builder restrictedIndicator(String restrictedIndicator) {
			this.restrictedIndicator = restrictedIndicator;
			return this;
		}

		/** Sets the field {@link org.porchlight.rets.client.RetsClient#searchAll} orders key-range pages by. */
		public Builder keyField(String keyField) {
			this.keyField = keyField;
			return this;
		}

		public SearchRequest build() {
			return new SearchRequest(this.searchType, this.searchClass, this.query, this.select, this.limit, this.offset,
					this.countMode, this.format, this.standardNames, this.restrictedIndicator, this.keyField);
		}

	}

}
