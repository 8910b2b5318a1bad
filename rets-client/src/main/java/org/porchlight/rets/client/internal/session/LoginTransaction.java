package org.porchlight.rets.client.internal.session;

import java.io.IOException;
import java.net.URI;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.RetsParseException;
import org.porchlight.rets.client.RetsReplyException;
import org.porchlight.rets.client.RetsVersion;
import org.porchlight.rets.client.internal.reply.ReplyCodes;
import org.porchlight.rets.client.internal.reply.RetsReply;
import org.porchlight.rets.client.internal.transport.RetsRequest;
import org.porchlight.rets.client.internal.transport.RetsResponse;
import org.porchlight.rets.client.internal.transport.RetsTransport;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The Login transaction: authenticates, reads the capability URLs and other login facts, and adopts the RETS
 * version that the server announces for the rest of the session.
 */
public final class LoginTransaction {

	private static final Logger logger = LoggerFactory.getLogger(LoginTransaction.class);

	/** Capability names of RETS 1.5 to 1.8, spelled as the specification spells them. */
	private static final List<String> CAPABILITIES = List.of("Action", "ChangePassword", "GetObject", "Login",
			"LoginComplete", "Logout", "Search", "GetMetadata", "ServerInformation", "Update", "PostObject",
			"GetPayloadList");

	private static final int MAX_BODY_BYTES = 1024 * 1024;

	private static final Pattern VERSION_IN_TEXT = Pattern.compile("(?i)RETS/?\\s*(1\\.[578](?:\\.2)?)");

	private final RetsTransport transport;

	public LoginTransaction(RetsTransport transport) {
		this.transport = transport;
	}

	/**
	 * Logs in, and when the server rejects the announced RETS version with reply 20036 and names another (in its
	 * {@code RETS-Version} header or in the reply text), logs in once more with that version.
	 */
	public Capabilities executeWithVersionFallback(String transactionId, URI loginUrl) {
		try {
			return execute(transactionId, loginUrl);
		}
		catch (RetsReplyException ex) {
			if (ex.replyCode() != ReplyCodes.MISCELLANEOUS_LOGIN_ERROR) {
				throw ex;
			}
			RetsVersion advertised = advertisedVersion(this.transport.announcedVersion(), ex.replyText());
			if (advertised == null || advertised == this.transport.version()) {
				throw ex;
			}
			logger.info("{} The server rejected {} with reply 20036 and offers {}; logging in again with it",
					transactionId, this.transport.version().headerValue(), advertised.headerValue());
			this.transport.version(advertised);
			this.transport.clearSession();
			return execute(transactionId, loginUrl);
		}
	}

	/** Finds the version a server offers in its RETS-Version header or, failing that, in its reply text. */
	static RetsVersion advertisedVersion(String header, String replyText) {
		for (String text : new String[] { header, replyText }) {
			if (text == null) {
				continue;
			}
			Matcher matcher = VERSION_IN_TEXT.matcher(text);
			while (matcher.find()) {
				try {
					return RetsVersion.parse(matcher.group(1));
				}
				catch (IllegalArgumentException ex) {
					// Another number in the text; keep looking.
				}
			}
		}
		return null;
	}

	public Capabilities execute(String transactionId, URI loginUrl) {
		try (RetsResponse response = this.transport.execute(transactionId, new RetsRequest("Login", loginUrl, Map.of()))) {
			byte[] body = response.readBody(MAX_BODY_BYTES);
			KeyValueBody parsed = parseBody(response, body);
			RetsReply reply = parsed.reply();
			if (reply.code() != 0) {
				throw ReplyCodes.failure("Login", reply.code(), reply.text(), null);
			}
			RetsVersion serverVersion = serverVersion(transactionId, response.header("RETS-Version"));
			if (serverVersion != null && serverVersion != this.transport.version()) {
				logger.debug("{} Server announced {}; using it for the rest of the session", transactionId,
						serverVersion.headerValue());
				this.transport.version(serverVersion);
			}
			Capabilities capabilities = capabilities(transactionId, response.uri(), parsed, serverVersion);
			logger.debug("{} Logged in; capabilities {}", transactionId, capabilities.urls().keySet());
			return capabilities;
		}
		catch (IOException ex) {
			throw new RetsException("Login to " + loginUrl + " failed while reading the response: " + ex, ex);
		}
	}

	private static KeyValueBody parseBody(RetsResponse response, byte[] body) {
		try {
			return KeyValueBody.parse(body, response.textDecoder());
		}
		catch (RetsParseException ex) {
			String excerpt = new String(body, 0, Math.min(body.length, 200), response.textDecoder().charset()).strip();
			throw new RetsParseException("The Login response from " + response.uri()
					+ " is not a RETS reply (content type " + response.contentType().type() + "): " + excerpt, 0, ex);
		}
	}

	private static RetsVersion serverVersion(String transactionId, String header) {
		if (header == null) {
			logger.debug("{} The server sent no RETS-Version header", transactionId);
			return null;
		}
		try {
			return RetsVersion.parse(header);
		}
		catch (IllegalArgumentException ex) {
			logger.warn("{} The server announced an unknown RETS version '{}'; keeping the configured one",
					transactionId, header);
			return null;
		}
	}

	static Capabilities capabilities(String transactionId, URI base, KeyValueBody body, RetsVersion serverVersion) {
		Map<String, URI> urls = new LinkedHashMap<>();
		Map<String, String> info = new LinkedHashMap<>();
		for (Map.Entry<String, String> entry : body.entries()) {
			String capability = capabilityName(entry.getKey());
			if (capability == null) {
				info.putIfAbsent(entry.getKey(), entry.getValue());
				continue;
			}
			URI url = resolve(base, entry.getValue());
			if (url == null) {
				logger.warn("{} Ignoring capability {} with an invalid URL '{}'", transactionId, capability,
						entry.getValue());
				continue;
			}
			urls.putIfAbsent(capability, url);
		}
		return new Capabilities(urls, info, serverVersion);
	}

	private static String capabilityName(String key) {
		for (String name : CAPABILITIES) {
			if (name.equalsIgnoreCase(key)) {
				return name;
			}
		}
		return (key.length() > 2 && key.regionMatches(true, 0, "X-", 0, 2)) ? key : null;
	}

	/** Resolves a capability URL against the URL that sent the login response, as RFC 3986 defines it. */
	static URI resolve(URI base, String value) {
		if (value.isEmpty()) {
			return null;
		}
		try {
			return base.resolve(URI.create(value.replace(" ", "%20")));
		}
		catch (IllegalArgumentException ex) {
			return null;
		}
	}

}
