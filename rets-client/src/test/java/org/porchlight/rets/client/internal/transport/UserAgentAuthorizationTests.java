package org.porchlight.rets.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class UserAgentAuthorizationTests {

	@Test
	void digestOfUserAgentSessionAndVersion() {
		UserAgentAuthorization authorization = new UserAgentAuthorization("MyAgent/1.0", "ua-pass");

		String a1 = UserAgentAuthorization.md5Hex("MyAgent/1.0:ua-pass");
		assertThat(authorization.header("SESSION123", "RETS/1.7.2"))
			.isEqualTo("Digest " + UserAgentAuthorization.md5Hex(a1 + "::SESSION123:RETS/1.7.2"));
	}

	@Test
	void recomputedWhenSessionOrVersionChanges() {
		UserAgentAuthorization authorization = new UserAgentAuthorization("MyAgent/1.0", "ua-pass");

		String beforeLogin = authorization.header("", "RETS/1.7.2");
		String afterLogin = authorization.header("S1", "RETS/1.7.2");
		String otherVersion = authorization.header("S1", "RETS/1.5");

		assertThat(beforeLogin).isNotEqualTo(afterLogin);
		assertThat(afterLogin).isNotEqualTo(otherVersion);
		assertThat(authorization.header("S1", "RETS/1.5")).isEqualTo(otherVersion);
	}

	@Test
	void knownValueFromMd5sum() {
		// Both digests were computed with the md5sum command line tool.
		assertThat(UserAgentAuthorization.md5Hex("a:b")).isEqualTo("d8160c9b3dc20d4e931aeb4f45262155");
		assertThat(new UserAgentAuthorization("a", "b").header("s", "RETS/1.7.2")).isEqualTo("Digest 67b03b528fcc2ce864ce3dc9bd0db89e");
	}

}
