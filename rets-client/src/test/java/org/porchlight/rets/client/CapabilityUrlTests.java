package org.porchlight.rets.client;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.object.ObjectRequest;
import org.porchlight.rets.client.replay.Recording;
import org.porchlight.rets.client.replay.ReplayServer;
import org.porchlight.rets.client.search.SearchRequest;
import org.porchlight.rets.client.search.SearchResult;

/** Capability URLs on other hosts and ports, with query strings, relative with dot segments. */
class CapabilityUrlTests {

	@Test
	void absoluteUrlsOnAnotherPortKeepTheirQueryStrings() throws IOException {
		try (ReplayServer login = ReplayServer.start(); ReplayServer data = ReplayServer.start()) {
			URI search = data.url("/data/Search?vendor=acme&mode=1");
			URI getObject = URI.create(data.url("/media/GetObject").toString().replace("127.0.0.1", "localhost"));
			login.route("/rets2_1/Login", Recording.of(200, "<RETS ReplyCode=\"0\" ReplyText=\"OK\">\n<RETS-RESPONSE>\n"
					+ "Search=" + search + "\nGetObject=" + getObject + "\nGetMetadata=../meta/GetMetadata?x=1\n"
					+ "Logout=/rets2_1/Logout\n</RETS-RESPONSE>\n</RETS>\n", "Content-Type", "text/xml"));
			login.route("/rets2_1/Logout", Recording.load("flexmls/logout.txt"));
			data.route("/data/Search", Recording.load("flexmls/search-page-1.txt"));
			data.route("/media/GetObject", Recording.of(200, "<RETS ReplyCode=\"20403\" ReplyText=\"No Object Found\"/>",
					"Content-Type", "text/xml"));
			try (RetsClient client = RetsClient.create(FlexmlsReplayTests.config(login.loginUrl()).build())) {
				Capabilities capabilities = client.login();
				SearchResult result = client.search(SearchRequest.builder("Property", "A").query("(LIST_15=|A)").build(),
						(row) -> {
						});
				client.getObject(ObjectRequest.all("Property", "Photo", "K1"), (object) -> {
				});

				assertThat(capabilities.url("GetMetadata")).contains(login.url("/meta/GetMetadata?x=1"));
				assertThat(result.rowCount()).isPositive();
				ReplayServer.ReceivedRequest sent = data.requests("/Search").get(0);
				assertThat(sent.argument("vendor")).isEqualTo("acme");
				assertThat(sent.argument("mode")).isEqualTo("1");
				assertThat(sent.argument("SearchType")).isEqualTo("Property");
				assertThat(data.requests("/GetObject")).hasSize(1);
				assertThat(data.requests("/GetObject").get(0).header("Host")).startsWith("localhost:");
			}
		}
	}

}
