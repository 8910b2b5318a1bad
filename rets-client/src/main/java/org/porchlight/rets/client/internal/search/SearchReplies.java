package org.porchlight.rets.client.internal.search;

import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.reply.RetsReply;

/** Reply-code rules shared by the COMPACT and STANDARD-XML search parsers. */
final class SearchReplies {

	/** Effect of a {@code RETS-STATUS} element on a search result. */
	enum StatusEffect {

		NONE,

		/** Reply 20208: more rows match than the server returned. */
		MORE_ROWS,

		/** Reply 20201: no record matches. */
		NO_RECORDS

	}

	private SearchReplies() {
	}

	/** Returns whether a Search reply code is an error, which is every code except 0, 20201 and 20208. */
	static boolean isFailure(int code) {
		return code != 0 && code != ReplyCodes.NO_RECORDS_FOUND && code != ReplyCodes.MAXIMUM_RECORDS_EXCEEDED;
	}

	/**
	 * Returns the effect of a {@code RETS-STATUS} element found inside a reply with code {@code replyCode}.
	 * @param status the element's reply, or {@code null} when the response had none
	 * @throws org.porchlight.rets.client.RetsReplyException if the status carries any other non-zero code
	 */
	static StatusEffect statusEffect(RetsReply status, int replyCode) {
		if (status == null || status.code() == 0) {
			return StatusEffect.NONE;
		}
		if (status.code() == ReplyCodes.MAXIMUM_RECORDS_EXCEEDED) {
			return StatusEffect.MORE_ROWS;
		}
		if (status.code() == ReplyCodes.NO_RECORDS_FOUND) {
			return StatusEffect.NO_RECORDS;
		}
		throw ReplyCodes.failure("Search", status.code(), status.text(),
				"reported in RETS-STATUS of a reply with code " + replyCode);
	}

}
