package org.porchlight.rets.client.internal.session;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.Capabilities;
import org.porchlight.rets.client.internal.xml.TextDecoder;
import org.porchlight.rets.client.replay.Recording;

/** Login bodies in the shapes real servers send them, and capability URL resolution. */
class KeyValueBodyTests {

	private static final URI LOGIN = URI.create("http://rets.example.test:6103/Board/login.aspx");

	@Test
	void rets18InfoLinesWithTypes() {
		String body = "<RETS ReplyCode=\"0\" ReplyText=\"Success\">\n<RETS-RESPONSE>\n"
				+ new String(Recording.resource("login/rets-1.8-info-lines.txt"), StandardCharsets.UTF_8)
				+ "</RETS-RESPONSE>\n</RETS>";

		Capabilities capabilities = capabilities(body);

		assertThat(capabilities.info()).containsEntry("USERID", "1234567890")
			.containsEntry("USERLEVEL", "25")
			.containsEntry("MEMBERNAME", "")
			.containsEntry("METADATATIMESTAMP", "2014-06-30T18:41:40Z")
			.containsEntry("MAINOFF", "test test");
		assertThat(capabilities.url("Search")).contains(URI.create("http://rets.example.test:6103/Search.asmx/Search"));
		assertThat(capabilities.url("GetPayloadList")).isPresent();
	}

	@Test
	void infoLinesWithUnusualTypes() {
		Capabilities capabilities = capabilities(new String(Recording.resource("login/rets-1.8-trestle.xml"),
				StandardCharsets.UTF_8));

		assertThat(capabilities.info()).containsEntry("MemberName", "Joe T. Schmoe")
			.containsEntry("MetadataVersion", "1.00.000")
			.containsEntry("Balance", "44.21")
			.containsEntry("VendorName", "CoreLogic");
		assertThat(capabilities.url("GetObject")).contains(URI.create("http://rets.test:6103/getObjectEx"));
		assertThat(capabilities.url("Action")).contains(URI.create("http://rets.test:6103/get"));
	}

	@Test
	void lowerCaseKeysWithSpacesAroundEquals() {
		Capabilities capabilities = capabilities(new String(Recording.resource("login/lower-case-keys.xml"),
				StandardCharsets.UTF_8));

		assertThat(capabilities.urls()).containsKeys("Login", "Logout", "Search", "GetMetadata", "ChangePassword",
				"GetObject", "Action");
		assertThat(capabilities.url("GetMetadata")).contains(URI.create("http://rets.test:6103/getMetadata"));
		assertThat(capabilities.info()).containsEntry("membername", "Joe T. Schmoe").containsEntry("timeoutseconds", "60");
	}

	@Test
	void bodyWithoutRetsResponseElement() {
		Capabilities capabilities = capabilities("<RETS ReplyCode=\"0\" ReplyText=\"Login OK\">\nMemberName=Example Member\n"
				+ "Search=/rets/search\nGetMetadata=/rets/getmetadata\nGetObject=/rets/getobject\nLogout=/rets/logout\n</RETS>");

		assertThat(capabilities.urls()).containsOnlyKeys("Search", "GetMetadata", "GetObject", "Logout");
		assertThat(capabilities.info()).containsExactly(Map.entry("MemberName", "Example Member"));
	}

	@Test
	void capabilityUrlsKeepPortHostAndQuery() {
		Capabilities capabilities = capabilities("<RETS ReplyCode=\"0\">\r\n<RETS-RESPONSE>\r\n"
				+ "Search=/Board/search.aspx\r\nGetMetadata = relative/getmetadata.aspx?rets-version=rets/1.7.2&amp;x=1\r\n"
				+ "GetObject=http://media.example.test/rets/getobject.aspx\r\nLogout= /Board/logout.aspx \r\n"
				+ "</RETS-RESPONSE>\r\n</RETS>");

		assertThat(capabilities.url("Search")).contains(URI.create("http://rets.example.test:6103/Board/search.aspx"));
		assertThat(capabilities.url("GetMetadata")).contains(
				URI.create("http://rets.example.test:6103/Board/relative/getmetadata.aspx?rets-version=rets/1.7.2&x=1"));
		assertThat(capabilities.url("GetObject")).contains(URI.create("http://media.example.test/rets/getobject.aspx"));
		assertThat(capabilities.url("Logout")).contains(URI.create("http://rets.example.test:6103/Board/logout.aspx"));
	}

	@Test
	void unclosedReplyStillGivesCode() {
		KeyValueBody body = KeyValueBody.parse("<RETS ReplyCode=\"20036\" ReplyText=\"Cannot start session\">"
			.getBytes(StandardCharsets.UTF_8), TextDecoder.forResponse("test", null));

		assertThat(body.reply().code()).isEqualTo(20036);
		assertThat(body.reply().text()).isEqualTo("Cannot start session");
	}

	private static Capabilities capabilities(String body) {
		KeyValueBody parsed = KeyValueBody.parse(body.getBytes(StandardCharsets.UTF_8), TextDecoder.forResponse("test", null));
		return LoginTransaction.capabilities("test", LOGIN, parsed, null);
	}

}
