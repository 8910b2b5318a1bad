package org.porchlight.sandbox;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Immutable settings of a {@link RetsSandbox}, built with {@link #builder()}. Each setting's default
 * is given on its builder method.
 */
public final class SandboxConfig {

	private final String host;

	private final int port;

	private final String username;

	private final String password;

	private final int listingCount;

	private final long seed;

	private final int maxRows;

	private final Set<AuthScheme> authSchemes;

	private final String realm;

	private final int threads;

	private final boolean absoluteCapabilityUrls;

	private final Duration sessionTimeout;

	private final Duration nonceLifetime;

	private final boolean digestQop;

	private final Clock clock;

	private final List<SandboxFilter> filters;

	private SandboxConfig(Builder builder) {
		this.host = builder.host;
		this.port = builder.port;
		this.username = builder.username;
		this.password = builder.password;
		this.listingCount = builder.listingCount;
		this.seed = builder.seed;
		this.maxRows = builder.maxRows;
		this.authSchemes = Set.copyOf(builder.authSchemes);
		this.realm = builder.realm;
		this.threads = builder.threads;
		this.absoluteCapabilityUrls = builder.absoluteCapabilityUrls;
		this.sessionTimeout = builder.sessionTimeout;
		this.nonceLifetime = builder.nonceLifetime;
		this.digestQop = builder.digestQop;
		this.clock = builder.clock;
		this.filters = List.copyOf(builder.filters);
	}

	/** Returns a builder with every setting at its default. */
	public static Builder builder() {
		return new Builder();
	}

	public String host() {
		return this.host;
	}

	public int port() {
		return this.port;
	}

	public String username() {
		return this.username;
	}

	public String password() {
		return this.password;
	}

	public int listingCount() {
		return this.listingCount;
	}

	public long seed() {
		return this.seed;
	}

	public int maxRows() {
		return this.maxRows;
	}

	/** Returns the schemes offered in challenges; Digest is offered before Basic when both are. */
	public Set<AuthScheme> authSchemes() {
		return this.authSchemes;
	}

	public String realm() {
		return this.realm;
	}

	public int threads() {
		return this.threads;
	}

	public boolean absoluteCapabilityUrls() {
		return this.absoluteCapabilityUrls;
	}

	public Duration sessionTimeout() {
		return this.sessionTimeout;
	}

	public Duration nonceLifetime() {
		return this.nonceLifetime;
	}

	/** Returns whether Digest challenges offer {@code qop="auth"}; without it clients use the RFC 2069 form. */
	public boolean digestQop() {
		return this.digestQop;
	}

	public Clock clock() {
		return this.clock;
	}

	public List<SandboxFilter> filters() {
		return this.filters;
	}

	/** Builds a {@link SandboxConfig}. */
	public static final class Builder {

		private String host = "127.0.0.1";

		private int port;

		private String username = "demo";

		private String password = "demo-rets";

		private int listingCount = 500;

		private long seed = 42L;

		private int maxRows = 250;

		private Set<AuthScheme> authSchemes = EnumSet.allOf(AuthScheme.class);

		private String realm = "rets-sandbox";

		private int threads = 4;

		private boolean absoluteCapabilityUrls = true;

		private Duration sessionTimeout = Duration.ofMinutes(30);

		private Duration nonceLifetime = Duration.ofMinutes(10);

		private boolean digestQop = true;

		private Clock clock = Clock.systemUTC();

		private final List<SandboxFilter> filters = new ArrayList<>();

		private Builder() {
		}

		/** Sets the address to listen on. Default {@code 127.0.0.1}. */
		public Builder host(String host) {
			this.host = Objects.requireNonNull(host, "host must not be null");
			return this;
		}

		/** Sets the TCP port; {@code 0} picks a free one. Default {@code 0}. */
		public Builder port(int port) {
			if (port < 0 || port > 65535) {
				throw new IllegalArgumentException("port must be between 0 and 65535, was " + port);
			}
			this.port = port;
			return this;
		}

		/** Sets the user name that Login accepts. Default {@code demo}. */
		public Builder username(String username) {
			this.username = requireText(username, "username");
			return this;
		}

		/** Sets the password that Login accepts. Default {@code demo-rets}. */
		public Builder password(String password) {
			this.password = requireText(password, "password");
			return this;
		}

		/** Sets how many listings to generate, besides the 3 captured ones. Default {@code 500}. */
		public Builder listingCount(int listingCount) {
			if (listingCount < 0) {
				throw new IllegalArgumentException("listingCount must not be negative, was " + listingCount);
			}
			this.listingCount = listingCount;
			return this;
		}

		/** Sets the seed the generated listings derive from. Default {@code 42}. */
		public Builder seed(long seed) {
			this.seed = seed;
			return this;
		}

		/**
		 * Sets the most rows one Search reply holds; a reply cut by it carries {@code <MAXROWS/>}.
		 * Default {@code 250}.
		 */
		public Builder maxRows(int maxRows) {
			if (maxRows < 1) {
				throw new IllegalArgumentException("maxRows must be at least 1, was " + maxRows);
			}
			this.maxRows = maxRows;
			return this;
		}

		/** Sets the authentication schemes offered and accepted. Default Digest and Basic. */
		public Builder authSchemes(AuthScheme... schemes) {
			if (schemes.length == 0) {
				throw new IllegalArgumentException("At least one authentication scheme is required");
			}
			this.authSchemes = EnumSet.of(schemes[0], schemes);
			return this;
		}

		/** Sets the realm of the challenges. Default {@code rets-sandbox}. */
		public Builder realm(String realm) {
			this.realm = requireText(realm, "realm");
			return this;
		}

		/** Sets the number of request threads. Default {@code 4}. */
		public Builder threads(int threads) {
			if (threads < 1) {
				throw new IllegalArgumentException("threads must be at least 1, was " + threads);
			}
			this.threads = threads;
			return this;
		}

		/**
		 * Sets whether the Login response lists absolute capability URLs ({@code http://host:port/rets2_1/Search})
		 * or relative ones ({@code /rets2_1/Search}) as the flexmls gateway does. Default absolute.
		 */
		public Builder absoluteCapabilityUrls(boolean absolute) {
			this.absoluteCapabilityUrls = absolute;
			return this;
		}

		/** Sets how long a session may stay unused before it expires. Default 30 minutes. */
		public Builder sessionTimeout(Duration timeout) {
			this.sessionTimeout = requirePositive(timeout, "sessionTimeout");
			return this;
		}

		/**
		 * Sets whether Digest challenges offer {@code qop="auth"}, as most servers do, or leave qop out, as older
		 * servers do (RFC 2069). Default true.
		 */
		public Builder digestQop(boolean digestQop) {
			this.digestQop = digestQop;
			return this;
		}

		/** Sets how long a Digest nonce is accepted before it is reported stale. Default 10 minutes. */
		public Builder nonceLifetime(Duration lifetime) {
			this.nonceLifetime = requirePositive(lifetime, "nonceLifetime");
			return this;
		}

		/**
		 * Sets the clock for session and nonce expiry and for the timestamps of changes made through
		 * {@link SandboxListings}. Generated listings never read it. Default the system clock in UTC.
		 */
		public Builder clock(Clock clock) {
			this.clock = Objects.requireNonNull(clock, "clock must not be null");
			return this;
		}

		/** Adds a filter that runs before authentication and the transaction. Default none. */
		public Builder filter(SandboxFilter filter) {
			this.filters.add(Objects.requireNonNull(filter, "filter must not be null"));
			return this;
		}

		/** Builds the configuration. */
		public SandboxConfig build() {
			return new SandboxConfig(this);
		}

		private static String requireText(String value, String name) {
			if (value == null || value.isEmpty()) {
				throw new IllegalArgumentException(name + " must not be empty");
			}
			return value;
		}

		private static Duration requirePositive(Duration duration, String name) {
			if (duration == null || duration.isZero() || duration.isNegative()) {
				throw new IllegalArgumentException(name + " must be a positive duration, was " + duration);
			}
			return duration;
		}

	}

}
