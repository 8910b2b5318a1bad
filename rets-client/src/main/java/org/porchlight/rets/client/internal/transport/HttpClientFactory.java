package org.porchlight.rets.client.internal.transport;

import java.util.List;

import org.apache.hc.client5.http.auth.AuthScope;
import org.apache.hc.client5.http.auth.StandardAuthScheme;
import org.apache.hc.client5.http.auth.UsernamePasswordCredentials;
import org.apache.hc.client5.http.config.ConnectionConfig;
import org.apache.hc.client5.http.config.RequestConfig;
import org.apache.hc.client5.http.cookie.BasicCookieStore;
import org.apache.hc.client5.http.impl.ChainElement;
import org.apache.hc.client5.http.impl.auth.BasicAuthCache;
import org.apache.hc.client5.http.impl.auth.BasicCredentialsProvider;
import org.apache.hc.client5.http.impl.auth.BasicScheme;
import org.apache.hc.client5.http.impl.classic.CloseableHttpClient;
import org.apache.hc.client5.http.impl.classic.HttpClients;
import org.apache.hc.client5.http.impl.io.PoolingHttpClientConnectionManagerBuilder;
import org.apache.hc.client5.http.protocol.HttpClientContext;
import org.apache.hc.core5.http.HttpHost;
import org.apache.hc.core5.util.TimeValue;
import org.apache.hc.core5.util.Timeout;
import org.porchlight.rets.client.AuthMode;
import org.porchlight.rets.client.RetsClientConfig;

/**
 * Builds the HttpClient of one RETS session and the context that carries its cookies, credentials and cached
 * authentication state from request to request.
 */
final class HttpClientFactory {

	private HttpClientFactory() {
	}

	static CloseableHttpClient createClient(RetsClientConfig config, BasicCookieStore cookieStore) {
		ConnectionConfig connectionConfig = ConnectionConfig.custom()
			.setConnectTimeout(Timeout.of(config.connectTimeout()))
			.setSocketTimeout(Timeout.of(config.responseTimeout()))
			// Automatic retries are off (RetsTransport decides), so a pooled connection the server closed while idle
			// is checked before reuse instead of failing the next request.
			.setValidateAfterInactivity(TimeValue.ofSeconds(2))
			.build();
		SessionCookies cookies = new SessionCookies(cookieStore);
		return HttpClients.custom()
			.setConnectionManager(PoolingHttpClientConnectionManagerBuilder.create()
				.setConnectionFactory(new QuietConnectionFactory())
				.setDefaultConnectionConfig(connectionConfig)
				.build())
			.setDefaultRequestConfig(RequestConfig.custom()
				.setTargetPreferredAuthSchemes(preferredSchemes(config.authMode()))
				.setResponseTimeout(Timeout.of(config.responseTimeout()))
				.build())
			.disableCookieManagement()
			.disableAutomaticRetries()
			.addRequestInterceptorLast(cookies)
			.addResponseInterceptorLast(cookies)
			.addExecInterceptorBefore(ChainElement.MAIN_TRANSPORT.name(), "rets-wire-log", new WireLog())
			.build();
	}

	/**
	 * Creates the session context. The credentials are sent to challenges from any host, because capability URLs may
	 * point at another host of the same server (a media host for GetObject). In {@link AuthMode#BASIC} the
	 * credentials are also sent with the first request to the login host, for servers that return 401 without a
	 * challenge.
	 */
	static HttpClientContext createContext(RetsClientConfig config, BasicCookieStore cookieStore) {
		UsernamePasswordCredentials credentials = new UsernamePasswordCredentials(config.username(),
				config.password().toCharArray());
		BasicCredentialsProvider credentialsProvider = new BasicCredentialsProvider();
		credentialsProvider.setCredentials(new AuthScope(null, -1), credentials);
		HttpClientContext context = HttpClientContext.create();
		context.setCookieStore(cookieStore);
		context.setCredentialsProvider(credentialsProvider);
		if (config.authMode() == AuthMode.BASIC) {
			BasicScheme basic = new BasicScheme();
			basic.initPreemptive(credentials);
			BasicAuthCache authCache = new BasicAuthCache();
			authCache.put(HttpHost.create(config.loginUrl()), basic);
			context.setAuthCache(authCache);
		}
		return context;
	}

	static List<String> preferredSchemes(AuthMode mode) {
		return switch (mode) {
			case AUTO -> List.of(StandardAuthScheme.DIGEST, StandardAuthScheme.BASIC);
			case BASIC -> List.of(StandardAuthScheme.BASIC);
			case DIGEST -> List.of(StandardAuthScheme.DIGEST);
		};
	}

}
