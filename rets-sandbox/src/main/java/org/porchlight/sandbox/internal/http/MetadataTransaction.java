package org.porchlight.sandbox.internal.http;

import java.io.IOException;
import java.util.List;
import java.util.Locale;

import org.porchlight.sandbox.SandboxRequest;
import org.porchlight.sandbox.internal.metadata.MetadataBlock;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;
import org.porchlight.sandbox.internal.metadata.MetadataWriter;
import org.porchlight.sandbox.internal.metadata.NoMetadataException;

/**
 * GetMetadata: COMPACT converted from the captured STANDARD-XML, or STANDARD-XML, which is the
 * captured body itself when the request selects exactly one captured block. Without a Format argument
 * the reply is STANDARD-XML, the format of the captured flexmls responses.
 */
final class MetadataTransaction {

	private static final String TYPE_PREFIX = "METADATA-";

	private final MetadataCatalog catalog;

	MetadataTransaction(MetadataCatalog catalog) {
		this.catalog = catalog;
	}

	void handle(SandboxRequest request, ExchangeResponse response) throws IOException {
		String format = request.parameter("Format").orElse("STANDARD-XML").trim().toUpperCase(Locale.ROOT);
		if (!format.equals("COMPACT") && !format.equals("STANDARD-XML")) {
			response.send(200, RetsReplies.TEXT_XML, RetsReplies.reply(RetsReplies.UNSUPPORTED_METADATA_FORMAT,
					"Format " + format + " is not available; use COMPACT or STANDARD-XML"), true);
			return;
		}
		String type = request.parameter("Type").orElse("").trim().toUpperCase(Locale.ROOT);
		String id = request.parameter("ID").orElse("0").trim();
		List<MetadataBlock> blocks;
		try {
			if (!type.startsWith(TYPE_PREFIX)) {
				throw new NoMetadataException("Unknown metadata Type '" + type + "'");
			}
			blocks = this.catalog.select(type.substring(TYPE_PREFIX.length()), id);
		}
		catch (NoMetadataException ex) {
			response.send(200, RetsReplies.TEXT_XML,
					RetsReplies.reply(RetsReplies.NO_METADATA_FOUND, "No Metadata Found. " + ex.getMessage()), true);
			return;
		}
		response.headers().set("MIME-Version", "1.0");
		if (blocks.size() == 1) {
			response.headers().set("Content-ID", TYPE_PREFIX + blocks.get(0).type());
		}
		byte[] body = format.equals("COMPACT") ? MetadataWriter.compact(blocks) : MetadataWriter.standardXml(blocks);
		response.send(200, RetsReplies.TEXT_XML, body, true);
	}

}
