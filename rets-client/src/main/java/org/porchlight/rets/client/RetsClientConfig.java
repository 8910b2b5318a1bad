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
	private final RowShapePolicy rowShapePolicy;
	private final int maxAttempts;
	private final Duration retryBaseDelay;
	private final Duration maxRetryDelay;
	private final double maxRequestsPerSecond;
	private final int maxConcurrentTransactions;

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
		this.rowShapePolicy = builder.rowShapePolicy;
		this.maxAttempts = builder.maxAttempts;
		this.retryBaseDelay = builder.retryBaseDelay;
		this.maxRetryDelay = builder.maxRetryDelay;
		this.maxRequestsPerSecond = builder.maxRequestsPerSecond;
		this.maxConcurrentTransactions = builder.maxConcurrentTransactions;
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

	/** Returns what a search does with a row whose field count differs from its columns. */
	public RowShapePolicy rowShapePolicy() {
		return this.rowShapePolicy;
	}

	/** Returns how many times a transaction is sent at most, counting the first attempt. */
	public int maxAttempts() {
		return this.maxAttempts;
	}

	/** Returns the delay before the first retry; each further retry waits twice as long. */
	public Duration retryBaseDelay() {
		return this.retryBaseDelay;
	}

	/** Returns the longest wait before a retry, including a wait that a {@code Retry-After} header requests. */
	public Duration maxRetryDelay() {
		return this.maxRetryDelay;
	}

	/** Returns the maximum number of requests started per second, or {@code 0} for no limit. */
	public double maxRequestsPerSecond() {
		return this.maxRequestsPerSecond;
	}

	/** Returns the maximum number of transactions open at once, or {@code 0} for no limit. */
	public int maxConcurrentTransactions() {
		return this.maxConcurrentTransactions;
	}

	@Override
	public String toString() {
		return "RetsClientConfig[loginUrl=" + this.loginUrl + ", username=" + this.username + ", userAgent="
				+ this.userAgent + ", retsVersion=" + this.retsVersion + ", authMode=" + this.authMode
				+ ", requestMethod=" + this.requestMethod + ", rowShapePolicy=" + this.rowShapePolicy + ", maxAttempts="
				+ this.maxAttempts + "]";
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
		private RowShapePolicy rowShapePolicy = RowShapePolicy.SKIP;
		private int maxAttempts = 3;
		private Duration retryBaseDelay = Duration.ofSeconds(1);
		private Duration maxRetryDelay = Duration.ofMinutes(1);
		private double maxRequestsPerSecond;
		private int maxConcurrentTransactions;

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

		/** Sets which HTTP authentication challenges the client responds to. Default {@link AuthMode#AUTO}. */
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

		/** Sets what a search does with a row whose field count differs from its columns. Default {@link RowShapePolicy#SKIP}. */
		public Builder rowShapePolicy(RowShapePolicy rowShapePolicy) {
			this.rowShapePolicy = Objects.requireNonNull(rowShapePolicy);
			return this;
		}

		/**
		 * Sets how many times a transaction is sent at most, counting the first attempt. GetMetadata, Search,
		 * GetObject and Login are sent again after a 5xx status or a connection that failed before the response
		 * headers arrived. Default 3; 1 turns retries off.
		 */
		public Builder maxAttempts(int maxAttempts) {
			if (maxAttempts < 1) {
				throw new IllegalArgumentException("maxAttempts must be at least 1, was " + maxAttempts);
			}
			this.maxAttempts = maxAttempts;
			return this;
		}

		/** Sets the delay before the first retry; each further retry waits twice as long. Default 1 second. */
		public Builder retryBaseDelay(Duration retryBaseDelay) {
			this.retryBaseDelay = Objects.requireNonNull(retryBaseDelay);
			return this;
		}

		/** Sets the longest wait before a retry, also for {@code Retry-After}. Default 1 minute. */
		public Builder maxRetryDelay(Duration maxRetryDelay) {
			this.maxRetryDelay = Objects.requireNonNull(maxRetryDelay);
			return this;
		}

		/** Sets the maximum number of HTTP requests started per second. Default 0, which means no limit. */
		public Builder maxRequestsPerSecond(double maxRequestsPerSecond) {
			if (maxRequestsPerSecond < 0) {
				throw new IllegalArgumentException("maxRequestsPerSecond must not be negative, was " + maxRequestsPerSecond);
			}
			this.maxRequestsPerSecond = maxRequestsPerSecond;
			return this;
		}

		/**
		 * Sets the maximum number of transactions whose responses are open at once. A transaction started while
		 * the same thread has an open one (a GetObject inside a search's row handler) does not count twice.
		 * Default 0, which means no limit.
		 */
		public Builder maxConcurrentTransactions(int maxConcurrentTransactions) {
			if (maxConcurrentTransactions < 0) {
				throw new IllegalArgumentException(
						"maxConcurrentTransactions must not be negative, was " + maxConcurrentTransactions);
			}
			this.maxConcurrentTransactions = maxConcurrentTransactions;
			return this;
		}

		public RetsClientConfig build() {
			return new RetsClientConfig(this);
		}

	}

}
