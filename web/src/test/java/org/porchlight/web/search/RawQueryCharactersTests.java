package org.porchlight.web.search;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.Socket;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Sends query strings with characters that browsers leave unencoded, such as {@code ?q[]=1}, to the embedded Tomcat
 * over a raw socket, because Java's URI classes reject them before they reach the wire. Each request must get the
 * site's own page, not Tomcat's bare 400 page, and no character may come back as markup.
 */
@SpringBootTest(webEnvironment = WebEnvironment.RANDOM_PORT,
		properties = { "server.address=127.0.0.1", "spring.datasource.url=jdbc:h2:mem:raw-query;DB_CLOSE_DELAY=-1",
				"porchlight.sync.enabled=false", "porchlight.sync.run-on-startup=false" })
class RawQueryCharactersTests {

	@LocalServerPort
	private int port;

	@ParameterizedTest
	@ValueSource(strings = { "/listings?q[]=1", "/listings?q[city]=Fargo&beds[]=2", "/?q={x}", "/listings?q=a|b",
			"/listings?q=^1", "/listings?q=`1`", "/listings?q=a\\b", "/listings?q=\"<b>bold</b>\"",
			"/embed/search?q[]=1" })
	void unencodedCharacterGetsSitePage(String target) throws IOException {
		String response = get(target);

		assertThat(response).startsWith("HTTP/1.1 200 ");
		assertThat(response).containsIgnoringCase("content-type: text/html");
		assertThat(response).contains("<html lang=\"en");
		assertThat(response).doesNotContain("<b>bold</b>");
	}

	private String get(String target) throws IOException {
		try (Socket socket = new Socket(InetAddress.getLoopbackAddress(), this.port)) {
			socket.setSoTimeout(10_000);
			OutputStream out = socket.getOutputStream();
			out.write(("GET " + target + " HTTP/1.1\r\nHost: 127.0.0.1:" + this.port
					+ "\r\nAccept: text/html\r\nConnection: close\r\n\r\n").getBytes(StandardCharsets.ISO_8859_1));
			out.flush();
			InputStream in = socket.getInputStream();
			ByteArrayOutputStream body = new ByteArrayOutputStream();
			in.transferTo(body);
			return body.toString(StandardCharsets.UTF_8);
		}
	}

}
