package org.porchlight.sandbox.internal.http;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

import org.porchlight.sandbox.RetsTransaction;
import org.porchlight.sandbox.SandboxConfig;
import org.porchlight.sandbox.SandboxRequest;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;

/**
 * Login: starts a session, sets its cookie and lists the capability URLs in a body shaped like the
 * flexmls gateway's RETS 1.7.2 login response.
 */
final class LoginTransaction {

	// A made-up flexmls-style member id for the single user the sandbox accepts.
	private static final String MEMBER_ID = "20000426143505724628000000";

	private final SandboxConfig config;

	private final MetadataCatalog catalog;

	private final SessionRegistry sessions;

	private final String baseUrl;

	LoginTransaction(SandboxConfig config, MetadataCatalog catalog, SessionRegistry sessions, String baseUrl) {
		this.config = config;
		this.catalog = catalog;
		this.sessions = sessions;
		this.baseUrl = baseUrl;
	}

	void handle(SandboxRequest request, ExchangeResponse response) throws IOException {
		String sessionId = this.sessions.start();
		response.headers().add("Set-Cookie", SessionRegistry.COOKIE_NAME + "=" + sessionId + "; Path=/");
		StringBuilder body = new StringBuilder();
		body.append("<RETS ReplyCode=\"0\" ReplyText=\"Success\">\r\n\r\n");
		body.append("  <RETS-RESPONSE>\r\n");
		body.append("MemberName=Sandbox User\r\n");
		body.append("User=").append(this.config.username()).append(",MASTER,4,").append(MEMBER_ID).append("\r\n");
		body.append("Broker=UNKNOWN\r\n");
		body.append("MetadataVersion=").append(this.catalog.version()).append("\r\n");
		body.append("MetadataTimestamp=").append(this.catalog.date()).append("\r\n");
		body.append("MinMetadataTimestamp=").append(this.catalog.date()).append("\r\n");
		for (RetsTransaction transaction : RetsTransaction.values()) {
			body.append(transaction.capabilityName()).append('=').append(url(transaction)).append("\r\n");
		}
		body.append("</RETS-RESPONSE>\r\n</RETS>\r\n");
		response.send(200, RetsReplies.TEXT_XML, body.toString().getBytes(StandardCharsets.US_ASCII), true);
	}

	private String url(RetsTransaction transaction) {
		return this.config.absoluteCapabilityUrls() ? this.baseUrl + transaction.path() : transaction.path();
	}

}
