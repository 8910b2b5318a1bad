package org.porchlight.rets.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.sandbox.AuthScheme;
import org.porchlight.sandbox.RetsSandbox;
import org.porchlight.sandbox.SandboxConfig;

import picocli.CommandLine;

/** The rets command run in-process against the RETS sandbox and against recorded responses. */
class RetsCommandTests {

	private static final String PASSWORD = "sandbox-secret";

	private static RetsSandbox sandbox;

	@BeforeAll
	static void startSandbox() {
		sandbox = RetsSandbox.start(SandboxConfig.builder()
			.host("127.0.0.1")
			.port(0)
			.username("agent")
			.password(PASSWORD)
			.listingCount(60)
			.seed(11L)
			.maxRows(25)
			.authSchemes(AuthScheme.DIGEST, AuthScheme.BASIC)
			.build());
	}

	@AfterAll
	static void stopSandbox() {
		sandbox.close();
	}

	@Test
	void loginPrintsCapabilityUrls() {
		Run run = run(sandboxEnvironment(), "login");

		assertThat(run.exitCode).isZero();
		assertThat(run.out).contains("Search=http://127.0.0.1:" + sandbox.port())
			.contains("GetMetadata=")
			.contains("GetObject=")
			.contains("Logout=");
		assertThat(run.err).contains("Logging in to " + sandbox.loginUrl()).doesNotContain(PASSWORD);
	}

	@Test
	void loginWithOptionsInsteadOfEnvironment() {
		Run run = run(Map.of(), "login", "--url", sandbox.loginUrl().toString(), "--user", "agent", "--password",
				PASSWORD, "--auth", "basic", "--method", "post", "--rets-version", "1.8", "--user-agent", "Test/2.0");

		assertThat(run.exitCode).isZero();
		assertThat(run.out).contains("Search=");
	}

	@Test
	void environmentVariablesAreDefaults() {
		Map<String, String> environment = sandboxEnvironment();
		environment.put("RETS_AUTH", "digest");
		environment.put("RETS_VERSION", "1.5");
		environment.put("RETS_USER_AGENT", "EnvAgent/1.0");
		environment.put("RETS_UA_PASSWORD", "ua-secret");
		environment.put("RETS_METHOD", "post");

		CommandLine commandLine = RetsCommand.commandLine(environment);
		CommandLine.ParseResult parsed = commandLine.parseArgs("login");
		ConnectionOptions options = ((TransactionCommand) parsed.subcommand().commandSpec().userObject()).connection;

		assertThat(options.url).isEqualTo(sandbox.loginUrl());
		assertThat(options.user).isEqualTo("agent");
		assertThat(options.password).isEqualTo(PASSWORD);
		assertThat(options.auth).isEqualTo("digest");
		assertThat(options.retsVersion).isEqualTo("1.5");
		assertThat(options.userAgent).isEqualTo("EnvAgent/1.0");
		assertThat(options.userAgentPassword).isEqualTo("ua-secret");
		assertThat(options.method).isEqualTo("post");
		assertThat(run(environment, "login").exitCode).isZero();
	}

	@Test
	void optionOverridesEnvironment() {
		Map<String, String> environment = sandboxEnvironment();
		environment.put("RETS_PASSWORD", "wrong-from-environment");

		Run run = run(environment, "login", "--password", PASSWORD);

		assertThat(run.exitCode).isZero();
	}

	@Test
	void metadataIsJson() {
		Run run = run(sandboxEnvironment(), "metadata");

		assertThat(run.exitCode).isZero();
		assertThat(run.out).startsWith("{\"systemId\":")
			.contains("\"resourceId\":\"Property\"")
			.contains("\"className\":\"A\"")
			.contains("\"systemName\":\"LIST_15\"")
			.contains("\"longValue\":\"Active\"")
			.contains("\"objectType\":\"Photo\"");
		assertThat(run.out.trim()).endsWith("}");
		assertThat(braceBalance(run.out)).isZero();
	}

	@Test
	void searchWritesJsonLines() {
		Run run = run(sandboxEnvironment(), "search", "--resource", "Property", "--class", "A", "--query",
				"(LIST_22=0+)", "--select", "LIST_1,LIST_22", "--limit", "7");

		assertThat(run.exitCode).isZero();
		List<String> lines = run.out.lines().toList();
		assertThat(lines).hasSize(7)
			.allSatisfy((line) -> assertThat(line).matches("\\{\"LIST_1\":\"[^\"]+\",\"LIST_22\":\"[^\"]*\"\\}"));
		assertThat(run.err).contains("Wrote 7 of ");
	}

	@Test
	void searchAllPagesPastServerLimit() {
		Run run = run(sandboxEnvironment(), "search", "--resource", "Property", "--class", "A", "--query",
				"(LIST_22=0+)", "--select", "LIST_1", "--limit", "20", "--all");

		assertThat(run.exitCode).isZero();
		assertThat(run.out.lines().toList()).hasSize(sandbox.listings().allKeys().size()).doesNotHaveDuplicates();
	}

	@Test
	void searchWritesCsvWithHeader() {
		Run run = run(sandboxEnvironment(), "search", "--resource", "Property", "--class", "A", "--query",
				"(LIST_22=0+)", "--select", "LIST_1,LIST_31,LIST_22", "--limit", "5", "--output", "csv");

		assertThat(run.exitCode).isZero();
		assertThat(run.out).startsWith("LIST_1,LIST_31,LIST_22\r\n");
		assertThat(run.out.split("\r\n")).hasSize(6);
	}

	@Test
	void searchDecodedGivesLongValues() {
		String key = sandbox.listings().activeKeys().get(0);

		Run run = run(sandboxEnvironment(), "search", "--resource", "Property", "--class", "A", "--query",
				"(LIST_1=" + key + ")", "--select", "LIST_1,LIST_15", "--format", "COMPACT-DECODED");

		assertThat(run.exitCode).isZero();
		assertThat(run.out.trim()).isEqualTo("{\"LIST_1\":\"" + key + "\",\"LIST_15\":\"Active\"}");
	}

	@Test
	void searchWithoutMatchesWritesCsvHeaderOnly() {
		Run run = run(sandboxEnvironment(), "search", "--resource", "Property", "--class", "A", "--query",
				"(LIST_1=no-such-key)", "--select", "LIST_1,LIST_22", "--output", "csv");

		assertThat(run.exitCode).isZero();
		assertThat(run.out).isEqualTo("LIST_1,LIST_22\r\n");
	}

	@Test
	void getObjectWritesFiles(@TempDir Path directory) throws IOException {
		String key = keyWithPhotos();

		Run run = run(sandboxEnvironment(), "get-object", "--resource", "Property", "--type", "Photo", "--id",
				key + ":*", "--dir", directory.toString());

		assertThat(run.exitCode).isZero();
		List<Path> files;
		try (Stream<Path> listing = Files.list(directory)) {
			files = listing.sorted().toList();
		}
		int count = Integer.parseInt(sandbox.listings().record(key).get("LIST_133").trim());
		assertThat(files).hasSize(count);
		assertThat(directory.resolve(key + "-1.jpg")).exists();
		byte[] first = Files.readAllBytes(directory.resolve(key + "-1.jpg"));
		assertThat(first[0] & 0xFF).isEqualTo(0xFF);
		assertThat(first[1] & 0xFF).isEqualTo(0xD8);
	}

	@Test
	void getObjectOneObject(@TempDir Path directory) {
		String key = keyWithPhotos();

		Run run = run(sandboxEnvironment(), "get-object", "--resource", "Property", "--type", "Photo", "--id",
				key + ":2", "--dir", directory.resolve("photos").toString());

		assertThat(run.exitCode).isZero();
		assertThat(directory.resolve("photos").resolve(key + "-2.jpg")).exists();
		assertThat(directory.resolve("photos").resolve(key + "-1.jpg")).doesNotExist();
	}

	@Test
	void getObjectMissingObjectIsReplyError(@TempDir Path directory) {
		String key = keyWithPhotos();

		Run run = run(sandboxEnvironment(), "get-object", "--resource", "Property", "--type", "Photo", "--id",
				key + ":999", "--dir", directory.toString());

		assertThat(run.exitCode).isEqualTo(RetsCommand.REPLY_ERROR);
		assertThat(run.err).contains("20403");
	}

	@Test
	void missingUrlIsUsageError() {
		Map<String, String> environment = sandboxEnvironment();
		environment.remove("RETS_URL");

		Run run = run(environment, "login");

		assertThat(run.exitCode).isEqualTo(RetsCommand.USAGE);
		assertThat(run.err).contains("Missing --url").contains("RETS_URL");
	}

	@Test
	void unknownOptionIsUsageError() {
		Run run = run(sandboxEnvironment(), "search", "--resource", "Property", "--class", "A", "--query", "(X=1)",
				"--output", "xml");

		assertThat(run.exitCode).isEqualTo(RetsCommand.USAGE);
		assertThat(run.err).contains("--output");
	}

	@Test
	void invalidAuthModeIsUsageError() {
		Map<String, String> environment = sandboxEnvironment();
		environment.put("RETS_AUTH", "kerberos");

		Run run = run(environment, "login");

		assertThat(run.exitCode).isEqualTo(RetsCommand.USAGE);
		assertThat(run.err).contains("--auth").contains("kerberos");
	}

	@Test
	void invalidObjectIdIsUsageError(@TempDir Path directory) {
		Run run = run(sandboxEnvironment(), "get-object", "--resource", "Property", "--type", "Photo", "--id",
				"no-colon", "--dir", directory.toString());

		assertThat(run.exitCode).isEqualTo(RetsCommand.USAGE);
		assertThat(run.err).contains("KEY:N");
	}

	@Test
	void noSubcommandIsUsageError() {
		assertThat(run(sandboxEnvironment()).exitCode).isEqualTo(RetsCommand.USAGE);
	}

	@Test
	void wrongPasswordIsAuthenticationFailure() {
		Map<String, String> environment = sandboxEnvironment();
		environment.put("RETS_PASSWORD", "not-the-sandbox-password");

		Run run = run(environment, "login");

		assertThat(run.exitCode).isEqualTo(RetsCommand.AUTHENTICATION_FAILED);
		assertThat(run.out).isEmpty();
		assertThat(run.err).startsWith("Logging in").contains("rets login: ").doesNotContain("not-the-sandbox-password");
	}

	@Test
	void unknownClassIsReplyError() {
		Run run = run(sandboxEnvironment(), "search", "--resource", "Property", "--class", "NOPE", "--query",
				"(LIST_22=0+)");

		assertThat(run.exitCode).isEqualTo(RetsCommand.REPLY_ERROR);
		assertThat(run.err).contains("rets search: ").contains("reply");
	}

	@Test
	void refusedConnectionIsIoError() throws IOException {
		int port;
		try (ServerSocket socket = new ServerSocket(0, 1, java.net.InetAddress.getLoopbackAddress())) {
			port = socket.getLocalPort();
		}
		Map<String, String> environment = sandboxEnvironment();
		environment.put("RETS_URL", "http://127.0.0.1:" + port + "/rets/login");

		Run run = run(environment, "login");

		assertThat(run.exitCode).isEqualTo(RetsCommand.IO_ERROR);
		assertThat(run.err).contains("rets login: ").doesNotContain(PASSWORD);
	}

	@Test
	void malformedSearchResponseIsParseError() throws IOException {
		try (ReplayServer server = ReplayServer.start()) {
			server.route("/rets2_1/Search", ReplayServer.arguments("Class", "BROKEN"),
					Recording.of(200, "<RETS ReplyCode=\"0\" ReplyText=\"OK\"><COUNT Records=\"2\"/><DELIMITER value=\"09\"/>"
							+ "<COLUMNS>\tLIST_1\t</COLUMNS><DATA>\t1\t</DATA><DATA>\t2", "Content-Type", "text/xml"));
			FlexmlsReplay.register(server);
			Map<String, String> environment = new HashMap<>();
			environment.put("RETS_URL", server.loginUrl().toString());
			environment.put("RETS_USER", "demo");
			environment.put("RETS_PASSWORD", "replay-secret");

			Run run = run(environment, "search", "--resource", "Property", "--class", "BROKEN", "--query", "(LIST_1=*)");

			assertThat(run.exitCode).isEqualTo(RetsCommand.IO_ERROR);
			assertThat(run.err).contains("rets search: ");
		}
	}

	@Test
	void csvQuotingFollowsRfc4180() {
		assertThat(Csv.quote("plain")).isEqualTo("plain");
		assertThat(Csv.quote("a,b")).isEqualTo("\"a,b\"");
		assertThat(Csv.quote("say \"hi\"")).isEqualTo("\"say \"\"hi\"\"\"");
		assertThat(Csv.quote("two\r\nlines")).isEqualTo("\"two\r\nlines\"");
		assertThat(Csv.quote("")).isEmpty();
		assertThat(Csv.quote(null)).isEmpty();
	}

	@Test
	void jsonEscapesControlCharacters() {
		StringWriter text = new StringWriter();
		PrintWriter writer = new PrintWriter(text);

		new JsonWriter(writer).string("a\"b\\c\n\t\u0001é");
		writer.flush();

		assertThat(text.toString()).isEqualTo("\"a\\\"b\\\\c\\n\\t\\u0001é\"");
	}

	@Test
	void extensionFromContentType() {
		assertThat(GetObjectCommand.extension("image/jpeg")).isEqualTo("jpg");
		assertThat(GetObjectCommand.extension("image/PNG; charset=binary")).isEqualTo("png");
		assertThat(GetObjectCommand.extension("application/x-unknown")).isEqualTo("bin");
		assertThat(GetObjectCommand.extension(null)).isEqualTo("bin");
	}

	private static String keyWithPhotos() {
		return sandbox.listings()
			.activeKeys()
			.stream()
			.filter((key) -> {
				String count = sandbox.listings().record(key).get("LIST_133");
				return count != null && !count.isBlank() && Integer.parseInt(count.trim()) > 2;
			})
			.findFirst()
			.orElseThrow();
	}

	private static Map<String, String> sandboxEnvironment() {
		Map<String, String> environment = new HashMap<>();
		environment.put("RETS_URL", sandbox.loginUrl().toString());
		environment.put("RETS_USER", "agent");
		environment.put("RETS_PASSWORD", PASSWORD);
		return environment;
	}

	private static int braceBalance(String json) {
		int balance = 0;
		boolean inString = false;
		for (int i = 0; i < json.length(); i++) {
			char c = json.charAt(i);
			if (c == '\\' && inString) {
				i++;
			}
			else if (c == '"') {
				inString = !inString;
			}
			else if (!inString && (c == '{' || c == '[')) {
				balance++;
			}
			else if (!inString && (c == '}' || c == ']')) {
				balance--;
			}
		}
		return balance;
	}

	private static Run run(Map<String, String> environment, String... args) {
		CommandLine commandLine = RetsCommand.commandLine(environment);
		StringWriter out = new StringWriter();
		StringWriter err = new StringWriter();
		commandLine.setOut(new PrintWriter(out));
		commandLine.setErr(new PrintWriter(err));
		int exitCode = commandLine.execute(args);
		return new Run(exitCode, out.toString(), err.toString());
	}

	private record Run(int exitCode, String out, String err) {
	}

}
