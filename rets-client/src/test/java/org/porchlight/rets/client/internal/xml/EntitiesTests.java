package org.porchlight.rets.client.internal.xml;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EntitiesTests {

	@Test
	void predefinedEntities() {
		assertThat(Entities.decode("&lt;b&gt; &amp; &quot;q&quot; &apos;a&apos;")).isEqualTo("<b> & \"q\" 'a'");
	}

	@Test
	void numericReferences() {
		assertThat(Entities.decode("&#177;&#xB1;&#Xb1;")).isEqualTo("±±±");
	}

	@Test
	void surrogateHalvesFormOneCharacter() {
		assertThat(Entities.decode("smile &#55357;&#56842;!")).isEqualTo("smile \uD83D\uDE0A!");
	}

	@Test
	void loneSurrogateIsReplaced() {
		assertThat(Entities.decode("x&#55357;y")).isEqualTo("x\uFFFDy");
	}

	@Test
	void unknownOrBrokenReferencesStayAsWritten() {
		assertThat(Entities.decode("AT&T & &nbsp; &#; &#0; &#x110000; &;")).isEqualTo("AT&T & &nbsp; &#; &#0; &#x110000; &;");
	}

}
