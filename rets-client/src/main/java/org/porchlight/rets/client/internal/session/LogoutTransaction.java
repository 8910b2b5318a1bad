package org.porchlight.rets.client.internal.session;

import java.io.IOException;
import java.net.URI;
import java.util.Map;

import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.transport.RetsRequest;
import org.porchlight.rets.client.internal.transport.RetsResponse;
import org.porchlight.rets.client.internal.transport.RetsTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Logout transaction. Servers reply to it in many shapes (HTML, lines without {@code =}, 401 after the session
 * ended), so a reply that cannot be parsed is logged and the session still counts as closed.
 */
public final class LogoutTransaction {

	private static final Logger logger = LoggerFactory.getLogger(LogoutTransaction.class);

	private final RetsTransport transport;

	public LogoutTransaction(RetsTransport transport) {
		this.transport = transport;
	}

	public void execute(String transactionId, URI logoutUrl) {
		try (RetsResponse response = this.transport.execute(transactionId, new RetsRequest("Logout", logoutUrl, Map.of()))) {
			byte[] body = response.readBody(64 * 1024);
			RetsReply reply = RetsReply.looksLikeReply(body, body.length)
					? RetsReply.parse(body, body.length, response.textDecoder()) : null;
			if (reply == null) {
				logger.debug("{} Logout returned no RETS reply; treating the session as closed", transactionId);
			}
			else if (reply.code() != 0) {
				logger.warn("{} Logout returned RETS reply {} ({}); treating the session as closed", transactionId,
						reply.code(), reply.text());
			}
			else {
				logger.debug("{} Logged out", transactionId);
			}
		}
		catch (IOException | RetsException ex) {
			logger.warn("{} Logout failed: {}; treating the session as closed", transactionId, ex.getMessage());
		}
	}

}
