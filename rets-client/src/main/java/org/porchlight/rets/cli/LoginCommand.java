package org.porchlight.rets.cli;

import java.util.Map;
import java.util.TreeMap;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;

import picocli.CommandLine.Command;

/**
 * {@code rets login}: logs in and prints the capability URLs, one {@code Name=URL} line each, sorted by name.
 */
@Command(name = "login", mixinStandardHelpOptions = true,
		description = "Logs in and prints the capability URLs of the session.")
final class LoginCommand extends TransactionCommand {

	@Override
	int run(RetsClient client, Capabilities capabilities) {
		Map<String, String> sorted = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
		capabilities.urls().forEach((name, url) -> sorted.put(name, url.toString()));
		sorted.forEach((name, url) -> out().println(name + "=" + url));
		if (capabilities.serverVersion() != null) {
			progress("Server version " + capabilities.serverVersion().headerValue());
		}
		return RetsCommand.SUCCESS;
	}

}
