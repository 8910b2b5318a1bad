package org.porchlight.web.search;

/**
 * A note shown above the results about a search parameter that was ignored or adjusted.
 *
 * @param code the message key of the note
 * @param first the first argument of the message, usually the value as the request gave it
 * @param second the second argument of the message, or {@code null}
 */
public record SearchNote(String code, Object first, Object second) {

	static SearchNote of(String code, Object first) {
		return new SearchNote(code, first, null);
	}

}
