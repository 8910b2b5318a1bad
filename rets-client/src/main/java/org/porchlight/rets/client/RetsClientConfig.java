package org.porchlight.rets.client;

import java.net.URI;
import java.time.Duration;
import java.util.Objects;

/**
 * Immutable settings of a {@link RetsClient}, built with {@link #builder()}.
 * Secrets ({@code password}, {@code userAgentPassword}) are never included in {@link #toString()}.
 */
public final class RetsClientConfig {

	private final URI loginUrl;
	private final String username;
	private final String password;
	private final String userAgent;
	private final String userAgentPassword;
	private final RetsVersion retsVersion;
	private final AuthMode authMode;
	private final RequestMethod requestMethod;
	private final Duration connectTimeout;
	private final Duration responseTimeout;

	private RetsClientConfig(Builder builder) {
		this.loginUrl = Objects.requireNonNull(builder.loginUrl, "loginUrl is required");
		this.username = Objects.requireNonNull(builder.username, "username is required");
		this.password = Objects.requireNonNull(builder.password, "password is required");
		this.userAgent = builder.userAgent;
		this.userAgentPassword = builder.userAgentPassword;
		this.retsVersion = builder.retsVersion;
		this.authMode = builder.authMode;
		this.requestMethod = builder.requestMethod;
		this.connectTimeout = builder.connectTimeout;
		this.responseTimeout = builder.responseTimeout;
	}

	public static Builder builder() {
		return new Builder();
	}

	public URI loginUrl() {
		return this.loginUrl;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	public String userAgent() {
		return this.userAgent;
	}

	/** Returns the user-agent password, or {@code null} when the server does not use RETS-UA-Authorization. */
	public String userAgentPassword() {
		return this.userAgentPassword;
	}

	public RetsVersion retsVersion() {
		return this.retsVersion;
	}

	public AuthMode authMode() {
		return this.authMode;
	}

	public RequestMethod requestMethod() {
		return this.requestMethod;
	}

	public Duration connectTimeout() {
		return this.connectTimeout;
	}

	public Duration responseTimeout() {
		return this.responseTimeout;
	}

	@Override
	public String toString() {
		return "RetsClientConfig[loginUrl=" + this.loginUrl + ", username=" + this.username + ", userAgent="
				+ this.userAgent + ", retsVersion=" + this.retsVersion + ", authMode=" + this.authMode
				+ ", requestMethod=" + this.requestMethod + "]";
	}

	/** Builder of {@link RetsClientConfig}. {@code loginUrl}, {@code username} and {@code password} are required. */
	public static final class Builder {

		private URI loginUrl;
		private String username;
		private String password;
		private String userAgent = "Porchlight/1.0";
		private String userAgentPassword;
		private RetsVersion retsVersion = RetsVersion.RETS_1_7_2;
		private AuthMode authMode = AuthMode.AUTO;
		private RequestMethod requestMethod = RequestMethod.GET;
		private Duration connectTimeout = Duration.ofSeconds(10);
		private Duration responseTimeout = Duration.ofMinutes(5);

		private Builder() {
		}

		/** Sets the server's Login transaction URL. Required. */
		public Builder loginUrl(URI loginUrl) {
			this.loginUrl = loginUrl;
			return this;
		}

		public Builder loginUrl(String loginUrl) {
			return loginUrl(URI.create(loginUrl));
		}

		/** Sets the RETS user name. Required. */
		public Builder username(String username) {
			this.username = username;
			return this;
		}

		/** Sets the RETS password. Required. */
		public Builder password(String password) {
			this.password = password;
			return this;
		}

		/** Sets the {@code User-Agent} header. Default {@code Porchlight/1.0}. */
		public Builder userAgent(String userAgent) {
			this.userAgent = userAgent;
			return this;
		}

		/** Sets the user-agent password for RETS-UA-Authorization. Default: none, so the header is not sent. */
		public Builder userAgentPassword(String userAgentPassword) {
			this.userAgentPassword = userAgentPassword;
			return this;
		}

		/** Sets the RETS version announced at login. Default {@link RetsVersion#RETS_1_7_2}. */
		public Builder retsVersion(RetsVersion retsVersion) {
			this.retsVersion = Objects.requireNonNull(retsVersion);
			return this;
		}

		/** Sets how HTTP authentication challenges are answered. Default {@link AuthMode#AUTO}. */
		public Builder authMode(AuthMode authMode) {
			this.authMode = Objects.requireNonNull(authMode);
			return this;
		}

		/** Sets the HTTP method of every transaction. Default {@link RequestMethod#GET}. */
		public Builder requestMethod(RequestMethod requestMethod) {
			this.requestMethod = Objects.requireNonNull(requestMethod);
			return this;
		}

		/** Sets the TCP connect timeout. Default 10 seconds. */
		public Builder connectTimeout(Duration connectTimeout) {
			this.connectTimeout = Objects.requireNonNull(connectTimeout);
			return this;
		}

		/** Sets the maximum time between two reads of a response. Default 5 minutes. */
		public Builder responseTimeout(Duration responseTimeout) {
			this.responseTimeout = Objects.requireNonNull(responseTimeout);
			return this;
		}

		public RetsClientConfig build() {
			return new RetsClientConfig(this);
		}

	}

}
