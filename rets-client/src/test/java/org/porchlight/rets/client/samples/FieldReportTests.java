package org.porchlight.rets.client.samples;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.AuthMode;
import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.RetsAuthenticationException;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.RetsReplyException;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectFailure;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.RetsObject;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.rets.client.replay.ReplayServer.ReceivedRequest;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;

/**
 * Server behaviours that broke RETS clients against real MLS servers, each replayed over loopback with the result a
 * robust client gives.
 */
class FieldReportTests {

	private static final String LOGIN_PATH = "/rets/login";

	private static final String LOGIN_BODY = "<RETS ReplyCode=\"0\" ReplyText=\"Login OK\">\r\n<RETS-RESPONSE>\r\n"
			+ "Search=/rets/search\r\nGetMetadata=/rets/getmetadata\r\nGetObject=/rets/getobject\r\n"
			+ "Logout=/rets/logout\r\n</RETS-RESPONSE>\r\n</RETS>\r\n";

	private static final Duration TIME_LIMIT = Duration.ofSeconds(20);

	@Test
	void versionRejectedThenAcceptedOnRetry() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route(LOGIN_PATH, (request) -> "RETS/1.7".equals(request.header("RETS-Version")), xml(LOGIN_BODY)
				.withHeader("RETS-Version", "RETS/1.7"), false);
			server.route(LOGIN_PATH, Recording.of(400, "<RETS ReplyCode=\"20036\" ReplyText=\"Version not accepted\" >\n</RETS>",
					"RETS-Version", "RETS/1.7", "Content-Type", "text/plain;charset=ISO-8859-1"));

			Capabilities capabilities = within(() -> {
				try (RetsClient client = client(server)) {
					return client.login();
				}
			});

			assertThat(capabilities.url("Search")).isPresent();
			List<ReceivedRequest> logins = server.requests(LOGIN_PATH);
			assertThat(logins).hasSize(2);
			assertThat(logins.get(1).header("RETS-Version")).isEqualTo("RETS/1.7");
		}
	}

	@Test
	void versionAlwaysRejectedGivesReply20036() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route(LOGIN_PATH, Recording.of(400, "<RETS ReplyCode=\"20036\" ReplyText=\"Version not accepted\" >\n</RETS>",
					"RETS-Version", "RETS/1.7.2", "Content-Type", "text/plain;charset=ISO-8859-1"));

			assertThatThrownBy(() -> within(() -> {
				try (RetsClient client = client(server)) {
					return client.login();
				}
			})).isInstanceOfSatisfying(RetsReplyException.class, (ex) -> {
				assertThat(ex.replyCode()).isEqualTo(20036);
				assertThat(ex.replyText()).isEqualTo("Version not accepted");
			});
		}
	}

	@Test
	void unclosedLoginErrorGivesReply20036() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route(LOGIN_PATH, xml("<RETS ReplyCode=\"20036\" ReplyText=\"Cannot start session\">"));

			assertThatThrownBy(() -> within(() -> {
				try (RetsClient client = client(server)) {
					return client.login();
				}
			})).isInstanceOfSatisfying(RetsReplyException.class, (ex) -> assertThat(ex.replyCode()).isEqualTo(20036));
		}
	}

	@Test
	void basicOnlyServerAcceptsLogin() throws IOException {
		try (ReplayServer server = ReplayServer.startWithBasicAuth("user01", "secret")) {
			server.route(LOGIN_PATH, xml(LOGIN_BODY));

			Capabilities capabilities = within(() -> {
				try (RetsClient client = RetsClient.create(config(server).username("user01").password("secret")
					.authMode(AuthMode.AUTO)
					.build())) {
					return client.login();
				}
			});

			assertThat(capabilities.url("Search")).isPresent();
			assertThat(server.requests(LOGIN_PATH).get(server.requests(LOGIN_PATH).size() - 1).header("Authorization"))
				.isEqualTo("Basic dXNlcjAxOnNlY3JldA==");
		}
	}

	@Test
	void unauthorizedWithoutChallengeIsAuthenticationFailure() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route(LOGIN_PATH, Recording.of(401, "", "RETS-Version", "RETS/1.7.2", "Content-Type", "text/xml"));

			assertThatThrownBy(() -> within(() -> {
				try (RetsClient client = client(server)) {
					return client.login();
				}
			})).isInstanceOf(RetsAuthenticationException.class);
			assertThat(server.requests(LOGIN_PATH)).hasSizeLessThanOrEqualTo(2);
		}
	}

	@Test
	void loginWithoutResponseWrapper() throws IOException {
		Capabilities capabilities = login("<RETS ReplyCode=\"0\" ReplyText=\"Login OK\">\nMemberName=Example Member\n"
				+ "User=user01,1,AGENT,user01\nMetadataVersion=1.00.00001\nSearch=/rets/search\n"
				+ "GetMetadata=/rets/getmetadata\nGetObject=/rets/getobject\nLogout=/rets/logout\n</RETS>\n");

		assertThat(capabilities.url("Search")).get().hasToString(this.base + "/rets/search");
		assertThat(capabilities.url("GetMetadata")).get().hasToString(this.base + "/rets/getmetadata");
		assertThat(capabilities.url("GetObject")).get().hasToString(this.base + "/rets/getobject");
		assertThat(capabilities.url("Logout")).get().hasToString(this.base + "/rets/logout");
	}

	@Test
	void loginWithSpacesAroundEquals() throws IOException {
		Capabilities capabilities = login("<RETS ReplyCode=\"0\" ReplyText=\"Login OK\">\r\n<RETS-RESPONSE>\r\n\r\n"
				+ "Search = /rets/search\r\nGetMetadata =/rets/getmetadata\r\nLogout= /rets/logout\r\n"
				+ "</RETS-RESPONSE>\r\n</RETS>\r\n");

		assertThat(capabilities.url("search")).get().hasToString(this.base + "/rets/search");
		assertThat(capabilities.url("GetMetadata")).get().hasToString(this.base + "/rets/getmetadata");
		assertThat(capabilities.url("Logout")).get().hasToString(this.base + "/rets/logout");
		assertThat(capabilities.url("GetObject")).isEmpty();
	}

	@Test
	void loginWithRets18InfoLines() throws IOException {
		Capabilities capabilities = login("<RETS ReplyCode=\"0\" ReplyText=\"Login OK\">\n<RETS-RESPONSE>\n"
				+ "Info=USERID;Character;user01\nInfo=USERLEVEL;Int;3\nInfo=MEMBERNAME;Example Member\n"
				+ "Info=MetadataVersion;1.00.00010\nSearch=/rets/search\nLogout=/rets/logout\n</RETS-RESPONSE>\n</RETS>\n");

		assertThat(info(capabilities, "USERID")).isEqualTo("user01");
		assertThat(info(capabilities, "USERLEVEL")).isEqualTo("3");
		assertThat(info(capabilities, "MEMBERNAME")).isEqualTo("Example Member");
		assertThat(info(capabilities, "MetadataVersion")).isEqualTo("1.00.00010");
		assertThat(capabilities.url("Search")).isPresent();
		assertThat(capabilities.url("Logout")).isPresent();
	}

	@Test
	void capabilityUrlsResolveAgainstLoginUrl() throws IOException {
		Capabilities capabilities = login("<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n<RETS-RESPONSE>\n"
				+ "Login=" + "LOGIN_URL" + "\nSearch=/Board/search.aspx\nGetMetadata=/Board/getmetadata.aspx\n"
				+ "GetObject=http://media.example.test/rets/getobject.aspx\nLogout=/Board/logout.aspx\n"
				+ "</RETS-RESPONSE>\n</RETS>\n");

		assertThat(capabilities.url("Search")).get().hasToString(this.base + "/Board/search.aspx");
		assertThat(capabilities.url("Logout")).get().hasToString(this.base + "/Board/logout.aspx");
		assertThat(capabilities.url("GetObject")).get().hasToString("http://media.example.test/rets/getobject.aspx");
	}

	@Test
	void expiredSessionLogsInAgainWithNewCookie() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			AtomicInteger logins = new AtomicInteger();
			server.route(LOGIN_PATH, (request) -> logins.incrementAndGet() == 1,
					xml(LOGIN_BODY).withHeader("Set-Cookie", "RETS-Session-ID=SESSION123; path=/"), false);
			server.route(LOGIN_PATH, xml(LOGIN_BODY).withHeader("Set-Cookie", "RETS-Session-ID=SESSION456; path=/"));
			server.route("/rets/getobject", (request) -> cookie(request).contains("SESSION456"), jpeg(64), false);
			server.route("/rets/getobject", (request) -> "L1:*".equals(request.argument("ID")), jpeg(64), false);
			server.route("/rets/getobject", Recording.of(401, "<RETS ReplyCode=\"400\" ReplyText=\"Session not valid\" />",
					"WWW-Authenticate", "Digest realm=\"EXAMPLE\", nonce=\"n2\", opaque=\"o1\", qop=\"auth\"", "Content-Type",
					"text/xml", "X-Powered-By", "node-B"));

			GetObjectResult second = within(() -> {
				try (RetsClient client = client(server)) {
					client.login();
					client.getObject(ObjectRequest.all("Property", "Photo", "L1"), FieldReportTests::drain);
					return client.getObject(ObjectRequest.all("Property", "Photo", "L2"), FieldReportTests::drain);
				}
			});

			assertThat(second.delivered()).isEqualTo(1);
			List<ReceivedRequest> objects = server.requests("/rets/getobject");
			assertThat(cookie(objects.get(objects.size() - 1))).contains("SESSION456").doesNotContain("SESSION123");
			assertThat(logins.get()).isEqualTo(2);
		}
	}

	@Test
	void noRecordsFoundIsEmptyResult() throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/search", xml("<RETS ReplyCode=\"20201\" ReplyText=\"No matching records\" />"));
			List<SearchRow> rows = new ArrayList<>();

			SearchResult result = within(() -> {
				try (RetsClient client = client(server)) {
					client.login();
					return client.search(SearchRequest.builder("Property", "A").query("(ModificationTimestamp=2024-01-01T00:00:00+)")
						.build(), rows::add);
				}
			});

			assertThat(rows).isEmpty();
			assertThat(result.rowCount()).isZero();
			assertThat(server.requests("/rets/search")).hasSize(1);
		}
	}

	@Test
	void pagingStopsAtCount() throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/search", ReplayServer.arguments("Offset", "1"), xml(page(4, "K1", "K2") + "<MAXROWS/></RETS>"));
			server.route("/rets/search", ReplayServer.arguments("Offset", "3"), xml(page(4, "K3", "K4") + "<MAXROWS/></RETS>"));
			server.route("/rets/search", xml("<RETS ReplyCode=\"20201\" ReplyText=\"No matching records\" />"));

			List<String> keys = searchAll(server, 2);

			assertThat(keys).containsExactly("K1", "K2", "K3", "K4");
			assertThat(server.requests("/rets/search")).extracting((request) -> request.argument("Offset"))
				.containsExactly("1", "3");
		}
	}

	@Test
	void reply20208WithDataMeansMorePages() throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/search", ReplayServer.arguments("Offset", "1"),
					xml(page(4, "K1", "K2").replace("ReplyCode=\"0\"", "ReplyCode=\"20208\"") + "</RETS>"));
			server.route("/rets/search", ReplayServer.arguments("Offset", "3"), xml(page(4, "K3", "K4") + "<MAXROWS/></RETS>"));
			server.route("/rets/search", xml("<RETS ReplyCode=\"20201\" ReplyText=\"No matching records\" />"));

			List<String> keys = searchAll(server, 2);

			assertThat(keys).containsExactly("K1", "K2", "K3", "K4");
		}
	}

	@Test
	void offsetRejectedFallsBackToKeyWindows() throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/search", ReplayServer.arguments("Offset", "4"),
					xml("<RETS ReplyCode=\"20203\" ReplyText=\"Offset is not supported here\" />"));
			server.route("/rets/search", (request) -> request.argument("Query") != null
					&& request.argument("Query").contains("K3+"), xml(page(3, "K3", "K4", "K5") + "</RETS>"), false);
			server.route("/rets/search", xml(page(5, "K1", "K2", "K3") + "<MAXROWS/></RETS>"));

			List<String> keys = searchAll(server, 3);

			assertThat(keys).containsExactly("K1", "K2", "K3", "K4", "K5");
		}
	}

	@Test
	void offsetIgnoredFallsBackToKeyWindows() throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/search", (request) -> request.argument("Query") != null
					&& request.argument("Query").contains("K3+"), xml(page(3, "K3", "K4", "K5") + "</RETS>"), false);
			server.route("/rets/search", xml(page(5, "K1", "K2", "K3") + "<MAXROWS/></RETS>"));

			List<String> keys = searchAll(server, 3);

			assertThat(keys).containsExactly("K1", "K2", "K3", "K4", "K5");
		}
	}

	@Test
	void offsetIgnoredNeverStoresDuplicates() throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/search", xml(page(5, "K1", "K2", "K3") + "<MAXROWS/></RETS>"));
			List<String> keys = new ArrayList<>();

			try {
				keys.addAll(searchAll(server, 3));
			}
			catch (RetsException ex) {
				// Stopping with an error is acceptable here; storing a page twice is not.
			}

			assertThat(keys).doesNotHaveDuplicates();
			assertThat(server.requests("/rets/search")).hasSizeLessThan(10);
		}
	}

	@Test
	void missingDelimiterDefaultsToTab() throws IOException {
		List<SearchRow> rows = search("<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n<COUNT Records=\"1\" />\n"
				+ "<COLUMNS>\tListingKey\tListPrice\tUnitNumber\t</COLUMNS>\n<DATA>\tK1\t250000\t\t</DATA>\n</RETS>\n",
				"text/xml");

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).toMap()).containsExactly(Map.entry("ListingKey", "K1"), Map.entry("ListPrice", "250000"),
				Map.entry("UnitNumber", ""));
	}

	@Test
	void latin1BodyDecodedFromHeaderCharset() throws IOException {
		byte[] body = ("<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n<DELIMITER value=\"09\"/>\n"
				+ "<COLUMNS>\tListingKey\tRemarks\t</COLUMNS>\n<DATA>\tK1\tBrand\u00ae appliances, caf\u00e9 nearby\t</DATA>\n"
				+ "</RETS>\n").getBytes(StandardCharsets.ISO_8859_1);

		List<SearchRow> rows = search(body, "text/xml; charset=ISO-8859-1");

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("Remarks")).isEqualTo("Brand\u00ae appliances, caf\u00e9 nearby");
	}

	@Test
	void latin1BodyWithoutCharsetFallsBack() throws IOException {
		byte[] body = ("<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n<DELIMITER value=\"09\"/>\n"
				+ "<COLUMNS>\tListingKey\tRemarks\t</COLUMNS>\n<DATA>\tK1\tBrand\u00ae appliances, caf\u00e9 nearby\t</DATA>\n"
				+ "</RETS>\n").getBytes(StandardCharsets.ISO_8859_1);

		List<SearchRow> rows = search(body, "text/xml");

		assertThat(rows).hasSize(1);
		assertThat(rows.get(0).get("Remarks")).isEqualTo("Brand\u00ae appliances, caf\u00e9 nearby");
	}

	@Test
	void noObjectPartInMultipart() throws IOException {
		byte[] body = concat("--b1\r\nContent-Type: image/jpeg\r\nContent-ID: L1\r\nObject-ID: 1\r\n\r\n", jpegBytes(2048),
				"\r\n--b1\r\nContent-Type: text/xml\r\nContent-ID: L1\r\nObject-ID: 2\r\n\r\n"
						+ "<RETS ReplyCode=\"20403\" ReplyText=\"No such object\" />\r\n--b1--\r\n");
		List<Integer> sizes = new ArrayList<>();

		GetObjectResult result = getObject(Recording.of(200, body, "MIME-Version", "1.0", "Content-Type",
				"multipart/parallel; boundary=\"b1\""), (object) -> sizes.add(object.content().readAllBytes().length));

		assertThat(result.delivered()).isEqualTo(1);
		assertThat(sizes).containsExactly(2048);
		assertThat(result.failures()).extracting(ObjectFailure::contentId, ObjectFailure::objectId,
				ObjectFailure::replyCode)
			.containsExactly(org.assertj.core.groups.Tuple.tuple("L1", 2, 20403));
	}

	@Test
	void noObjectWholeResponse() throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/getobject", xml("<RETS ReplyCode=\"20403\" ReplyText=\"No such object\" />"));

			GetObjectResult result = within(() -> {
				try (RetsClient client = client(server)) {
					client.login();
					return client.getObject(ObjectRequest.all("Property", "Photo", "L1"), FieldReportTests::drain);
				}
			});

			assertThat(result.delivered()).isZero();
			assertThat(server.requests("/rets/getobject")).hasSize(1);
		}
	}

	@Test
	void plainTextGetObjectErrorIsTyped() throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/getobject", Recording.of(200, "Internal error: object lookup failed.",
					"Content-Type", "text/plain; charset=utf-8"));

			assertThatThrownBy(() -> within(() -> {
				try (RetsClient client = client(server)) {
					client.login();
					return client.getObject(ObjectRequest.all("Property", "Photo", "L1"), FieldReportTests::drain);
				}
			})).isInstanceOf(RetsException.class)
				.hasMessageContaining("text/plain")
				.hasMessageContaining("Internal error: object lookup failed.");
		}
	}

	@Test
	void unquotedBoundaryWithCharset() throws IOException {
		byte[] body = concat("--RB42\r\nContent-Type: image/jpeg\r\nContent-ID: L1\r\nObject-ID: 1\r\n\r\n", jpegBytes(100),
				"\r\n--RB42--\r\n");
		List<Integer> sizes = new ArrayList<>();

		GetObjectResult result = getObject(Recording.of(200, body, "Content-Type",
				"multipart/parallel; boundary=RB42; charset=UTF-8"), (object) -> sizes.add(object.content().readAllBytes().length));

		assertThat(result.delivered()).isEqualTo(1);
		assertThat(sizes).containsExactly(100);
	}

	@Test
	void singleImageWithIdsInHeaders() throws IOException {
		List<String> ids = new ArrayList<>();

		GetObjectResult result = getObject(Recording.of(200, jpegBytes(100), "Content-Type", "image/jpeg", "Content-ID",
				"L1", "Object-ID", "1"), (object) -> {
					ids.add(object.contentId() + ":" + object.objectId());
					assertThat(object.content().readAllBytes()).hasSize(100);
				});

		assertThat(result.delivered()).isEqualTo(1);
		assertThat(ids).containsExactly("L1:1");
	}

	private String base;

	private Capabilities login(String body) throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			this.base = server.url("").toString();
			server.route(LOGIN_PATH, xml(body.replace("LOGIN_URL", server.url(LOGIN_PATH).toString())));
			return within(() -> {
				try (RetsClient client = client(server)) {
					return client.login();
				}
			});
		}
	}

	private static List<SearchRow> search(String body, String contentType) throws IOException {
		return search(body.getBytes(StandardCharsets.UTF_8), contentType);
	}

	private static List<SearchRow> search(byte[] body, String contentType) throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/search", Recording.of(200, body, "Content-Type", contentType, "RETS-Version", "RETS/1.7.2"));
			List<SearchRow> rows = new ArrayList<>();
			within(() -> {
				try (RetsClient client = client(server)) {
					client.login();
					return client.search(SearchRequest.builder("Property", "A").query("(ListPrice=0+)").build(), rows::add);
				}
			});
			return rows;
		}
	}

	private static List<String> searchAll(ReplayServer server, int pageSize) {
		List<String> keys = new ArrayList<>();
		within(() -> {
			try (RetsClient client = client(server)) {
				client.login();
				return client.searchAll(SearchRequest.builder("Property", "A").query("(ListingKey=*)").limit(pageSize).build(),
						(row) -> keys.add(row.get("ListingKey")));
			}
		});
		return keys;
	}

	private static GetObjectResult getObject(Recording response, org.porchlight.rets.client.object.ObjectSink sink)
			throws IOException {
		try (ReplayServer server = loggedInServer()) {
			server.route("/rets/getobject", response);
			return within(() -> {
				try (RetsClient client = client(server)) {
					client.login();
					return client.getObject(ObjectRequest.all("Property", "Photo", "L1"), sink);
				}
			});
		}
	}

	private static String page(int count, String... keys) {
		StringBuilder xml = new StringBuilder("<RETS ReplyCode=\"0\" ReplyText=\"OK\"><COUNT Records=\"" + count
				+ "\"/><DELIMITER value=\"09\"/><COLUMNS>\tListingKey\t</COLUMNS>");
		for (String key : keys) {
			xml.append("<DATA>\t").append(key).append("\t</DATA>");
		}
		return xml.toString();
	}

	private static ReplayServer loggedInServer() throws IOException {
		ReplayServer server = ReplayServer.start();
		server.route(LOGIN_PATH, xml(LOGIN_BODY));
		server.route("/rets/logout", xml("<RETS ReplyCode=\"0\" ReplyText=\"Logged out\" />"));
		metadata(server);
		return server;
	}

	/** Serves minimal COMPACT metadata: resource Property with KeyField ListingKey and class A. */
	private static void metadata(ReplayServer server) {
		String path = "/rets/getmetadata";
		server.route(path, ReplayServer.arguments("Type", "METADATA-SYSTEM"), metadataReply("<METADATA-SYSTEM Version=\"1\" "
				+ "Date=\"Mon, 01 Jan 2024 00:00:00 GMT\"><SYSTEM SystemID=\"EXAMPLE\" SystemDescription=\"Example\"/>"
				+ "</METADATA-SYSTEM>"));
		server.route(path, ReplayServer.arguments("Type", "METADATA-RESOURCE"), metadataReply("<METADATA-RESOURCE Version=\"1\">"
				+ "<COLUMNS>\tResourceID\tStandardName\tKeyField\t</COLUMNS><DATA>\tProperty\tProperty\tListingKey\t</DATA>"
				+ "</METADATA-RESOURCE>"));
		server.route(path, ReplayServer.arguments("Type", "METADATA-CLASS"), metadataReply("<METADATA-CLASS Resource=\"Property\">"
				+ "<COLUMNS>\tClassName\tVisibleName\t</COLUMNS><DATA>\tA\tResidential\t</DATA></METADATA-CLASS>"));
		server.route(path, ReplayServer.arguments("Type", "METADATA-TABLE"), metadataReply("<METADATA-TABLE Resource=\"Property\" "
				+ "Class=\"A\"><COLUMNS>\tSystemName\tStandardName\tDataType\tSearchable\t</COLUMNS>"
				+ "<DATA>\tListingKey\tListingKey\tCharacter\t1\t</DATA></METADATA-TABLE>"));
		server.route(path, xml("<RETS ReplyCode=\"20503\" ReplyText=\"No Metadata Found\" />"));
	}

	private static Recording metadataReply(String blocks) {
		return xml("<RETS ReplyCode=\"0\" ReplyText=\"OK\"><METADATA>" + blocks + "</METADATA></RETS>");
	}

	private static RetsClient client(ReplayServer server) {
		return RetsClient.create(config(server).build());
	}

	private static RetsClientConfig.Builder config(ReplayServer server) {
		return RetsClientConfig.builder()
			.loginUrl(server.url(LOGIN_PATH))
			.username("user01")
			.password("secret")
			.responseTimeout(Duration.ofSeconds(10));
	}

	private static Recording xml(String body) {
		return Recording.of(200, body, "Content-Type", "text/xml", "RETS-Version", "RETS/1.7.2");
	}

	private static Recording jpeg(int length) {
		return Recording.of(200, jpegBytes(length), "Content-Type", "image/jpeg", "Content-ID", "L1", "Object-ID", "1");
	}

	static byte[] jpegBytes(int length) {
		byte[] bytes = new byte[length];
		for (int i = 0; i < length; i++) {
			bytes[i] = (byte) ('A' + i % 26);
		}
		bytes[0] = (byte) 0xFF;
		bytes[1] = (byte) 0xD8;
		bytes[2] = (byte) 0xFF;
		bytes[3] = (byte) 0xE0;
		bytes[length - 2] = (byte) 0xFF;
		bytes[length - 1] = (byte) 0xD9;
		return bytes;
	}

	private static byte[] concat(String head, byte[] middle, String tail) {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		bytes.writeBytes(head.getBytes(StandardCharsets.ISO_8859_1));
		bytes.writeBytes(middle);
		bytes.writeBytes(tail.getBytes(StandardCharsets.ISO_8859_1));
		return bytes.toByteArray();
	}

	private static String info(Capabilities capabilities, String name) {
		return capabilities.info()
			.entrySet()
			.stream()
			.filter((entry) -> entry.getKey().equalsIgnoreCase(name))
			.map(Map.Entry::getValue)
			.findFirst()
			.orElse(null);
	}

	private static String cookie(ReceivedRequest request) {
		String cookie = request.header("Cookie");
		return (cookie != null) ? cookie : "";
	}

	private static void drain(RetsObject object) throws IOException {
		object.content().readAllBytes();
	}

	private static <T> T within(org.junit.jupiter.api.function.ThrowingSupplier<T> action) {
		return assertTimeoutPreemptively(TIME_LIMIT, action);
	}

}
