package org.porchlight.rets.cli;

import java.util.Map;

import picocli.CommandLine;
import picocli.CommandLine.Command;

/**
 * The {@code rets} command: logs in to a RETS server and runs one transaction (login, metadata, search or
 * get-object), writing the result to standard output or to files. Progress and errors go to standard error.
 */
@Command(name = "rets", mixinStandardHelpOptions = true, version = "rets 0.1.0",
		description = "Runs one RETS transaction against a RETS 1.x server.",
		subcommands = { LoginCommand.class, MetadataCommand.class, SearchCommand.class, GetObjectCommand.class },
		exitCodeListHeading = "%nExit codes:%n",
		exitCodeList = { "0:success", "2:invalid or missing option", "3:authentication failed",
				"4:the server returned a RETS reply error", "5:I/O, HTTP or parse error" })
public final class RetsCommand implements Runnable {

	static final int SUCCESS = 0;

	static final int USAGE = 2;

	static final int AUTHENTICATION_FAILED = 3;

	static final int REPLY_ERROR = 4;

	static final int IO_ERROR = 5;

	@CommandLine.Spec
	private CommandLine.Model.CommandSpec spec;

	@Override
	public void run() {
		throw new CommandLine.ParameterException(this.spec.commandLine(),
				"Missing command: use one of login, metadata, search, get-object");
	}

	/**
	 * Creates the command line for {@code rets}, reading option defaults from {@code environment} (such as
	 * {@code RETS_URL}).
	 */
	public static CommandLine commandLine(Map<String, String> environment) {
		CommandLine commandLine = new CommandLine(new RetsCommand());
		commandLine.setDefaultValueProvider(new EnvironmentDefaults(environment));
		commandLine.setExecutionExceptionHandler(new FailureHandler());
		return commandLine;
	}

	public static void main(String[] args) {
		if (System.getProperty("logback.configurationFile") == null) {
			System.setProperty("logback.configurationFile", "org/porchlight/rets/cli/logback-cli.xml");
		}
		System.exit(commandLine(System.getenv()).execute(args));
	}

}
