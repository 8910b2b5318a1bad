package org.porchlight.web;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;

/** Parses the HTML pages that MockMvc returns. */
public final class HtmlPages {

	private HtmlPages() {
	}

	/** Asserts the status and returns the parsed page. */
	public static Document parse(MvcTestResult result, int expectedStatus) {
		assertThat(result).hasStatus(expectedStatus);
		try {
			return Jsoup.parse(result.getResponse().getContentAsString());
		}
		catch (java.io.UnsupportedEncodingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
