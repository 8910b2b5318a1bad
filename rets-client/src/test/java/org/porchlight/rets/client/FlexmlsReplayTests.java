package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.object.GetObjectResult;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.object.RetsObject;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.rets.client.replay.ReplayServer.ReceivedRequest;
import org.porchlight.rets.client.search.CountMode;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;
import org.porchlight.rets.client.search.SearchRow;

/** The client against a replay of the flexmls demo server's recorded responses, over real HTTP on loopback. */
class FlexmlsReplayTests {

	private ReplayServer server;

	private RetsClient client;

	@BeforeEach
	void start() throws IOException {
		this.server = FlexmlsReplay.start();
		this.client = RetsClient.create(config(this.server.loginUrl()).build());
	}

	@AfterEach
	void stop() {
		this.client.close();
		this.server.close();
	}

	static RetsClientConfig.Builder config(URI loginUrl) {
		return RetsClientConfig.builder().loginUrl(loginUrl).username("demo").password("secret").userAgent("Porchlight/1.0");
	}

	@Test
	void loginResolvesRelativeCapabilityUrls() {
		Capabilities capabilities = this.client.login();

		URI base = this.server.url("/rets2_1/");
		assertThat(capabilities.url("Search")).contains(base.resolve("Search"));
		assertThat(capabilities.url("search")).contains(base.resolve("Search"));
		assertThat(capabilities.url("GetMetadata")).contains(base.resolve("GetMetadata"));
		assertThat(capabilities.url("GetObject")).contains(base.resolve("GetObject"));
		assertThat(capabilities.url("Logout")).contains(base.resolve("Logout"));
		assertThat(capabilities.url("X-SupportSite")).contains(URI.create("http://flexmls.com/rets/"));
		assertThat(capabilities.info()).containsEntry("MetadataVersion", "01.03.32190")
			.containsEntry("User", "demomls,MASTER,4,20000426143505724628000000");
		assertThat(capabilities.serverVersion()).isEqualTo(RetsVersion.RETS_1_7_2);
	}

	@Test
	void loginSendsRetsHeaders() {
		this.client.login();

		ReceivedRequest login = this.server.requests("/Login").get(0);
		assertThat(login.method()).isEqualTo("GET");
		assertThat(login.header("User-Agent")).isEqualTo("Porchlight/1.0");
		assertThat(login.header("RETS-Version")).isEqualTo("RETS/1.7.2");
		assertThat(login.header("Accept")).isEqualTo("*/*");
		assertThat(login.header("RETS-UA-Authorization")).isNull();
	}

	@Test
	void loginToRets15ServerAdoptsItsVersion() throws IOException {
		try (ReplayServer rets15 = ReplayServer.start()) {
			rets15.route("/rets2_1/Login", Recording.load("flexmls/login-1.5.txt"));
			rets15.route("/rets2_1/Search", Recording.load("flexmls/search-no-count.txt"));
			rets15.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
			try (RetsClient client = RetsClient.create(config(rets15.loginUrl()).build())) {
				Capabilities capabilities = client.login();
				client.search(SearchRequest.builder("Property", "A").query("(LIST_15=|OV61GOJ13C0)").build(), (row) -> {
				});

				assertThat(capabilities.serverVersion()).isEqualTo(RetsVersion.RETS_1_5);
				assertThat(capabilities.info()).containsEntry("MinMetadataVersion", "01.03.32188");
				assertThat(rets15.requests("/Search").get(0).header("RETS-Version")).isEqualTo("RETS/1.5");
			}
		}
	}

	@Test
	void loginWithPostSendsFormArguments() throws IOException {
		try (RetsClient client = RetsClient.create(config(this.server.loginUrl()).requestMethod(RequestMethod.POST).build())) {
			client.search(SearchRequest.builder("Property", "A").query("(LIST_15=|OV61GOJ13C0)")
				.select(List.of("LIST_1", "LIST_105"))
				.build(), (row) -> {
				});

			ReceivedRequest search = this.server.requests("/Search").get(0);
			assertThat(search.method()).isEqualTo("POST");
			assertThat(search.argument("Query")).isEqualTo("(LIST_15=|OV61GOJ13C0)");
			assertThat(search.argument("Select")).isEqualTo("LIST_1,LIST_105");
		}
	}

	@Test
	void userAgentAuthorizationIsSentWhenConfigured() throws IOException {
		try (RetsClient client = RetsClient.create(config(this.server.loginUrl()).userAgentPassword("ua-secret").build())) {
			client.login();

			String expected = "Digest " + md5(md5("Porchlight/1.0:ua-secret") + "::" + "" + ":RETS/1.7.2");
			assertThat(this.server.requests("/Login").get(0).header("RETS-UA-Authorization")).isEqualTo(expected);
		}
	}

	@Test
	void metadataFallsBackToStandardXml() {
		RetsMetadata metadata = this.client.metadata();

		assertThat(metadata.systemId()).isEqualTo("demomls");
		assertThat(metadata.systemDescription()).isEqualTo("flexmls Web Demo Database");
		assertThat(metadata.version()).isEqualTo("01.03.28598");
		assertThat(metadata.timeZoneOffset()).isEqualTo("-05:00");
		assertThat(metadata.resources()).extracting(MetadataResource::resourceId)
			.containsExactly("ActiveAgent", "Agent", "Office", "OpenHouse", "Property", "RentalSchedule", "Room", "Tour",
					"VirtualTour");
		List<ReceivedRequest> metadataRequests = this.server.requests("/GetMetadata");
		assertThat(metadataRequests.get(0).argument("Format")).isEqualTo("COMPACT");
		assertThat(metadataRequests.get(1).argument("Format")).isEqualTo("STANDARD-XML");
		assertThat(metadataRequests.subList(1, metadataRequests.size())).allMatch((request) -> request.argument("Format").equals("STANDARD-XML"));
	}

	@Test
	void metadataBuildsPropertyModel() {
		MetadataResource property = this.client.metadata().resource("Property").orElseThrow();

		assertThat(property.keyField()).isEqualTo("LIST_1");
		assertThat(property.classes()).extracting(MetadataClass::className)
			.containsExactly("A", "B", "C", "D", "E", "F", "G");
		MetadataClass residential = property.metadataClass("A").orElseThrow();
		assertThat(residential.standardName()).isEqualTo("ResidentialProperty");
		assertThat(residential.fields()).hasSize(313);
		assertThat(residential.field("LIST_15").orElseThrow().lookupName()).isEqualTo("20000426151013377656000000");
		assertThat(residential.field("LIST_15").orElseThrow().standardName()).isEqualTo("ListingStatus");
		assertThat(residential.field("LIST_22").orElseThrow().dataType()).isEqualTo("Decimal");
		assertThat(property.metadataClass("B").orElseThrow().fields()).isEmpty();
		assertThat(property.objectType("Photo").orElseThrow().objectCountField()).isEqualTo("LIST_133");
		assertThat(property.objectType("Photo").orElseThrow().objectTimestampField()).isEqualTo("LIST_134");
		assertThat(property.objectType("Photo").orElseThrow().mimeType()).isEqualTo("image/jpeg");
		assertThat(property.lookup("20000426151013376279000000").orElseThrow().values()).hasSize(6);
		assertThat(property.lookup("20000426151013376279000000").orElseThrow().findByValue("5PSUX49WBEO").orElseThrow()
			.longValue()).isEqualTo("Multi Family");
	}

	@Test
	void profileNamesMissingStatusLookup() {
		RetsMetadata metadata = this.client.metadata();

		assertThatThrownBy(() -> org.porchlight.rets.client.metadata.ListingClassProfile.resolve(metadata, "Property", "A"))
			.isInstanceOf(RetsException.class)
			.hasMessageContaining("status field LIST_15 of Property:A")
			.hasMessageContaining("lookup 20000426151013377656000000 is not in the metadata")
			.hasMessageContaining("20000426151013376279000000");
	}

	@Test
	void searchReadsCountAndMaxRows() {
		List<SearchRow> rows = new ArrayList<>();

		SearchResult result = this.client.search(SearchRequest.builder("Property", "A")
			.query("(LIST_15=|OV61GOJ13C0)")
			.select(List.of("LIST_1", "LIST_105"))
			.limit(3)
			.build(), rows::add);

		assertThat(result.columns()).containsExactly("LIST_1", "LIST_105");
		assertThat(result.rowCount()).isEqualTo(3);
		assertThat(result.totalCount()).hasValue(9057);
		assertThat(result.maxRowsExceeded()).isTrue();
		assertThat(result.replyCode()).isZero();
		assertThat(rows.get(0).toMap()).containsExactly(Map.entry("LIST_1", "20111007152642181995000000"),
				Map.entry("LIST_105", "12-5"));
		assertThat(rows.get(2).get("LIST_105")).isEqualTo("07-340");
		ReceivedRequest search = this.server.requests("/Search").get(0);
		assertThat(search.arguments()).containsEntry("SearchType", "Property")
			.containsEntry("Class", "A")
			.containsEntry("QueryType", "DMQL2")
			.containsEntry("Format", "COMPACT")
			.containsEntry("Count", "1")
			.containsEntry("Limit", "3");
		assertThat(search.header("Cookie")).isEqualTo("JSESSIONID=F7110862C5666412038A7A6F5C55E840");
	}

	@Test
	void searchWithoutCount() {
		List<String> keys = new ArrayList<>();

		SearchResult result = this.client.search(SearchRequest.builder("Property", "A")
			.query("(LIST_15=|OV61GOJ13C0)")
			.countMode(CountMode.NONE)
			.build(), (row) -> keys.add(row.get("LIST_1")));

		assertThat(result.totalCount()).isEmpty();
		assertThat(result.maxRowsExceeded()).isFalse();
		assertThat(keys).hasSize(10).startsWith("20051213200954781919000000").endsWith("20040224214007640626000000");
	}

	@Test
	void searchErrorCarriesReplyAndServerText() {
		SearchRequest request = SearchRequest.builder("Property", "Z").query("(LIST_15=|OV61GOJ13C0)").build();

		assertThatThrownBy(() -> this.client.search(request, (row) -> {
		})).isInstanceOfSatisfying(RetsReplyException.class, (ex) -> {
			assertThat(ex.replyCode()).isEqualTo(20203);
			assertThat(ex.transaction()).isEqualTo("Search");
			assertThat(ex.replyText()).startsWith("RETS Server: Specified Class (Z) is not valid.");
			assertThat(ex.getMessage()).contains("Miscellaneous search error").contains("Valid Classes are: A B C E F G H I");
		});
	}

	@Test
	void searchAllPagesByOffset() {
		List<String> keys = new ArrayList<>();

		SearchResult result = this.client.searchAll(SearchRequest.builder("Property", "A")
			.query("(LIST_15=|OV61GOJ13C0)")
			.limit(15)
			.build(), (row) -> keys.add(row.get("LIST_1")));

		assertThat(result.rowCount()).isEqualTo(40);
		assertThat(result.totalCount()).hasValue(40);
		assertThat(keys).hasSize(40).doesNotHaveDuplicates();
		assertThat(this.server.requests("/Search")).extracting((request) -> request.argument("Offset"))
			.containsExactly("1", "16", "31");
		assertThat(this.server.requests("/Search")).allMatch((request) -> "15".equals(request.argument("Limit")));
	}

	@Test
	void searchAllPagesByKeyWhenServerIgnoresOffset() throws IOException {
		try (ReplayServer ignoring = ReplayServer.start()) {
			ignoring.route("/rets2_1/Login", Recording.load("flexmls/login-1.7.2.txt"));
			ignoring.route("/rets2_1/Search", Recording.load("flexmls/search-page-1.txt"));
			ignoring.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
			try (RetsClient client = RetsClient.create(config(ignoring.loginUrl()).build())) {
				List<String> keys = new ArrayList<>();
				SearchRequest request = SearchRequest.builder("Property", "A")
					.query("(LIST_15=|OV61GOJ13C0)")
					.keyField("LIST_1")
					.build();

				SearchResult result = client.searchAll(request, (row) -> keys.add(row.get("LIST_1")));

				assertThat(keys).hasSize(15).doesNotHaveDuplicates();
				assertThat(result.complete()).isFalse();
				List<ReplayServer.ReceivedRequest> searches = ignoring.requests("/Search");
				assertThat(searches.get(1).argument("Limit")).isEqualTo("15");
				assertThat(searches.get(2).argument("Offset")).isNull();
				assertThat(searches.get(2).argument("Query")).isEqualTo("(LIST_15=|OV61GOJ13C0)");
				assertThat(searches.get(3).argument("Query"))
					.isEqualTo("(LIST_15=|OV61GOJ13C0),(LIST_1=" + keys.get(14) + "+)");
				assertThat(searches).hasSize(4);
			}
		}
	}

	@Test
	void getObjectStreamsMultipartPhotos() {
		List<RetsObject> objects = new ArrayList<>();
		List<byte[]> contents = new ArrayList<>();

		GetObjectResult result = this.client.getObject(ObjectRequest.all("Property", "Photo", "14-52"), (object) -> {
			objects.add(object);
			contents.add(object.content().readAllBytes());
		});

		assertThat(result.delivered()).isEqualTo(22);
		assertThat(result.failures()).isEmpty();
		assertThat(result.complete()).isTrue();
		List<Integer> expectedSizes = MultipartOracle.partSizes(Recording.load("flexmls/getobject-22-photos.txt").body(),
				"FLEXpYn3ghgsLzN5lhfSWmGdXyU3ApHVzLxrkV7upr4UWjfw54EIQ0");
		assertThat(contents).extracting((bytes) -> bytes.length).containsExactlyElementsOf(expectedSizes);
		for (byte[] content : contents) {
			assertThat(content[0] & 0xFF).isEqualTo(0xFF);
			assertThat(content[1] & 0xFF).isEqualTo(0xD8);
			assertThat(content[content.length - 2] & 0xFF).isEqualTo(0xFF);
			assertThat(content[content.length - 1] & 0xFF).isEqualTo(0xD9);
		}
		assertThat(objects).extracting(RetsObject::objectId).containsExactlyElementsOf(
				java.util.stream.IntStream.rangeClosed(1, 22).boxed().toList());
		assertThat(objects).allMatch((object) -> object.contentId().equals("14-52"));
		assertThat(objects.get(0).preferred()).isTrue();
		assertThat(objects.get(0).description()).isEqualTo("Walls");
		assertThat(objects.get(0).contentType()).isEqualTo("image/jpeg");
		assertThat(objects.get(1).preferred()).isFalse();
	}

	@Test
	void getObjectLocationsInMultipart() {
		List<RetsObject> objects = new ArrayList<>();

		GetObjectResult result = this.client.getObject(
				new ObjectRequest("Property", "Photo", "234567865", "*", true), objects::add);

		assertThat(result.delivered()).isEqualTo(1);
		assertThat(result.failures()).isEmpty();
		assertThat(objects.get(0).location()).isEqualTo("http://someurl");
		assertThat(objects.get(0).contentId()).isEqualTo("234567865");
		assertThat(objects.get(0).objectId()).isEqualTo(1);
	}

	@Test
	void getObjectSingleLocation() {
		List<RetsObject> objects = new ArrayList<>();
		ByteArrayOutputStream content = new ByteArrayOutputStream();

		GetObjectResult result = this.client.getObject(new ObjectRequest("Property", "Photo", "00-1669", "1", true),
				(object) -> {
					objects.add(object);
					object.content().transferTo(content);
				});

		assertThat(result.delivered()).isEqualTo(1);
		RetsObject object = objects.get(0);
		assertThat(object.location()).isEqualTo("http://cdn.photos.flexmls.com/demomls/20140430153341745985000000.jpg");
		assertThat(object.preferred()).isTrue();
		assertThat(object.description()).isEqualTo("Hydrangeas");
		assertThat(object.contentId()).isEqualTo("00-1669");
		assertThat(content.size()).isZero();
	}

	@Test
	void logoutEndsSessionOnce() {
		this.client.login();

		this.client.logout();
		this.client.logout();
		this.client.close();

		assertThat(this.server.requests("/Logout")).hasSize(1);
	}

	@Test
	void closeLogsOutOpenSession() {
		this.client.login();

		this.client.close();

		assertThat(this.server.requests("/Logout")).hasSize(1);
	}

	@Test
	void gzipResponsesAreDecompressed() throws IOException {
		try (ReplayServer gzip = ReplayServer.start()) {
			gzip.routeGzip("/rets2_1/Login", Recording.load("flexmls/login-1.7.2.txt"));
			gzip.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
			try (RetsClient client = RetsClient.create(config(gzip.loginUrl()).build())) {
				assertThat(client.login().url("Search")).isPresent();
				assertThat(gzip.requests("/Login").get(0).header("Accept-Encoding")).contains("gzip");
			}
		}
	}

	static String md5(String text) {
		try {
			java.security.MessageDigest digest = java.security.MessageDigest.getInstance("MD5");
			return java.util.HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
		}
		catch (java.security.NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
