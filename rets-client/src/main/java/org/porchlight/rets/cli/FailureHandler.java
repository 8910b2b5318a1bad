package org.porchlight.rets.cli;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.porchlight.rets.client.RetsAuthenticationException;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.RetsReplyException;

import picocli.CommandLine;
import picocli.CommandLine.IExecutionExceptionHandler;
import picocli.CommandLine.ParseResult;

/**
 * Turns a failed transaction into one line on standard error and the exit code for its kind of failure. The
 * password is masked in the line in case a server echoed it.
 */
final class FailureHandler implements IExecutionExceptionHandler {

	@Override
	public int handleExecutionException(Exception ex, CommandLine commandLine, ParseResult parseResult) {
		String message = "rets " + commandLine.getCommandName() + ": " + describe(ex);
		if (commandLine.getCommand() instanceof TransactionCommand command) {
			message = command.mask(message);
		}
		commandLine.getErr().println(message);
		commandLine.getErr().flush();
		return exitCode(ex);
	}

	static int exitCode(Exception ex) {
		if (ex instanceof RetsAuthenticationException) {
			return RetsCommand.AUTHENTICATION_FAILED;
		}
		if (ex instanceof RetsReplyException) {
			return RetsCommand.REPLY_ERROR;
		}
		if (ex instanceof RetsException || ex instanceof IOException || ex instanceof UncheckedIOException) {
			return RetsCommand.IO_ERROR;
		}
		return CommandLine.ExitCode.SOFTWARE;
	}

	private static String describe(Exception ex) {
		if (ex instanceof RetsException || ex instanceof IOException || ex instanceof UncheckedIOException) {
			return (ex.getMessage() != null) ? ex.getMessage() : ex.toString();
		}
		return ex.toString();
	}

}
