package org.porchlight.web.system;

import java.util.List;
import java.util.regex.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the pages under {@code /embed}, which agents' sites show in a frame, bound from
 * {@code porchlight.embed.*}.
 *
 * @param frameAncestors the sites allowed to frame the embed pages, as Content-Security-Policy
 * {@code frame-ancestors} sources such as {@code https://agent.example.com} or {@code 'self'}; default {@code *}, any
 * site. The rest of the site is never framed.
 */
@ConfigurationProperties("porchlight.embed")
public record EmbedProperties(@DefaultValue("*") List<String> frameAncestors) {

	/** A source expression without the characters that would end the directive or start another one. */
	private static final Pattern SOURCE = Pattern.compile("[^\\s;,]+");

	public EmbedProperties {
		if (frameAncestors == null || frameAncestors.isEmpty()) {
			throw new IllegalArgumentException("porchlight.embed.frame-ancestors must name at least one source, "
					+ "such as * or https://agent.example.com");
		}
		for (String source : frameAncestors) {
			if (source == null || !SOURCE.matcher(source).matches()) {
				throw new IllegalArgumentException("porchlight.embed.frame-ancestors contains an invalid source '"
						+ source + "': give one scheme, host or keyword per entry, without spaces or semicolons");
			}
		}
		frameAncestors = List.copyOf(frameAncestors);
	}

	/** Returns the Content-Security-Policy value that allows these sources to frame a page. */
	public String contentSecurityPolicy() {
		return "frame-ancestors " + String.join(" ", this.frameAncestors);
	}

}
