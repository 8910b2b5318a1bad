package org.porchlight.rets.cli;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Locale;
import java.util.Map;

import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectFailure;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.RetsObject;

import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code rets get-object}: downloads objects such as photos into a directory as {@code KEY-N.ext}.
 */
@Command(name = "get-object", mixinStandardHelpOptions = true,
		description = "Downloads objects (such as photos) into a directory, one file KEY-N.ext per object.")
final class GetObjectCommand extends TransactionCommand {

	/** File name extensions by media type; other types get {@code .bin}. */
	static final Map<String, String> EXTENSIONS = Map.ofEntries(Map.entry("image/jpeg", "jpg"),
			Map.entry("image/jpg", "jpg"), Map.entry("image/pjpeg", "jpg"), Map.entry("image/png", "png"),
			Map.entry("image/gif", "gif"), Map.entry("image/webp", "webp"), Map.entry("image/tiff", "tif"),
			Map.entry("image/bmp", "bmp"), Map.entry("application/pdf", "pdf"), Map.entry("text/plain", "txt"),
			Map.entry("text/html", "html"), Map.entry("text/xml", "xml"), Map.entry("video/mp4", "mp4"));

	@Option(names = "--resource", required = true, paramLabel = "RESOURCE", description = "Resource, such as Property.")
	String resource;

	@Option(names = "--type", required = true, paramLabel = "TYPE", description = "Object type, such as Photo.")
	String type;

	@Option(names = "--id", required = true, paramLabel = "KEY:N",
			description = "Object to fetch: KEY:N for object N of the record with KeyField value KEY, KEY:* for all.")
	String id;

	@Option(names = "--dir", required = true, paramLabel = "DIRECTORY",
			description = "Directory for the files; created when missing.")
	Path directory;

	@Override
	void validate() {
		request();
	}

	@Override
	int run(RetsClient client, Capabilities capabilities) throws IOException {
		ObjectRequest request = request();
		Files.createDirectories(this.directory);
		GetObjectResult result = client.getObject(request, this::save);
		for (ObjectFailure failure : result.failures()) {
			progress("Object " + failure.contentId() + ":" + failure.objectId() + " failed with RETS reply "
					+ failure.replyCode() + ": " + failure.replyText());
		}
		progress("Saved " + result.delivered() + " objects to " + this.directory
				+ (result.complete() ? "" : "; the response ended early, so objects may be missing"));
		return result.failures().isEmpty() ? RetsCommand.SUCCESS : RetsCommand.REPLY_ERROR;
	}

	private ObjectRequest request() {
		int colon = this.id.lastIndexOf(':');
		if (colon <= 0 || colon == this.id.length() - 1) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"Invalid value for --id: '" + this.id + "'; expected KEY:N or KEY:*");
		}
		String key = this.id.substring(0, colon);
		String objectIds = this.id.substring(colon + 1);
		if (!objectIds.equals("*") && !objectIds.matches("\\d+(,\\d+)*")) {
			throw new CommandLine.ParameterException(this.spec.commandLine(),
					"Invalid value for --id: '" + this.id + "'; the part after ':' must be a number or *");
		}
		return new ObjectRequest(this.resource, this.type, key, objectIds, false);
	}

	private void save(RetsObject object) throws IOException {
		String name = safe(object.contentId()) + "-" + object.objectId() + "." + extension(object.contentType());
		Path file = this.directory.resolve(name);
		try (InputStream content = object.content()) {
			Files.copy(content, file, StandardCopyOption.REPLACE_EXISTING);
		}
		progress("Saved " + file);
	}

	static String extension(String contentType) {
		if (contentType == null) {
			return "bin";
		}
		String type = contentType.split(";", 2)[0].trim().toLowerCase(Locale.ROOT);
		return EXTENSIONS.getOrDefault(type, "bin");
	}

	/** Replaces characters that are not safe in a file name, so that a key cannot name another directory. */
	private static String safe(String key) {
		String cleaned = (key != null) ? key.replaceAll("[^A-Za-z0-9._-]", "_") : "object";
		return cleaned.startsWith(".") ? "_" + cleaned.substring(1) : cleaned;
	}

}
