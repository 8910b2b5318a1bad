package org.porchlight.sandbox.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.porchlight.sandbox.SandboxRequest;

/**
 * Logout: ends the session and replies like the flexmls gateway.
 */
final class LogoutTransaction {

	private static final String BODY = "<RETS ReplyCode=\"0\" ReplyText=\"Logout Successful\">\r\n"
			+ "  <RETS-RESPONSE>\r\nSignOffMessage=Good Bye\r\n</RETS-RESPONSE>\r\n</RETS>\r\n";

	private final SessionRegistry sessions;

	LogoutTransaction(SessionRegistry sessions) {
		this.sessions = sessions;
	}

	void handle(SandboxRequest request, ExchangeResponse response) throws IOException {
		request.sessionId().ifPresent(this.sessions::end);
		response.send(200, RetsReplies.TEXT_XML, BODY.getBytes(StandardCharsets.US_ASCII), true);
	}

}
