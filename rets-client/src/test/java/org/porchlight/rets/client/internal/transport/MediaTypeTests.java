package org.porchlight.rets.client.internal.transport;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class MediaTypeTests {

	@Test
	void quotedBoundaryWithSpaces() {
		MediaType type = MediaType.parse("multipart/parallel; boundary=\"simple boundary\"; charset=utf-8");

		assertThat(type.type()).isEqualTo("multipart/parallel");
		assertThat(type.parameter("boundary")).isEqualTo("simple boundary");
		assertThat(type.charset()).isEqualTo("utf-8");
		assertThat(type.isMultipart()).isTrue();
	}

	@Test
	void unquotedBoundaryFollowedByParameters() {
		MediaType type = MediaType.parse("Multipart/Parallel;BOUNDARY=RB42; charset=UTF-8");

		assertThat(type.type()).isEqualTo("multipart/parallel");
		assertThat(type.parameter("boundary")).isEqualTo("RB42");
	}

	@Test
	void quotedBoundaryWithCharsetAfterIt() {
		MediaType type = MediaType.parse(
				"multipart/parallel; boundary=\"FLEXw24Oeh3Qj39eBCqgiRIzqjZMlKD1ezEkewKjov8SpIWwENV3ao\";charset=US-ASCII");

		assertThat(type.parameter("boundary")).isEqualTo("FLEXw24Oeh3Qj39eBCqgiRIzqjZMlKD1ezEkewKjov8SpIWwENV3ao");
		assertThat(type.charset()).isEqualTo("US-ASCII");
	}

	@Test
	void xmlTypes() {
		assertThat(MediaType.parse("text/xml;charset=US-ASCII").isXml()).isTrue();
		assertThat(MediaType.parse("application/xml").isXml()).isTrue();
		assertThat(MediaType.parse("image/jpeg").isXml()).isFalse();
		assertThat(MediaType.parse(null)).isEqualTo(MediaType.UNKNOWN);
	}

}
