package org.porchlight.rets.client.replay;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Predicate;
import java.util.zip.GZIPOutputStream;

import com.sun.net.httpserver.BasicAuthenticator;
import com.sun.net.httpserver.HttpContext;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * An HTTP server on 127.0.0.1 that replies to RETS requests with recorded responses. Routes match on the path and on
 * the request arguments (query string or form body) and are tried in the order they were added. Every request is
 * kept for assertions.
 */
public final class ReplayServer implements AutoCloseable {

	private final HttpServer server;

	private final List<Route> routes = new CopyOnWriteArrayList<>();

	private final List<ReceivedRequest> requests = new CopyOnWriteArrayList<>();

	private ReplayServer(String username, String password) throws IOException {
		this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
		HttpContext context = this.server.createContext("/", this::handle);
		if (username != null) {
			context.setAuthenticator(new BasicAuthenticator("replay") {
				@Override
				public boolean checkCredentials(String user, String pass) {
					return username.equals(user) && password.equals(pass);
				}
			});
		}
		this.server.start();
	}

	/** Starts a server that requires no authentication. */
	public static ReplayServer start() throws IOException {
		return new ReplayServer(null, null);
	}

	/** Starts a server that requires HTTP Basic authentication with these credentials. */
	public static ReplayServer startWithBasicAuth(String username, String password) throws IOException {
		return new ReplayServer(username, password);
	}

	/** Returns {@code http://127.0.0.1:port/rets2_1/Login}, the login path of the flexmls recordings. */
	public URI loginUrl() {
		return url("/rets2_1/Login");
	}

	public URI url(String path) {
		return URI.create("http://127.0.0.1:" + this.server.getAddress().getPort() + path);
	}

	/** Replies with {@code response} to requests for {@code path} whose arguments contain all of {@code arguments}. */
	public ReplayServer route(String path, Map<String, String> arguments, Recording response) {
		return route(path, (request) -> request.arguments().entrySet().containsAll(arguments.entrySet()), response,
				false);
	}

	public ReplayServer route(String path, Recording response) {
		return route(path, Map.of(), response);
	}

	/** Like {@link #route(String, Map, Recording)}, but sends the body gzip-compressed. */
	public ReplayServer routeGzip(String path, Recording response) {
		return route(path, (request) -> true, response, true);
	}

	public ReplayServer route(String path, Predicate<ReceivedRequest> matcher, Recording response, boolean gzip) {
		this.routes.add(new Route(path, matcher, response, gzip));
		return this;
	}

	/** Returns every request received so far, in order. */
	public List<ReceivedRequest> requests() {
		return List.copyOf(this.requests);
	}

	/** Returns the requests whose path ends with {@code suffix}, such as {@code /Search}. */
	public List<ReceivedRequest> requests(String suffix) {
		return this.requests.stream().filter((request) -> request.path().endsWith(suffix)).toList();
	}

	private void handle(HttpExchange exchange) throws IOException {
		try (exchange) {
			byte[] requestBody = exchange.getRequestBody().readAllBytes();
			Map<String, String> arguments = new LinkedHashMap<>();
			parseArguments(exchange.getRequestURI().getRawQuery(), arguments);
			parseArguments(new String(requestBody, StandardCharsets.UTF_8), arguments);
			Map<String, List<String>> headers = new LinkedHashMap<>();
			exchange.getRequestHeaders().forEach((name, values) -> headers.put(name.toLowerCase(), List.copyOf(values)));
			ReceivedRequest request = new ReceivedRequest(exchange.getRequestMethod(), exchange.getRequestURI().getPath(),
					arguments, headers);
			this.requests.add(request);
			for (Route route : this.routes) {
				if (route.path.equals(request.path()) && route.matcher.test(request)) {
					send(exchange, route.response, route.gzip);
					return;
				}
			}
			send(exchange, Recording.of(404, "No recording for " + request), false);
		}
	}

	private static void send(HttpExchange exchange, Recording response, boolean gzip) throws IOException {
		byte[] body = response.body();
		for (Map.Entry<String, String> header : response.headers()) {
			exchange.getResponseHeaders().add(header.getKey(), header.getValue());
		}
		if (gzip) {
			ByteArrayOutputStream compressed = new ByteArrayOutputStream();
			try (GZIPOutputStream output = new GZIPOutputStream(compressed)) {
				output.write(body);
			}
			body = compressed.toByteArray();
			exchange.getResponseHeaders().add("Content-Encoding", "gzip");
		}
		exchange.sendResponseHeaders(response.status(), (body.length == 0) ? -1 : body.length);
		if (body.length > 0) {
			try (OutputStream output = exchange.getResponseBody()) {
				output.write(body);
			}
		}
	}

	private static void parseArguments(String text, Map<String, String> arguments) {
		if (text == null || text.isEmpty()) {
			return;
		}
		for (String pair : text.split("&")) {
			int equals = pair.indexOf('=');
			if (equals > 0) {
				arguments.put(URLDecoder.decode(pair.substring(0, equals), StandardCharsets.UTF_8),
						URLDecoder.decode(pair.substring(equals + 1), StandardCharsets.UTF_8));
			}
		}
	}

	@Override
	public void close() {
		this.server.stop(0);
	}

	/** A request as the server received it; header names are lower case. */
	public record ReceivedRequest(String method, String path, Map<String, String> arguments,
			Map<String, List<String>> headers) {

		public String header(String name) {
			List<String> values = this.headers.get(name.toLowerCase());
			return (values == null || values.isEmpty()) ? null : values.get(0);
		}

		public String argument(String name) {
			return this.arguments.get(name);
		}

	}

	private record Route(String path, Predicate<ReceivedRequest> matcher, Recording response, boolean gzip) {
	}

	/** Builds the argument map of a route from name-value pairs. */
	public static Map<String, String> arguments(String... pairs) {
		Map<String, String> map = new LinkedHashMap<>();
		for (int i = 0; i < pairs.length; i += 2) {
			map.put(pairs[i], pairs[i + 1]);
		}
		return map;
	}

	static List<String> names(List<ReceivedRequest> requests) {
		List<String> names = new ArrayList<>();
		requests.forEach((request) -> names.add(request.path()));
		return names;
	}

}
