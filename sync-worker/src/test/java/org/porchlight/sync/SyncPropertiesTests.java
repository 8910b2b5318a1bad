package org.porchlight.sync;

import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.AuthMode;
import org.porchlight.rets.client.RequestMethod;
import org.porchlight.rets.client.RetsVersion;

import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.boot.validation.autoconfigure.ValidationAutoConfiguration;
import org.springframework.boot.autoconfigure.AutoConfigurations;
import org.springframework.context.annotation.Configuration;
import org.springframework.util.unit.DataSize;

import static org.assertj.core.api.Assertions.assertThat;

class SyncPropertiesTests {

	private final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withConfiguration(AutoConfigurations.of(ValidationAutoConfiguration.class))
		.withUserConfiguration(PropertiesConfiguration.class);

	@Test
	void defaultsApplyWithoutSettings() {
		this.contexts.run((context) -> {
			SyncProperties sync = context.getBean(SyncProperties.class);
			RetsProperties rets = context.getBean(RetsProperties.class);
			assertThat(sync.enabled()).isTrue();
			assertThat(sync.feedId()).isEqualTo("default");
			assertThat(sync.resource()).isEqualTo("Property");
			assertThat(sync.className()).isEqualTo("A");
			assertThat(sync.pageSize()).isEqualTo(250);
			assertThat(sync.batchSize()).isEqualTo(100);
			assertThat(sync.interval()).isEqualTo(Duration.ofMinutes(15));
			assertThat(sync.runOnStartup()).isTrue();
			assertThat(sync.photoDirectory()).isEqualTo(Path.of("data", "photos"));
			assertThat(sync.photoObjectType()).isEqualTo("Photo");
			assertThat(sync.maxPhotoSize()).isEqualTo(DataSize.ofMegabytes(20));
			assertThat(sync.mapping()).isEmpty();
			assertThat(sync.deniedFields()).isEmpty();
			assertThat(rets.isConfigured()).isFalse();
			assertThat(rets.userAgent()).isEqualTo("Porchlight/1.0");
			assertThat(rets.version()).isEqualTo(RetsVersion.RETS_1_7_2);
			assertThat(rets.authMode()).isEqualTo(AuthMode.AUTO);
			assertThat(rets.requestMethod()).isEqualTo(RequestMethod.GET);
		});
	}

	@Test
	void settingsBind() {
		this.contexts
			.withPropertyValues("porchlight.rets.login-url=http://127.0.0.1:6103/rets/login",
					"porchlight.rets.username=demo", "porchlight.rets.password=demo-rets",
					"porchlight.rets.rets-version=1.8", "porchlight.rets.auth-mode=digest",
					"porchlight.sync.interval=30m", "porchlight.sync.mapping.YearBuilt=LIST_53",
					"porchlight.sync.denied-fields=LIST_78,LIST_82", "porchlight.sync.max-photo-size=5MB")
			.run((context) -> {
				SyncProperties sync = context.getBean(SyncProperties.class);
				RetsProperties rets = context.getBean(RetsProperties.class);
				assertThat(rets.isConfigured()).isTrue();
				assertThat(rets.version()).isEqualTo(RetsVersion.RETS_1_8);
				assertThat(rets.authMode()).isEqualTo(AuthMode.DIGEST);
				assertThat(sync.interval()).isEqualTo(Duration.ofMinutes(30));
				assertThat(sync.mapping()).containsEntry("YearBuilt", "LIST_53");
				assertThat(sync.deniedFields()).containsExactly("LIST_78", "LIST_82");
				assertThat(sync.maxPhotoSize()).isEqualTo(DataSize.ofMegabytes(5));
			});
	}

	@Test
	void toStringMasksSecrets() {
		this.contexts
			.withPropertyValues("porchlight.rets.login-url=http://127.0.0.1:6103/rets/login",
					"porchlight.rets.username=demo", "porchlight.rets.password=pa55-secret",
					"porchlight.rets.user-agent-password=ua-secret")
			.run((context) -> {
				String text = context.getBean(RetsProperties.class).toString();
				assertThat(text).contains("username=demo", "password=******", "userAgentPassword=******");
				assertThat(text).doesNotContain("pa55-secret").doesNotContain("ua-secret");
			});
	}

	@Test
	void loginUrlWithoutCredentialsFails() {
		this.contexts.withPropertyValues("porchlight.rets.login-url=http://127.0.0.1:6103/rets/login")
			.run((context) -> assertThat(context).hasFailed()
				.getFailure()
				.rootCause()
				.hasMessageContaining("porchlight.rets.username and porchlight.rets.password are required"));
	}

	@Test
	void invalidSettingsFail() {
		this.contexts.withPropertyValues("porchlight.rets.rets-version=2.0")
			.run((context) -> assertThat(context).hasFailed());
		this.contexts.withPropertyValues("porchlight.rets.login-url=ftp://example")
			.run((context) -> assertThat(context).hasFailed());
		this.contexts.withPropertyValues("porchlight.sync.feed-id=../x")
			.run((context) -> assertThat(context).hasFailed());
		this.contexts.withPropertyValues("porchlight.sync.page-size=0")
			.run((context) -> assertThat(context).hasFailed());
		this.contexts.withPropertyValues("porchlight.sync.interval=0s")
			.run((context) -> assertThat(context).hasFailed());
	}

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties({ RetsProperties.class, SyncProperties.class })
	static class PropertiesConfiguration {

	}

}
