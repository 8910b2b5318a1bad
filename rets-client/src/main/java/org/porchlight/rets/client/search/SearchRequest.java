package org.porchlight.rets.client.search;

import java.util.List;
import java.util.Objects;

/**
 * A Search transaction's arguments, built with {@link #builder(String, String)}.
 *
 * @param query the DMQL2 query, for example {@code (LIST_15=|A,B),(LIST_22=100000+)}
 * @param select SystemNames to return; empty means every field
 * @param limit maximum rows to return, or {@code null} for the server's default ({@code NONE})
 * @param offset 1-based index of the first row, or {@code null} to omit the argument
 */
public record SearchRequest(String searchType, String searchClass, String query, List<String> select, Integer limit,
		Integer offset, CountMode countMode, SearchFormat format) {

	public SearchRequest {
		Objects.requireNonNull(searchType, "searchType is required");
		Objects.requireNonNull(searchClass, "searchClass is required");
		Objects.requireNonNull(query, "query is required");
		select = List.copyOf(select);
	}

	public static Builder builder(String searchType, String searchClass) {
		return new Builder(searchType, searchClass);
	}

	/** Builder of {@link SearchRequest}; by default every field, no limit, {@link CountMode#RECORDS_AND_COUNT}, COMPACT. */
	public static final class Builder {

		private final String searchType;
		private final String searchClass;
		private String query;
		private List<String> select = List.of();
		private Integer limit;
		private Integer offset;
		private CountMode countMode = CountMode.RECORDS_AND_COUNT;
		private SearchFormat format = SearchFormat.COMPACT;

		private Builder(String searchType, String searchClass) {
			this.searchType = searchType;
			this.searchClass = searchClass;
		}

		public Builder query(String query) {
			this.query = query;
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

		public SearchRequest build() {
			return new SearchRequest(this.searchType, this.searchClass, this.query, this.select, this.limit, this.offset,
					this.countMode, this.format);
		}

	}

}
