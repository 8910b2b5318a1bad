package org.porchlight.sandbox;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.CookieManager;
import java.net.PasswordAuthentication;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A minimal RETS client for tests on the JDK's HttpClient: it keeps cookies, authenticates with Basic
 * (through {@link java.net.Authenticator}, which the JDK supports) or with Digest (computed here,
 * because the JDK client has no Digest support), and sends RETS arguments by GET or POST.
 */
final class TestRetsClient {

	enum Mode {

		/** Basic through java.net.Authenticator, responding to the server's challenge. */
		BASIC,

		/** Digest with qop=auth, computed by this class from the server's challenge. */
		DIGEST

	}

	private static final Pattern PARAMETER = Pattern.compile("(\\w+)=(?:\"([^\"]*)\"|([^,\\s]+))");

	private final URI base;

	private final String username;

	private final String password;

	private final Mode mode;

	private final HttpClient http;

	private Map<String, String> digestChallenge;

	private int nonceCount;

	TestRetsClient(RetsSandbox sandbox, String username, String password, Mode mode) {
		this.base = sandbox.loginUrl().resolve("/");
		this.username = username;
		this.password = password;
		this.mode = mode;
		HttpClient.Builder builder = HttpClient.newBuilder()
			.cookieHandler(new CookieManager())
			.connectTimeout(Duration.ofSeconds(5));
		if (mode == Mode.BASIC) {
			builder.authenticator(new java.net.Authenticator() {
				@Override
				protected PasswordAuthentication getPasswordAuthentication() {
					return new PasswordAuthentication(username, password.toCharArray());
				}
			});
		}
		this.http = builder.build();
	}

	static TestRetsClient basic(RetsSandbox sandbox) {
		return new TestRetsClient(sandbox, "demo", "demo-rets", Mode.BASIC);
	}

	static TestRetsClient digest(RetsSandbox sandbox) {
		return new TestRetsClient(sandbox, "demo", "demo-rets", Mode.DIGEST);
	}

	HttpResponse<byte[]> login() {
		return get(RetsTransaction.LOGIN, Map.of());
	}

	HttpResponse<byte[]> get(RetsTransaction transaction, Map<String, String> arguments) {
		String query = encode(arguments);
		URI uri = this.base.resolve(transaction.path() + (query.isEmpty() ? "" : "?" + query));
		return send(() -> HttpRequest.newBuilder(uri).GET(), uri, "GET");
	}

	HttpResponse<byte[]> post(RetsTransaction transaction, Map<String, String> arguments) {
		URI uri = this.base.resolve(transaction.path());
		String form = encode(arguments);
		return send(() -> HttpRequest.newBuilder(uri)
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString(form)), uri, "POST");
	}

	HttpResponse<byte[]> send(HttpRequest request) {
		try {
			return this.http.send(request, HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	/** Returns the HttpClient, which stores the session cookie after login. */
	HttpClient http() {
		return this.http;
	}

	private HttpResponse<byte[]> send(java.util.function.Supplier<HttpRequest.Builder> request, URI uri,
			String method) {
		HttpRequest.Builder builder = request.get().header("RETS-Version", "RETS/1.7.2").timeout(Duration.ofSeconds(10));
		if (this.mode == Mode.DIGEST && this.digestChallenge != null) {
			builder.header("Authorization", digestAuthorization(method, target(uri)));
		}
		HttpResponse<byte[]> response = send(builder.build());
		if (this.mode == Mode.DIGEST && response.statusCode() == 401) {
			this.digestChallenge = digestChallenge(response);
			if (this.digestChallenge == null) {
				return response;
			}
			this.nonceCount = 0;
			HttpRequest.Builder retry = request.get()
				.header("RETS-Version", "RETS/1.7.2")
				.header("Authorization", digestAuthorization(method, target(uri)));
			response = send(retry.build());
		}
		return response;
	}

	private static String target(URI uri) {
		return uri.getRawPath() + ((uri.getRawQuery() != null) ? "?" + uri.getRawQuery() : "");
	}

	static Map<String, String> digestChallenge(HttpResponse<?> response) {
		for (String value : response.headers().allValues("WWW-Authenticate")) {
			if (value.regionMatches(true, 0, "Digest ", 0, 7)) {
				return parameters(value.substring(7));
			}
		}
		return null;
	}

	static Map<String, String> parameters(String text) {
		Map<String, String> parameters = new LinkedHashMap<>();
		Matcher matcher = PARAMETER.matcher(text);
		while (matcher.find()) {
			parameters.put(matcher.group(1), (matcher.group(2) != null) ? matcher.group(2) : matcher.group(3));
		}
		return parameters;
	}

	private String digestAuthorization(String method, String uri) {
		this.nonceCount++;
		return digestHeader(this.digestChallenge, this.username, this.password, method, uri, this.nonceCount,
				"0a4f113b" + this.nonceCount);
	}

	/** Computes an RFC 7616 Digest Authorization header with MD5 and qop=auth. */
	static String digestHeader(Map<String, String> challenge, String username, String password, String method,
			String uri, int nonceCount, String cnonce) {
		String realm = challenge.get("realm");
		String nonce = challenge.get("nonce");
		String nc = String.format("%08x", nonceCount);
		String ha1 = md5(username + ":" + realm + ":" + password);
		String ha2 = md5(method + ":" + uri);
		String response = md5(ha1 + ":" + nonce + ":" + nc + ":" + cnonce + ":auth:" + ha2);
		return "Digest username=\"" + username + "\", realm=\"" + realm + "\", nonce=\"" + nonce + "\", uri=\"" + uri
				+ "\", qop=auth, nc=" + nc + ", cnonce=\"" + cnonce + "\", response=\"" + response + "\", opaque=\""
				+ challenge.get("opaque") + "\", algorithm=MD5";
	}

	static String md5(String text) {
		try {
			return HexFormat.of()
				.formatHex(MessageDigest.getInstance("MD5").digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

	static String encode(Map<String, String> arguments) {
		StringBuilder encoded = new StringBuilder();
		for (Map.Entry<String, String> argument : arguments.entrySet()) {
			if (encoded.length() > 0) {
				encoded.append('&');
			}
			encoded.append(URLEncoder.encode(argument.getKey(), StandardCharsets.UTF_8))
				.append('=')
				.append(URLEncoder.encode(argument.getValue(), StandardCharsets.UTF_8));
		}
		return encoded.toString();
	}

}
