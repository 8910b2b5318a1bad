package org.porchlight.rets.cli;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.metadata.RetsMetadata;

import picocli.CommandLine.Command;

/**
 * {@code rets metadata}: loads the server's metadata and writes it as one JSON document.
 */
@Command(name = "metadata", mixinStandardHelpOptions = true,
		description = "Loads the metadata (system, resources, classes, fields, lookups, object types) and writes it "
				+ "as JSON to standard output.")
final class MetadataCommand extends TransactionCommand {

	@Override
	int run(RetsClient client, Capabilities capabilities) {
		RetsMetadata metadata = client.metadata();
		JsonWriter json = new JsonWriter(out());
		json.value(metadata);
		out().println();
		progress("Wrote metadata of " + metadata.resources().size() + " resources");
		return RetsCommand.SUCCESS;
	}

}
