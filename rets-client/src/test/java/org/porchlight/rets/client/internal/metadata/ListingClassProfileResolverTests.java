package org.porchlight.rets.client.internal.metadata;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.porchlight.rets.client.RetsClient;
import org.porchlight.rets.client.RetsClientConfig;
import org.porchlight.rets.client.RetsException;
import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.LookupValue;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;
import org.porchlight.rets.client.replay.FlexmlsReplay;
import org.porchlight.rets.client.replay.ReplayServer;

/**
 * Profile resolution on the flexmls metadata as recorded (loaded through the client from the replay server), and
 * on small models for the rules the recording does not exercise.
 */
class ListingClassProfileResolverTests {

	private static RetsMetadata flexmls;

	@BeforeAll
	static void loadRecordedMetadata() throws IOException {
		try (ReplayServer server = FlexmlsReplay.start();
				RetsClient client = RetsClient.create(RetsClientConfig.builder()
					.loginUrl(server.loginUrl())
					.username("demo")
					.password("secret")
					.build())) {
			flexmls = client.metadata();
		}
	}

	@AfterAll
	static void forget() {
		flexmls = null;
	}

	@Test
	void recordedMetadataGivesKeyAndStatus() {
		MetadataResource property = flexmls.resource("Property").orElseThrow();
		MetadataClass residential = property.metadataClass("A").orElseThrow();

		assertThat(ListingClassProfileResolver.keyField(property, residential).systemName()).isEqualTo("LIST_1");
		assertThat(ListingClassProfileResolver.statusField(residential).orElseThrow().systemName()).isEqualTo("LIST_15");
		assertThat(ListingClassProfileResolver.modificationTimestampField(residential).orElseThrow().systemName())
			.isEqualTo("LIST_87");
	}

	@Test
	void recordedMetadataLacksTheStatusLookup() {
		assertThatThrownBy(() -> ListingClassProfileResolver.resolve(flexmls, "Property", "A"))
			.isInstanceOf(RetsException.class)
			.hasMessage("No Active value found for status field LIST_15 of Property:A: its lookup "
					+ "20000426151013377656000000 is not in the metadata of resource Property "
					+ "(lookups loaded: [20000426151013376279000000])");
	}

	@Test
	void recordedMetadataWithStatusLookupResolvesFully() {
		RetsMetadata withStatus = withLookup(flexmls, "Property",
				new MetadataLookup("20000426151013377656000000", "Status", List.of(
						new LookupValue("OV61GOJ13C0", "A", "Active"), new LookupValue("OV61GOJ13C1", "P", "Pending"),
						new LookupValue("OV61GOJ13C2", "Active", "Active Under Contract"))));

		ListingClassProfile profile = ListingClassProfile.resolve(withStatus, "property", "a");

		assertThat(profile.resourceId()).isEqualTo("Property");
		assertThat(profile.className()).isEqualTo("A");
		assertThat(profile.keyField()).isEqualTo("LIST_1");
		assertThat(profile.statusField()).isEqualTo("LIST_15");
		assertThat(profile.statusLookupName()).isEqualTo("20000426151013377656000000");
		assertThat(profile.activeValues()).containsExactlyInAnyOrder("OV61GOJ13C0", "OV61GOJ13C2");
		assertThat(profile.modificationTimestampField()).isEqualTo("LIST_87");
		assertThat(profile.photoCountField()).isEqualTo("LIST_133");
		assertThat(profile.photoTimestampField()).isEqualTo("LIST_134");
	}

	@Test
	void statusFieldWithoutLookupMeansLiteralActive() {
		RetsMetadata metadata = model(List.of(field("K", null, null, "Character", null),
				field("STAT", null, "Status", "Character", null)), Map.of());

		ListingClassProfile profile = ListingClassProfile.resolve(metadata, "Property", "RES");

		assertThat(profile.statusField()).isEqualTo("STAT");
		assertThat(profile.statusLookupName()).isNull();
		assertThat(profile.activeValues()).containsExactly("Active");
		assertThat(profile.modificationTimestampField()).isNull();
		assertThat(profile.photoCountField()).isNull();
	}

	@Test
	void fallbacksByLongNameAndStandardName() {
		RetsMetadata metadata = model(List.of(field("K", null, null, "Character", null),
				field("ST", "StandardStatus", null, "Character", "S"), field("TS", null, "Last Modified", "DateTime", null),
				field("PC", "PhotosCount", null, "Int", null), field("PT", "PhotosChangeTimestamp", null, "DateTime", null)),
				Map.of("S", new MetadataLookup("S", null, List.of(new LookupValue("ACT", "active", null)))));

		ListingClassProfile profile = ListingClassProfile.resolve(metadata, "Property", "RES");

		assertThat(profile.activeValues()).containsExactly("ACT");
		assertThat(profile.modificationTimestampField()).isEqualTo("TS");
		assertThat(profile.photoCountField()).isEqualTo("PC");
		assertThat(profile.photoTimestampField()).isEqualTo("PT");
	}

	@Test
	void missingStatusFieldNamesWhereItLooked() {
		RetsMetadata metadata = model(List.of(field("K", null, null, "Character", null)), Map.of());

		assertThatThrownBy(() -> ListingClassProfile.resolve(metadata, "Property", "RES")).isInstanceOf(RetsException.class)
			.hasMessageContaining("No status field found in Property:RES")
			.hasMessageContaining("StandardStatus, ListingStatus, Status, ListStatus");
	}

	@Test
	void missingActiveValueNamesTheLookup() {
		RetsMetadata metadata = model(List.of(field("K", null, null, "Character", null),
				field("ST", "ListStatus", null, "Character", "S")),
				Map.of("S", new MetadataLookup("S", null, List.of(new LookupValue("C", "Closed", "Closed")))));

		assertThatThrownBy(() -> ListingClassProfile.resolve(metadata, "Property", "RES")).isInstanceOf(RetsException.class)
			.hasMessageContaining("none of the 1 values of lookup S");
	}

	@Test
	void keyFieldMustBeInTheClass() {
		RetsMetadata metadata = model(List.of(field("OTHER", "ListingStatus", null, "Character", null)), Map.of());

		assertThatThrownBy(() -> ListingClassProfile.resolve(metadata, "Property", "RES")).isInstanceOf(RetsException.class)
			.hasMessage("KeyField K of resource Property is not a field of class Property:RES");
	}

	@Test
	void unknownClassListsTheClasses() {
		assertThatThrownBy(() -> ListingClassProfile.resolve(flexmls, "Property", "Z")).isInstanceOf(RetsException.class)
			.hasMessage("Class 'Z' is not in resource Property; classes are [A, B, C, D, E, F, G]");
	}

	private static MetadataField field(String name, String standardName, String longName, String type, String lookup) {
		return new MetadataField(name, standardName, longName, null, type, null, null, null, lookup, true);
	}

	private static RetsMetadata model(List<MetadataField> fields, Map<String, MetadataLookup> lookups) {
		MetadataClass res = new MetadataClass("RES", null, null, null, fields);
		MetadataResource property = new MetadataResource("Property", "Property", null, "K", List.of(res), lookups,
				List.of());
		return new RetsMetadata("S", null, "1", null, List.of(property));
	}

	private static RetsMetadata withLookup(RetsMetadata metadata, String resourceId, MetadataLookup lookup) {
		List<MetadataResource> resources = new ArrayList<>();
		for (MetadataResource resource : metadata.resources()) {
			if (resource.resourceId().equals(resourceId)) {
				Map<String, MetadataLookup> lookups = new java.util.HashMap<>(resource.lookups());
				lookups.put(lookup.lookupName(), lookup);
				resource = new MetadataResource(resource.resourceId(), resource.standardName(), resource.visibleName(),
						resource.keyField(), resource.classes(), lookups, resource.objectTypes());
			}
			resources.add(resource);
		}
		return new RetsMetadata(metadata.systemId(), metadata.systemDescription(), metadata.version(),
				metadata.timeZoneOffset(), resources);
	}

}
