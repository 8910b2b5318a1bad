package org.porchlight.rets.client.samples;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;

/**
 * A replay server that serves one captured response for the transaction under test, and recorded flexmls responses
 * (or minimal metadata) for the transactions the client needs around it.
 */
final class SampleServer {

	static final String LOGIN = "/rets2_1/Login";

	/** Metadata types the client requests. */
	private static final List<String> REQUESTED_TYPES = List.of("SYSTEM", "RESOURCE", "CLASS", "TABLE", "OBJECT",
			"LOOKUP", "LOOKUP_TYPE");

	private static final String XML = "text/xml";

	private SampleServer() {
	}

	static ReplayServer start(String path, String transaction) throws IOException {
		ReplayServer server = ReplayServer.start();
		CapturedResponse captured = CapturedResponse.load(path);
		switch (transaction) {
			case "login" -> server.route(LOGIN, pointAtServer(captured, server));
			case "action" -> {
				server.route(LOGIN, CapturedResponse.load(
						"phrets/tests/Integration/Fixtures/Http/get/retsgw.flexmls.com/action_rets2_1_Login/03cd0f6cb206f18aed8f4979939a9482.txt")
					.toRecording());
				server.route("/action/rets2_1/Action", captured.toRecording("Content-Type", "text/plain"));
			}
			case "logout" -> server.route("/rets2_1/Logout", captured.toRecording(defaults(captured, XML)));
			case "search" -> server.route("/rets2_1/Search", captured.toRecording(defaults(captured, XML)));
			case "object" -> server.route("/rets2_1/GetObject", captured.toRecording(defaults(captured,
					objectContentType(captured))));
			case "metadata" -> metadata(server, captured);
			default -> throw new IllegalArgumentException("Unknown transaction " + transaction);
		}
		server.route(LOGIN, Recording.load("flexmls/login-1.7.2.txt"));
		server.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
		return server;
	}

	private static String[] defaults(CapturedResponse captured, String contentType) {
		if (!captured.bodyOnly) {
			return new String[0];
		}
		return new String[] { "Content-Type", contentType, "RETS-Version", "RETS/1.7.2" };
	}

	/** Rewrites absolute capability URLs so that nothing the client might request leaves the loopback server. */
	private static Recording pointAtServer(CapturedResponse captured, ReplayServer server) {
		String base = server.url("").toString();
		String text = captured.text().replaceAll("https?://[^/\\s\"<]+", base);
		return captured.toRecording(text.getBytes(StandardCharsets.ISO_8859_1), defaults(captured, XML));
	}

	private static String objectContentType(CapturedResponse captured) {
		String text = captured.text();
		String trimmed = text.stripLeading();
		if (trimmed.startsWith("--")) {
			String boundary = trimmed.substring(2, trimmed.indexOf('\n')).trim();
			return "multipart/parallel; boundary=\"" + boundary + "\"";
		}
		if (trimmed.startsWith("<")) {
			return XML;
		}
		if (text.startsWith("GIF8")) {
			return "image/gif";
		}
		if (text.startsWith("\u00ff\u00d8\u00ff") || text.isEmpty()) {
			return "image/jpeg";
		}
		return "application/octet-stream";
	}

	/**
	 * Serves the capture for each metadata type it contains, and minimal COMPACT SYSTEM, RESOURCE, CLASS and LOOKUP
	 * metadata where the capture lacks them, so that the client's full metadata load reaches the captured type.
	 */
	private static void metadata(ReplayServer server, CapturedResponse captured) {
		String path = "/rets2_1/GetMetadata";
		String text = captured.text();
		Set<String> types = new LinkedHashSet<>();
		Matcher block = Pattern.compile("<METADATA-([A-Z_]+)").matcher(text);
		while (block.find()) {
			types.add(block.group(1));
		}
		Recording file = captured.toRecording(defaults(captured, XML));
		if (types.stream().noneMatch(REQUESTED_TYPES::contains)) {
			server.route(path, file);
			return;
		}
		for (String type : types) {
			server.route(path, ReplayServer.arguments("Type", "METADATA-" + type), file);
		}

		String resource = attribute(text, "Resource", "Property");
		String className = attribute(text, "Class", "A");
		server.route(path, ReplayServer.arguments("Type", "METADATA-SYSTEM"), compact(
				"<METADATA-SYSTEM Version=\"1.00.000\" Date=\"Mon, 01 Jan 2024 00:00:00 GMT\">"
						+ "<SYSTEM SystemID=\"REPLAY\" SystemDescription=\"Replay server\"/></METADATA-SYSTEM>"));
		server.route(path, ReplayServer.arguments("Type", "METADATA-RESOURCE"),
				compact(block("RESOURCE", "", List.of("ResourceID", "KeyField"), List.of(List.of(resource, "KEY")))));

		if (types.contains("TABLE")) {
			server.route(path, ReplayServer.arguments("Type", "METADATA-CLASS"), compact(block("CLASS",
					" Resource=\"" + resource + "\"", List.of("ClassName", "VisibleName"), List.of(List.of(className,
							className)))));
		}
		if (types.contains("LOOKUP_TYPE") && !types.contains("LOOKUP")) {
			Set<String> names = new LinkedHashSet<>();
			Matcher lookup = Pattern.compile("<METADATA-LOOKUP_TYPE[^>]*\\sLookup=\"([^\"]*)\"").matcher(text);
			while (lookup.find()) {
				names.add(lookup.group(1));
			}
			List<List<String>> rows = names.stream().map((name) -> List.of(name, name)).toList();
			server.route(path, ReplayServer.arguments("Type", "METADATA-LOOKUP"), compact(block("LOOKUP",
					" Resource=\"" + resource + "\"", List.of("LookupName", "VisibleName"), rows)));
		}
		server.route(path, Recording.of(200, "<RETS ReplyCode=\"20503\" ReplyText=\"No Metadata Found\"/>",
				"Content-Type", XML));
	}

	private static String attribute(String text, String name, String fallback) {
		Matcher matcher = Pattern.compile("<METADATA-[A-Z_]+[^>]*\\s" + name + "=\"([^\"]*)\"").matcher(text);
		return matcher.find() ? matcher.group(1) : fallback;
	}

	private static String block(String type, String attributes, List<String> columns, List<List<String>> rows) {
		StringBuilder xml = new StringBuilder("<METADATA-" + type + attributes
				+ " Version=\"1.00.000\" Date=\"Mon, 01 Jan 2024 00:00:00 GMT\"><COLUMNS>\t" + String.join("\t", columns)
				+ "\t</COLUMNS>");
		for (List<String> row : rows) {
			xml.append("<DATA>\t").append(String.join("\t", row)).append("\t</DATA>");
		}
		return xml.append("</METADATA-").append(type).append(">").toString();
	}

	private static Recording compact(String blocks) {
		return Recording.of(200, "<RETS ReplyCode=\"0\" ReplyText=\"Success\"><DELIMITER value=\"09\"/><METADATA>"
				+ blocks + "</METADATA></RETS>", "Content-Type", XML, "RETS-Version", "RETS/1.7.2");
	}

}
