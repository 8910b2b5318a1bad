package org.porchlight.sandbox;

import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class SandboxMainTests {

	@Test
	void defaults() {
		SandboxConfig config = SandboxMain.configFrom(Map.of());

		assertThat(config.host()).isEqualTo("127.0.0.1");
		assertThat(config.port()).isEqualTo(6103);
		assertThat(config.username()).isEqualTo("demo");
		assertThat(config.password()).isEqualTo("demo-rets");
		assertThat(config.listingCount()).isEqualTo(500);
		assertThat(config.seed()).isEqualTo(42L);
		assertThat(config.maxRows()).isEqualTo(250);
		assertThat(config.authSchemes()).containsExactlyInAnyOrder(AuthScheme.BASIC, AuthScheme.DIGEST);
	}

	@Test
	void environmentOverrides() {
		SandboxConfig config = SandboxMain.configFrom(Map.of("SANDBOX_HOST", "127.0.0.2", "SANDBOX_PORT", "7000",
				"SANDBOX_USERNAME", "u", "SANDBOX_PASSWORD", "p", "SANDBOX_LISTINGS", "12", "SANDBOX_SEED", "-9",
				"SANDBOX_MAX_ROWS", "50"));

		assertThat(config.host()).isEqualTo("127.0.0.2");
		assertThat(config.port()).isEqualTo(7000);
		assertThat(config.username()).isEqualTo("u");
		assertThat(config.password()).isEqualTo("p");
		assertThat(config.listingCount()).isEqualTo(12);
		assertThat(config.seed()).isEqualTo(-9L);
		assertThat(config.maxRows()).isEqualTo(50);
	}

	@Test
	void invalidNumbersAreReported() {
		assertThatIllegalArgumentException().isThrownBy(() -> SandboxMain.configFrom(Map.of("SANDBOX_PORT", "http")))
			.withMessageContaining("SANDBOX_PORT");
		assertThatIllegalArgumentException().isThrownBy(() -> SandboxMain.configFrom(Map.of("SANDBOX_MAX_ROWS", "0")))
			.withMessageContaining("maxRows");
	}

	@Test
	void feedChangesDefaultToNone() {
		SandboxMain.FeedChanges changes = SandboxMain.feedChangesFrom(Map.of());

		assertThat(changes.photoListings()).isNull();
		assertThat(changes.photosPerListing()).isEqualTo(5);
		assertThat(changes.adminPort()).isNull();
	}

	@Test
	void feedChangesFromEnvironment() {
		SandboxMain.FeedChanges changes = SandboxMain.feedChangesFrom(Map.of("SANDBOX_PHOTO_LISTINGS", "10000",
				"SANDBOX_PHOTOS_PER_LISTING", "3", "SANDBOX_ADMIN_PORT", "0"));

		assertThat(changes.photoListings()).isEqualTo(10_000);
		assertThat(changes.photosPerListing()).isEqualTo(3);
		assertThat(changes.adminPort()).isZero();
	}

	@Test
	void invalidFeedChangesAreReported() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SandboxMain.feedChangesFrom(Map.of("SANDBOX_PHOTO_LISTINGS", "-1")))
			.withMessageContaining("SANDBOX_PHOTO_LISTINGS");
		assertThatIllegalArgumentException()
			.isThrownBy(() -> SandboxMain.feedChangesFrom(Map.of("SANDBOX_ADMIN_PORT", "70000")))
			.withMessageContaining("SANDBOX_ADMIN_PORT");
	}

}
