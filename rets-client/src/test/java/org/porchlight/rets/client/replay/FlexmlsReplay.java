package org.porchlight.rets.client.replay;

import static org.porchlight.rets.client.replay.ReplayServer.arguments;

import java.io.IOException;

/**
 * A replay of the flexmls demo server as its recordings show it: login, STANDARD-XML metadata, searches, photos
 * and logout under {@code /rets2_1/}. Requests for metadata that was not recorded get the recorded empty METADATA
 * reply, and COMPACT metadata requests get reply 20514, so that the client has to switch to STANDARD-XML.
 */
public final class FlexmlsReplay {

	/** The reply a server without COMPACT metadata sends; no recording of it exists. */
	static final String COMPACT_REFUSED = "<RETS ReplyCode=\"20514\" ReplyText=\"Requested DTD version unavailable\"/>";

	private FlexmlsReplay() {
	}

	public static ReplayServer start() throws IOException {
		return register(ReplayServer.start());
	}

	public static ReplayServer startWithBasicAuth(String username, String password) throws IOException {
		return register(ReplayServer.startWithBasicAuth(username, password));
	}

	/** Adds the routes of the flexmls recordings to {@code server}. */
	public static ReplayServer register(ReplayServer server) {
		server.route("/rets2_1/Login", Recording.load("flexmls/login-1.7.2.txt"));
		server.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
		metadata(server);
		server.route("/rets2_1/Search", arguments("Class", "Z"), Recording.load("flexmls/search-error-20203.txt"));
		server.route("/rets2_1/Search", arguments("Select", "LIST_1,LIST_105"),
				Recording.load("flexmls/search-count-maxrows.txt"));
		server.route("/rets2_1/Search", arguments("Count", "0"), Recording.load("flexmls/search-no-count.txt"));
		server.route("/rets2_1/Search", arguments("Offset", "1"), Recording.load("flexmls/search-page-1.txt"));
		server.route("/rets2_1/Search", arguments("Offset", "16"), Recording.load("flexmls/search-page-2.txt"));
		server.route("/rets2_1/Search", arguments("Offset", "31"), Recording.load("flexmls/search-page-3.txt"));
		server.route("/rets2_1/GetObject", arguments("ID", "14-52:*", "Location", "0"),
				Recording.load("flexmls/getobject-22-photos.txt"));
		server.route("/rets2_1/GetObject", arguments("ID", "234567865:*", "Location", "1"),
				Recording.load("flexmls/getobject-location-multipart.txt"));
		server.route("/rets2_1/GetObject", arguments("ID", "00-1669:1", "Location", "1"),
				Recording.load("flexmls/getobject-location-single.txt"));
		return server;
	}

	private static void metadata(ReplayServer server) {
		String path = "/rets2_1/GetMetadata";
		server.route(path, arguments("Format", "COMPACT"),
				Recording.of(200, COMPACT_REFUSED, "Content-Type", "text/xml", "RETS-Version", "RETS/1.7.2"));
		server.route(path, arguments("Type", "METADATA-SYSTEM"), Recording.load("flexmls/metadata-system.txt"));
		server.route(path, arguments("Type", "METADATA-RESOURCE"), Recording.load("flexmls/metadata-resource.txt"));
		server.route(path, arguments("Type", "METADATA-CLASS", "ID", "Property"),
				Recording.load("flexmls/metadata-class.txt"));
		server.route(path, arguments("Type", "METADATA-TABLE", "ID", "Property:A"),
				Recording.load("flexmls/metadata-table-a.txt"));
		server.route(path, arguments("Type", "METADATA-OBJECT", "ID", "Property"),
				Recording.load("flexmls/metadata-object.txt"));
		server.route(path, arguments("Type", "METADATA-LOOKUP_TYPE", "ID", "Property:*"),
				Recording.load("flexmls/metadata-lookup-type.txt"));
		server.route(path, Recording.load("flexmls/metadata-empty.txt"));
	}

}
