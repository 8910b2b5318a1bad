package org.porchlight.rets.cli;

import java.io.PrintWriter;
import java.util.concurrent.Callable;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;

import picocli.CommandLine;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Spec;

/**
 * A subcommand that logs in, runs its transaction and logs out again.
 */
abstract class TransactionCommand implements Callable<Integer> {

	@Mixin
	ConnectionOptions connection;

	@Spec
	CommandSpec spec;

	@Override
	public Integer call() throws Exception {
		RetsClientConfig config = this.connection.toConfig(this.spec.commandLine());
		validate();
		try (RetsClient client = RetsClient.create(config)) {
			progress("Logging in to " + config.loginUrl() + " as " + config.username());
			Capabilities capabilities = client.login();
			int exitCode = run(client, capabilities);
			out().flush();
			client.logout();
			return exitCode;
		}
	}

	/** Checks the subcommand's own options before connecting; raises a {@code ParameterException} when invalid. */
	void validate() {
	}

	/** Runs the transaction after a successful login and returns the exit code. */
	abstract int run(RetsClient client, Capabilities capabilities) throws Exception;

	PrintWriter out() {
		return this.spec.commandLine().getOut();
	}

	void progress(String line) {
		PrintWriter err = this.spec.commandLine().getErr();
		err.println(mask(line));
		err.flush();
	}

	String mask(String text) {
		String password = (this.connection != null) ? this.connection.password : null;
		if (password == null || password.length() < 3) {
			return text;
		}
		return text.replace(password, "****");
	}

}
