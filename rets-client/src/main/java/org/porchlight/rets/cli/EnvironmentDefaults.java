package org.porchlight.rets.cli;

import java.util.Map;

import picocli.CommandLine.IDefaultValueProvider;
import picocli.CommandLine.Model.ArgSpec;
import picocli.CommandLine.Model.OptionSpec;

/**
 * Default values of the connection options, taken from environment variables such as {@code RETS_URL}.
 */
final class EnvironmentDefaults implements IDefaultValueProvider {

	/** Environment variable for each option, by the option's long name. */
	static final Map<String, String> VARIABLES = Map.of("--url", "RETS_URL", "--user", "RETS_USER", "--password",
			"RETS_PASSWORD", "--user-agent", "RETS_USER_AGENT", "--ua-password", "RETS_UA_PASSWORD", "--rets-version",
			"RETS_VERSION", "--auth", "RETS_AUTH", "--method", "RETS_METHOD");

	private final Map<String, String> environment;

	EnvironmentDefaults(Map<String, String> environment) {
		this.environment = Map.copyOf(environment);
	}

	@Override
	public String defaultValue(ArgSpec argument) {
		if (!(argument instanceof OptionSpec option)) {
			return null;
		}
		String variable = VARIABLES.get(option.longestName());
		String value = (variable != null) ? this.environment.get(variable) : null;
		return (value != null) ? value : option.defaultValue();
	}

}
