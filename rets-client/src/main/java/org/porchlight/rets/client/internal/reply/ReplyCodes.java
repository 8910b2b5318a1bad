package org.porchlight.rets.client.internal.reply;

import java.util.Map;

import org.porchlight.rets.client.RetsReplyException;

/**
 * The reply codes of RETS 1.7.2 and what they mean, so that error messages explain a code instead of only
 * repeating the server's text. Codes are grouped by transaction.
 */
public final class ReplyCodes {

	public static final int SUCCESS = 0;

	public static final int MISCELLANEOUS_LOGIN_ERROR = 20036;

	public static final int SESSION_EXPIRED = 20037;

	public static final int NO_RECORDS_FOUND = 20201;

	public static final int MAXIMUM_RECORDS_EXCEEDED = 20208;

	public static final int NO_OBJECT_FOUND = 20403;

	public static final int NO_METADATA_FOUND = 20503;

	public static final int REQUESTED_DTD_VERSION_UNAVAILABLE = 20514;

	private static final Map<Integer, String> MEANINGS = Map.ofEntries(
			Map.entry(0, "Operation successful"),
			Map.entry(10000, "System error"),
			// Login
			Map.entry(20003, "Zero balance: the account has no funds"),
			Map.entry(20012, "Broker code required"),
			Map.entry(20013, "Broker code invalid"),
			Map.entry(20022, "Additional login not permitted"),
			Map.entry(20036, "Miscellaneous server login error"),
			Map.entry(20037, "Client authentication failed"),
			Map.entry(20041, "User-agent authentication required"),
			Map.entry(20050, "Server temporarily disabled"),
			Map.entry(20140, "Insecure password: change required"),
			Map.entry(20141, "New password is the same as the old one"),
			Map.entry(20142, "The encrypted user name was invalid"),
			// Search
			Map.entry(20200, "Unknown query field"),
			Map.entry(20201, "No records found"),
			Map.entry(20202, "Invalid Select: a field name is not known to the server"),
			Map.entry(20203, "Miscellaneous search error"),
			Map.entry(20206, "Invalid query syntax"),
			Map.entry(20207, "Unauthorized query"),
			Map.entry(20208, "Maximum records exceeded: more records match than the server returns"),
			Map.entry(20209, "Timeout"),
			Map.entry(20210, "Too many outstanding queries"),
			Map.entry(20211, "Query too complex"),
			Map.entry(20212, "Invalid key request"),
			Map.entry(20213, "Invalid key"),
			// Update
			Map.entry(20301, "Invalid parameter"),
			Map.entry(20302, "Unable to save record on server"),
			Map.entry(20303, "Miscellaneous update error"),
			Map.entry(20311, "Warning response not given for all warnings"),
			Map.entry(20312, "Warning response given but no warnings were issued"),
			// GetObject
			Map.entry(20400, "Invalid resource"),
			Map.entry(20401, "Invalid object type"),
			Map.entry(20402, "Invalid identifier"),
			Map.entry(20403, "No object found"),
			Map.entry(20406, "Unsupported MIME type"),
			Map.entry(20407, "Unauthorized retrieval"),
			Map.entry(20408, "Resource unavailable"),
			Map.entry(20409, "Object unavailable"),
			Map.entry(20410, "Request too large"),
			Map.entry(20411, "Timeout"),
			Map.entry(20412, "Too many outstanding requests"),
			Map.entry(20413, "Miscellaneous GetObject error"),
			// GetMetadata
			Map.entry(20500, "Invalid resource"),
			Map.entry(20501, "Invalid metadata type"),
			Map.entry(20502, "Invalid identifier"),
			Map.entry(20503, "No metadata found"),
			Map.entry(20506, "Unsupported MIME type"),
			Map.entry(20507, "Unauthorized retrieval"),
			Map.entry(20508, "Resource unavailable"),
			Map.entry(20509, "Metadata unavailable"),
			Map.entry(20510, "Request too large"),
			Map.entry(20511, "Timeout"),
			Map.entry(20512, "Too many outstanding requests"),
			Map.entry(20513, "Miscellaneous metadata error"),
			Map.entry(20514, "Requested DTD version unavailable: the server does not offer this metadata format"),
			// Logout
			Map.entry(20701, "Not logged in"),
			Map.entry(20702, "Miscellaneous logout error"));

	private ReplyCodes() {
	}

	/** Returns what {@code code} means in RETS 1.7.2, or {@code null} for a code outside the specification. */
	public static String meaning(int code) {
		return MEANINGS.get(code);
	}

	/**
	 * Builds the exception for a failed transaction. The message names the code, its meaning, the server's reply
	 * text and, when the body carried one, the server's extra explanation.
	 */
	public static RetsReplyException failure(String transaction, int code, String replyText, String detail) {
		StringBuilder message = new StringBuilder();
		message.append(transaction).append(" failed with RETS reply ").append(code);
		String meaning = meaning(code);
		if (meaning != null) {
			message.append(" (").append(meaning).append(')');
		}
		if (replyText != null && !replyText.isBlank()) {
			message.append(": ").append(replyText.trim());
		}
		if (detail != null && !detail.isBlank()) {
			message.append(". Server detail: ").append(detail.replaceAll("\\s+", " ").trim());
		}
		return new RetsReplyException(transaction, code, replyText, message.toString());
	}

}
