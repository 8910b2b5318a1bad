package org.porchlight.rets.client.internal.transport;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Objects;

/**
 * Computes the {@code RETS-UA-Authorization} header of RETS 1.7.2:
 * {@code Digest hex(md5(hex(md5(UserAgent:UserAgentPassword)):RequestId:SessionId:Version))}. The client sends no
 * {@code RETS-Request-ID}, so the request id part is empty. The value is recomputed when the session id or the
 * version changes.
 */
final class UserAgentAuthorization {

	private final String userAgentDigest;

	private String sessionId;

	private String version;

	private String header;

	UserAgentAuthorization(String userAgent, String userAgentPassword) {
		this.userAgentDigest = md5Hex(userAgent + ":" + userAgentPassword);
	}

	/** Returns the header value for the current {@code sessionId} (empty before login) and {@code version}. */
	String header(String sessionId, String version) {
		if (this.header == null || !Objects.equals(sessionId, this.sessionId) || !Objects.equals(version, this.version)) {
			this.sessionId = sessionId;
			this.version = version;
			this.header = "Digest " + md5Hex(this.userAgentDigest + "::" + sessionId + ":" + version);
		}
		return this.header;
	}

	static String md5Hex(String text) {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("MD5 is not available in this JVM", ex);
		}
	}

}
