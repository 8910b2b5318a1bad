package org.porchlight.web.admin;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.porchlight.web.WebTestSupport;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

/** Tests that repeated failed sign-ins lock the user name and the client address for 15 minutes. */
class SignInThrottleTests extends WebTestSupport {

	@Autowired
	private SignInThrottle throttle;

	@AfterEach
	void clearThrottle() {
		this.throttle.clear();
	}

	@Test
	void fiveFailuresLockTheUserNameEvenWithTheRightPassword() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn(ADMIN_USERNAME, "wrong-" + attempt, "192.0.2." + attempt))
				.hasRedirectedUrl("/admin/login?error");
		}

		assertThat(signIn(ADMIN_USERNAME, ADMIN_PASSWORD, "192.0.2.99")).hasRedirectedUrl("/admin/login?locked");
		assertThat(signIn(ADMIN_USERNAME.toUpperCase(), ADMIN_PASSWORD, "192.0.2.98"))
			.hasRedirectedUrl("/admin/login?locked");
	}

	@Test
	void fiveFailuresFromOneAddressLockThatAddress() {
		for (int attempt = 1; attempt <= 5; attempt++) {
			assertThat(signIn("guess" + attempt, "wrong", "198.51.100.7")).hasRedirectedUrl("/admin/login?error");
		}

		assertThat(signIn(ADMIN_USERNAME, ADMIN_PASSWORD, "198.51.100.7")).hasRedirectedUrl("/admin/login?locked");
		assertThat(signIn(ADMIN_USERNAME, ADMIN_PASSWORD, "198.51.100.8")).hasRedirectedUrl("/admin");
	}

	@Test
	void fourFailuresThenSuccessClearTheCount() {
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(ADMIN_USERNAME, "wrong", "203.0.113." + attempt);
		}
		assertThat(signIn(ADMIN_USERNAME, ADMIN_PASSWORD, "203.0.113.50")).hasRedirectedUrl("/admin");
		for (int attempt = 1; attempt <= 4; attempt++) {
			signIn(ADMIN_USERNAME, "wrong", "203.0.113." + (10 + attempt));
		}
		assertThat(signIn(ADMIN_USERNAME, ADMIN_PASSWORD, "203.0.113.51")).hasRedirectedUrl("/admin");
	}

	@Test
	void lockEndsFifteenMinutesAfterTheLastFailure() {
		MutableClock clock = new MutableClock(Instant.parse("2026-03-01T12:00:00Z"));
		SignInThrottle throttle = new SignInThrottle(5, Duration.ofMinutes(15), clock);
		for (int attempt = 0; attempt < 5; attempt++) {
			throttle.failed("pat", "10.0.0.1");
		}
		assertThat(throttle.isLocked("pat", "10.0.0.2")).isTrue();
		assertThat(throttle.isLocked("someone", "10.0.0.1")).isTrue();

		clock.advance(Duration.ofMinutes(14));
		assertThat(throttle.isLocked("pat", "10.0.0.2")).isTrue();
		clock.advance(Duration.ofMinutes(2));
		assertThat(throttle.isLocked("pat", "10.0.0.2")).isFalse();
		assertThat(throttle.isLocked("someone", "10.0.0.1")).isFalse();

		throttle.failed("pat", "10.0.0.1");
		assertThat(throttle.isLocked("pat", "10.0.0.2")).as("the count starts again after a lock ends").isFalse();
	}

	private MvcTestResult signIn(String username, String password, String address) {
		return this.mvc.post().uri("/admin/login").param("username", username).param("password", password).with(csrf())
			.with((request) -> {
				request.setRemoteAddr(address);
				return request;
			})
			.exchange();
	}

	/** A clock that tests move forward. */
	private static final class MutableClock extends Clock {

		private Instant now;

		MutableClock(Instant now) {
			this.now = now;
		}

		void advance(Duration duration) {
			this.now = this.now.plus(duration);
		}

		@Override
		public ZoneId getZone() {
			return ZoneOffset.UTC;
		}

		@Override
		public Clock withZone(ZoneId zone) {
			return this;
		}

		@Override
		public Instant instant() {
			return this.now;
		}

	}

}
