package org.porchlight.sync;

import java.util.List;
import java.util.Map;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.ConstructorBinding;
import org.springframework.validation.annotation.Validated;

/**
 * The feeds to mirror into one store ({@code porchlight.feeds[0..n]}). When none is configured, the sync mirrors one
 * feed described by {@code porchlight.rets.*} and {@code porchlight.sync.*}. Schedule, paging, photo and
 * replication settings always come from {@code porchlight.sync.*}.
 *
 * @param feeds the feeds, synced one after the other in each run. Default: none
 */
@Validated
@ConfigurationProperties("porchlight")
public record FeedsProperties(@Valid List<Feed> feeds) {

	public FeedsProperties {
		feeds = (feeds != null) ? List.copyOf(feeds) : List.of();
	}

	/**
	 * One feed: a RETS server, the resource and class of its listings, and how its fields map.
	 *
	 * @param id name of the feed in the store, unique among the feeds; letters, digits, {@code _} and {@code -}
	 * @param rets the RETS server, with the settings of {@code porchlight.rets.*}
	 * @param resource RETS resource holding the listings. Default {@code Property}
	 * @param className RETS class of the listings. Default {@code A}
	 * @param mapping RESO field name to SystemName overrides, like {@code porchlight.sync.mapping}. Default: none
	 * @param deniedFields SystemNames never stored, in addition to the built-in list. Default: none
	 * @param openHouseResource RETS resource holding the open houses. Default: the resource whose StandardName or
	 * ResourceID is {@code OpenHouse}
	 * @param openHouseClass RETS class of the open houses. Default: the class whose StandardName is
	 * {@code OpenHouse}, else the open-house resource's first class
	 */
	public record Feed(@Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9_-]{0,63}",
			message = "must be 1 to 64 letters, digits, '_' or '-', starting with a letter or digit") String id,
			@NotNull @Valid RetsProperties rets, String resource, String className, Map<String, String> mapping,
			List<String> deniedFields, String openHouseResource, String openHouseClass) {

		@ConstructorBinding
		public Feed {
			resource = (resource != null) ? resource : "Property";
			className = (className != null) ? className : "A";
			mapping = (mapping != null) ? Map.copyOf(mapping) : Map.of();
			deniedFields = (deniedFields != null) ? List.copyOf(deniedFields) : List.of();
		}

		/** Creates a feed whose open houses are found in the server's metadata. */
		public Feed(String id, RetsProperties rets, String resource, String className, Map<String, String> mapping,
				List<String> deniedFields) {
			this(id, rets, resource, className, mapping, deniedFields, null, null);
		}

		/** Returns this feed with another connection and mapping, such as those saved on the admin settings page. */
		public Feed withSettings(RetsProperties rets, Map<String, String> mapping) {
			return new Feed(this.id, rets, this.resource, this.className, mapping, this.deniedFields,
					this.openHouseResource, this.openHouseClass);
		}

	}

}
