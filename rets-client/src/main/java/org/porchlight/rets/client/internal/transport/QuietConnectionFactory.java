package org.porchlight.rets.client.internal.transport;

import java.io.IOException;
import java.net.Socket;
import java.util.concurrent.atomic.AtomicLong;

import javax.net.ssl.SSLSocket;

import org.apache.hc.client5.http.impl.io.DefaultManagedHttpClientConnection;
import org.apache.hc.client5.http.io.ManagedHttpClientConnection;
import org.apache.hc.core5.http.ClassicHttpRequest;
import org.apache.hc.core5.http.ClassicHttpResponse;
import org.apache.hc.core5.http.impl.io.SocketHolder;
import org.apache.hc.core5.http.io.HttpConnectionFactory;

/**
 * Creates HTTP connections that do not write HttpClient's own header and wire logs
 * ({@code org.apache.hc.client5.http.headers} and {@code .wire}). Those logs print {@code Authorization} headers
 * and session cookies in clear text; {@link WireLog} logs the same exchange with the secrets replaced.
 */
final class QuietConnectionFactory implements HttpConnectionFactory<ManagedHttpClientConnection> {

	private static final AtomicLong COUNTER = new AtomicLong();

	@Override
	public ManagedHttpClientConnection createConnection(Socket socket) throws IOException {
		QuietConnection connection = new QuietConnection("rets-connection-" + COUNTER.incrementAndGet());
		if (socket != null) {
			connection.bind(socket);
		}
		return connection;
	}

	@Override
	public ManagedHttpClientConnection createConnection(SSLSocket sslSocket, Socket socket) throws IOException {
		QuietConnection connection = new QuietConnection("rets-connection-" + COUNTER.incrementAndGet());
		if (socket != null) {
			connection.bind(sslSocket, socket);
		}
		return connection;
	}

	private static final class QuietConnection extends DefaultManagedHttpClientConnection {

		QuietConnection(String id) {
			super(id);
		}

		@Override
		public void bind(Socket socket) throws IOException {
			bind(new SocketHolder(socket));
		}

		@Override
		public void bind(SSLSocket sslSocket, Socket socket) throws IOException {
			bind(new SocketHolder(sslSocket, socket));
		}

		@Override
		protected void onRequestSubmitted(ClassicHttpRequest request) {
		}

		@Override
		protected void onResponseReceived(ClassicHttpResponse response) {
		}

	}

}
