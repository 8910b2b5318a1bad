package org.porchlight.rets.client.property;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.util.Map;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

import org.porchlight.rets.client.replay.Recording;

/**
 * A loopback HTTP server that replies to Login with a recorded flexmls login and to every other request with the
 * current response, so that one logged-in client can be sent many mutated responses in a row.
 */
final class MutationServer implements AutoCloseable {

	private final HttpServer server;

	private final Recording login = Recording.load("flexmls/login-1.7.2.txt");

	private final AtomicReference<Map.Entry<String, byte[]>> current = new AtomicReference<>();

	MutationServer() throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		this.server.createContext("/", this::handle);
		this.server.start();
	}

	URI loginUrl() {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + "/rets2_1/Login");
	}

	/** Sets the body and content type of the responses to every request but Login. */
	void respond(String contentType, byte[] body) {
		this.current.set(Map.entry(contentType, body));
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			exchange.getRequestBody().readAllBytes();
			byte[] body;
			if (exchange.getRequestURI().getPath().endsWith("/Login") || exchange.getRequestURI().getPath().endsWith("/Logout")) {
				this.login.headers().forEach((header) -> exchange.getResponseHeaders().add(header.getKey(), header.getValue()));
				body = this.login.body();
			}
			else {
				Map.Entry<String, byte[]> response = this.current.get();
				exchange.getResponseHeaders().add("Content-Type", response.getKey());
				exchange.getResponseHeaders().add("RETS-Version", "RETS/1.7.2");
				body = response.getValue();
			}
			exchange.sendResponseHeaders(200, (body.length == 0) ? -1 : body.length);
			if (body.length > 0) {
				try (OutputStream output = exchange.getResponseBody()) {
					output.write(body);
				}
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

}
