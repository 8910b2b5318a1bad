package org.porchlight.rets.cli;

import java.net.URI;

import org.porchlight.rets.client.AuthMode;
import org.porchlight.rets.client.RequestMethod;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsVersion;

import picocli.CommandLine;
import picocli.CommandLine.Option;

/**
 * Connection options (login URL, credentials, RETS version, authentication), shared by every subcommand. Each falls back to an
 * environment variable.
 */
final class ConnectionOptions {

	@Option(names = "--url", paramLabel = "URL", description = "Login URL of the RETS server (env RETS_URL).")
	URI url;

	@Option(names = "--user", paramLabel = "NAME", description = "RETS user name (env RETS_USER).")
	String user;

	@Option(names = "--password", paramLabel = "PASSWORD", description = "RETS password (env RETS_PASSWORD).")
	String password;

	@Option(names = "--user-agent", paramLabel = "NAME", defaultValue = "Porchlight/1.0",
			description = "User-Agent header (env RETS_USER_AGENT; default ${DEFAULT-VALUE}).")
	String userAgent;

	@Option(names = "--ua-password", paramLabel = "PASSWORD",
			description = "User-agent password for RETS-UA-Authorization (env RETS_UA_PASSWORD).")
	String userAgentPassword;

	@Option(names = "--rets-version", paramLabel = "VERSION", defaultValue = "1.7.2",
			description = "RETS version to request: 1.5, 1.7, 1.7.2 or 1.8 (env RETS_VERSION; default ${DEFAULT-VALUE}).")
	String retsVersion;

	@Option(names = "--auth", paramLabel = "MODE", defaultValue = "auto",
			description = "HTTP authentication: basic, digest or auto (env RETS_AUTH; default ${DEFAULT-VALUE}).")
	String auth;

	@Option(names = "--method", paramLabel = "METHOD", defaultValue = "get",
			description = "HTTP method of the transactions: get or post (env RETS_METHOD; default ${DEFAULT-VALUE}).")
	String method;

	/**
	 * Builds the client configuration, raising a usage error when a required setting is missing or invalid.
	 */
	RetsClientConfig toConfig(CommandLine commandLine) {
		require(commandLine, this.url, "--url", "RETS_URL");
		require(commandLine, this.user, "--user", "RETS_USER");
		require(commandLine, this.password, "--password", "RETS_PASSWORD");
		RetsClientConfig.Builder builder = RetsClientConfig.builder()
			.loginUrl(this.url)
			.username(this.user)
			.password(this.password)
			.userAgent(this.userAgent)
			.userAgentPassword(this.userAgentPassword)
			.retsVersion(version(commandLine))
			.authMode(choice(commandLine, AuthMode.class, this.auth, "--auth"))
			.requestMethod(choice(commandLine, RequestMethod.class, this.method, "--method"));
		return builder.build();
	}

	private RetsVersion version(CommandLine commandLine) {
		try {
			return RetsVersion.parse(this.retsVersion);
		}
		catch (IllegalArgumentException ex) {
			throw new CommandLine.ParameterException(commandLine, "Invalid value for --rets-version: " + ex.getMessage());
		}
	}

	private static <E extends Enum<E>> E choice(CommandLine commandLine, Class<E> type, String value, String option) {
		for (E constant : type.getEnumConstants()) {
			if (constant.name().equalsIgnoreCase(value.trim())) {
				return constant;
			}
		}
		throw new CommandLine.ParameterException(commandLine, "Invalid value for " + option + ": '" + value
				+ "'; expected one of " + java.util.Arrays.toString(type.getEnumConstants()).toLowerCase());
	}

	private static void require(CommandLine commandLine, Object value, String option, String variable) {
		if (value == null || value.toString().isBlank()) {
			throw new CommandLine.ParameterException(commandLine,
					"Missing " + option + ": give the option or set the environment variable " + variable);
		}
	}

}
