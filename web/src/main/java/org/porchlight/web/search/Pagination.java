package org.porchlight.web.search;

import java.util.ArrayList;
import java.util.List;

/**
 * The page links under search results: first, last, and the pages around the current one, with gaps between. When
 * the total is only a lower bound, there is no link to the last page, and a gap after the known pages shows that more
 * follow.
 *
 * @param current the page shown, from 1
 * @param total the number of pages, or the number known to exist when the count stopped early
 * @param links the links in order; a link with a {@code null} path marks a gap
 * @param previousPath the site path of the page before, or {@code null} on the first page
 * @param nextPath the site path of the page after, or {@code null} on the last page
 */
public record Pagination(int current, int total, List<PageLink> links, String previousPath, String nextPath) {

	/** How many pages on each side of the current page get a link. */
	private static final int WINDOW = 2;

	static Pagination of(SearchCriteria criteria, String searchPath, ResultPage results) {
		int current = criteria.page();
		int total = results.pages();
		boolean lastKnown = results.totalExact();
		List<PageLink> links = new ArrayList<>();
		int previous = 0;
		for (int page = 1; page <= total; page++) {
			boolean linked = page == 1 || (page == total && lastKnown) || Math.abs(page - current) <= WINDOW;
			if (!linked) {
				continue;
			}
			if (page > previous + 1) {
				links.add(PageLink.GAP);
			}
			links.add(new PageLink(page, criteria.withPage(page).path(searchPath), page == current));
			previous = page;
		}
		if (!lastKnown && previous > 0) {
			links.add(PageLink.GAP);
		}
		String previousPath = (current > 1) ? criteria.withPage(current - 1).path(searchPath) : null;
		String nextPath = (current < total) ? criteria.withPage(current + 1).path(searchPath) : null;
		return new Pagination(current, total, links, previousPath, nextPath);
	}

	/**
	 * One entry of the page links.
	 *
	 * @param number the page number, or 0 for a gap
	 * @param path the site path of the page, or {@code null} for a gap
	 * @param current whether this is the page shown
	 */
	public record PageLink(int number, String path, boolean current) {

		static final PageLink GAP = new PageLink(0, null, false);

		public boolean isGap() {
			return this.path == null;
		}

	}

}
