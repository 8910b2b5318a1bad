package org.porchlight.sandbox.internal.http;

import java.nio.charset.StandardCharsets;

import org.porchlight.sandbox.internal.XmlText;

/**
 * RETS reply codes the sandbox sends and the bodies that carry them.
 */
final class RetsReplies {

	static final int MISCELLANEOUS_LOGIN_ERROR = 20036;

	static final int NO_RECORDS_FOUND = 20201;

	static final int UNKNOWN_QUERY_FIELD = 20200;

	static final int INVALID_SELECT = 20202;

	static final int MISCELLANEOUS_SEARCH_ERROR = 20203;

	static final int INVALID_QUERY_SYNTAX = 20206;

	static final int INVALID_RESOURCE = 20400;

	static final int INVALID_TYPE = 20401;

	static final int INVALID_IDENTIFIER = 20402;

	static final int NO_OBJECT_FOUND = 20403;

	static final int NO_METADATA_FOUND = 20503;

	static final int UNSUPPORTED_METADATA_FORMAT = 20514;

	static final String TEXT_XML = "text/xml";

	private RetsReplies() {
	}

	/** Returns a reply with no content, such as {@code <RETS ReplyCode="20201" ReplyText="No Records Found."/>}. */
	static byte[] reply(int code, String text) {
		return reply(code, text, "");
	}

	/** Returns a reply whose element contains explanatory text, as the flexmls gateway sends with 20203. */
	static byte[] reply(int code, String text, String content) {
		String xml = "<RETS ReplyCode=\"" + code + "\" ReplyText=\"" + XmlText.escape(text) + "\">\n"
				+ (content.isEmpty() ? "" : escapeKeepingTabs(content) + "\n") + "</RETS>\n";
		return xml.getBytes(StandardCharsets.US_ASCII);
	}

	private static String escapeKeepingTabs(String content) {
		String[] parts = content.split("\t", -1);
		StringBuilder escaped = new StringBuilder();
		for (int i = 0; i < parts.length; i++) {
			escaped.append((i > 0) ? "\t" : "").append(XmlText.escape(parts[i]));
		}
		return escaped.toString();
	}

}
