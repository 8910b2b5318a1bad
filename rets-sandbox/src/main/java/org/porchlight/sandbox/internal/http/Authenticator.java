package org.porchlight.sandbox.internal.http;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import org.porchlight.sandbox.AuthScheme;
import org.porchlight.sandbox.SandboxConfig;

/**
 * Checks the {@code Authorization} header of each request against the configured credentials with
 * HTTP Basic and Digest (MD5, {@code qop=auth} or the older form without qop), and writes the
 * {@code WWW-Authenticate} challenges. Digest nonces are issued here, expire after the configured
 * lifetime (a response computed with an expired nonce is rejected with {@code stale=true}), and each nonce
 * count is accepted once per nonce, so a replayed header is rejected.
 */
final class Authenticator {

	/** The outcome of checking one request. */
	enum Result {

		/** The credentials are valid. */
		AUTHENTICATED,

		/** No credentials, a scheme not offered, or wrong credentials. */
		REJECTED,

		/** Correct Digest credentials computed with an expired or unknown nonce. */
		STALE_NONCE

	}

	private final String username;

	private final byte[] password;

	private final String realm;

	private final Set<AuthScheme> schemes;

	private final Clock clock;

	private final Duration nonceLifetime;

	private final boolean digestQop;

	private final String opaque;

	private final SecureRandom random = new SecureRandom();

	private final Map<String, Nonce> nonces = new ConcurrentHashMap<>();

	Authenticator(SandboxConfig config) {
		this.username = config.username();
		this.password = config.password().getBytes(StandardCharsets.UTF_8);
		this.realm = config.realm();
		this.schemes = config.authSchemes();
		this.clock = config.clock();
		this.nonceLifetime = config.nonceLifetime();
		this.digestQop = config.digestQop();
		this.opaque = randomHex(16);
	}

	/**
	 * Checks a request.
	 * @param header the Authorization header, or {@code null}
	 * @param method the request method
	 * @param requestTarget the request-target as sent, such as {@code /rets2_1/Search?Query=...}
	 */
	Result check(String header, String method, String requestTarget) {
		if (header == null || header.isBlank()) {
			return Result.REJECTED;
		}
		AuthorizationHeader authorization = AuthorizationHeader.parse(header);
		if (authorization.scheme().equals("basic") && this.schemes.contains(AuthScheme.BASIC)) {
			return checkBasic(authorization.token()) ? Result.AUTHENTICATED : Result.REJECTED;
		}
		if (authorization.scheme().equals("digest") && this.schemes.contains(AuthScheme.DIGEST)) {
			return checkDigest(authorization.parameters(), method, requestTarget);
		}
		return Result.REJECTED;
	}

	/** Returns one WWW-Authenticate value per offered scheme, Digest first. */
	List<String> challenges(boolean stale) {
		List<String> challenges = new ArrayList<>();
		if (this.schemes.contains(AuthScheme.DIGEST)) {
			String nonce = issueNonce();
			challenges.add("Digest realm=\"" + this.realm + "\"" + (this.digestQop ? ", qop=\"auth\"" : "")
					+ ", algorithm=MD5, nonce=\"" + nonce
					+ "\", opaque=\"" + this.opaque + "\"" + (stale ? ", stale=true" : ""));
		}
		if (this.schemes.contains(AuthScheme.BASIC)) {
			challenges.add("Basic realm=\"" + this.realm + "\"");
		}
		return challenges;
	}

	private boolean checkBasic(String token) {
		byte[] decoded;
		try {
			decoded = Base64.getDecoder().decode(token);
		}
		catch (IllegalArgumentException ex) {
			return false;
		}
		String credentials = new String(decoded, StandardCharsets.UTF_8);
		int colon = credentials.indexOf(':');
		if (colon < 0) {
			return false;
		}
		boolean userMatches = credentials.substring(0, colon).equals(this.username);
		boolean passwordMatches = MessageDigest.isEqual(
				credentials.substring(colon + 1).getBytes(StandardCharsets.UTF_8), this.password);
		return userMatches && passwordMatches;
	}

	private Result checkDigest(Map<String, String> parameters, String method, String requestTarget) {
		String user = parameters.get("username");
		String nonce = parameters.get("nonce");
		String uri = parameters.get("uri");
		String response = parameters.get("response");
		String qop = parameters.get("qop");
		String algorithm = parameters.getOrDefault("algorithm", "MD5");
		if (user == null || nonce == null || uri == null || response == null
				|| !this.realm.equals(parameters.get("realm")) || !algorithm.equalsIgnoreCase("MD5")
				|| !this.username.equals(user) || !uriMatches(uri, requestTarget)) {
			return Result.REJECTED;
		}
		if (parameters.containsKey("opaque") && !this.opaque.equals(parameters.get("opaque"))) {
			return Result.REJECTED;
		}

		String ha1 = md5Hex(user + ":" + this.realm + ":" + new String(this.password, StandardCharsets.UTF_8));
		String ha2 = md5Hex(method + ":" + uri);
		String nonceCount = parameters.get("nc");
		String expected;
		if (qop == null) {
			expected = md5Hex(ha1 + ":" + nonce + ":" + ha2);
		}
		else if (qop.equals("auth") && nonceCount != null && parameters.get("cnonce") != null) {
			expected = md5Hex(ha1 + ":" + nonce + ":" + nonceCount + ":" + parameters.get("cnonce") + ":auth:" + ha2);
		}
		else {
			return Result.REJECTED;
		}
		if (!MessageDigest.isEqual(expected.getBytes(StandardCharsets.US_ASCII),
				response.toLowerCase(Locale.ROOT).getBytes(StandardCharsets.US_ASCII))) {
			return Result.REJECTED;
		}

		Nonce issued = this.nonces.get(nonce);
		if (issued == null || issued.isExpired(this.clock.instant(), this.nonceLifetime)) {
			return Result.STALE_NONCE;
		}
		// Without qop there is no nonce count, so the nonce may be reused until it expires.
		if (qop != null && !issued.firstUseOf(nonceCount)) {
			return Result.REJECTED;
		}
		return Result.AUTHENTICATED;
	}

	// Clients put the request-target in "uri"; some send only the path.
	private static boolean uriMatches(String uri, String requestTarget) {
		if (uri.equals(requestTarget)) {
			return true;
		}
		int query = requestTarget.indexOf('?');
		return query >= 0 && uri.equals(requestTarget.substring(0, query));
	}

	private String issueNonce() {
		Instant now = this.clock.instant();
		this.nonces.entrySet().removeIf((entry) -> entry.getValue().isExpired(now, this.nonceLifetime));
		String nonce = randomHex(16);
		this.nonces.put(nonce, new Nonce(now));
		return nonce;
	}

	private String randomHex(int bytes) {
		byte[] value = new byte[bytes];
		this.random.nextBytes(value);
		return HexFormat.of().formatHex(value);
	}

	static String md5Hex(String text) {
		try {
			MessageDigest md5 = MessageDigest.getInstance("MD5");
			return HexFormat.of().formatHex(md5.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("The JDK has no MD5 digest", ex);
		}
	}

	/** An issued nonce and the nonce counts already used with it. */
	private static final class Nonce {

		private final Instant issuedAt;

		private final Set<String> usedCounts = ConcurrentHashMap.newKeySet();

		Nonce(Instant issuedAt) {
			this.issuedAt = issuedAt;
		}

		boolean isExpired(Instant now, Duration lifetime) {
			return this.issuedAt.plus(lifetime).isBefore(now);
		}

		boolean firstUseOf(String nonceCount) {
			return this.usedCounts.add(nonceCount.toLowerCase(Locale.ROOT));
		}

	}

}
