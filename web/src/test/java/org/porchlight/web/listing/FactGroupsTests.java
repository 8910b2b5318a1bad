package org.porchlight.web.listing;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;
import org.porchlight.web.listing.FactGroups.Group;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests how fact labels are sorted into the groups that buyers read. */
class FactGroupsTests {

	@Test
	void labelsGoToTheGroupBuyersExpect() {
		assertThat(FactGroups.groupOf("List Price")).isEqualTo(Group.PRICE_AND_STATUS);
		assertThat(FactGroups.groupOf("Days On Market")).isEqualTo(Group.PRICE_AND_STATUS);
		assertThat(FactGroups.groupOf("Living Area")).isEqualTo(Group.INTERIOR);
		assertThat(FactGroups.groupOf("Heating")).isEqualTo(Group.INTERIOR);
		assertThat(FactGroups.groupOf("Master Bedroom Level")).isEqualTo(Group.INTERIOR);
		assertThat(FactGroups.groupOf("Lot Size Area")).isEqualTo(Group.EXTERIOR_AND_LOT);
		assertThat(FactGroups.groupOf("Garage Spaces")).isEqualTo(Group.EXTERIOR_AND_LOT);
		assertThat(FactGroups.groupOf("Elementary School")).isEqualTo(Group.SCHOOLS);
		assertThat(FactGroups.groupOf("Sewer")).isEqualTo(Group.UTILITIES);
		assertThat(FactGroups.groupOf("Ext Features: Waterfront")).isEqualTo(Group.EXTERIOR_AND_LOT);
		assertThat(FactGroups.groupOf("High Ceilings")).isNotEqualTo(Group.SCHOOLS);
		assertThat(FactGroups.groupOf("County")).isEqualTo(Group.LOCATION);
		assertThat(FactGroups.groupOf("Association Fee")).isEqualTo(Group.FINANCIAL);
		assertThat(FactGroups.groupOf("Tax Annual Amount")).isEqualTo(Group.FINANCIAL);
		assertThat(FactGroups.groupOf("Virtual Tour URL")).isEqualTo(Group.LISTING_INFO);
		assertThat(FactGroups.groupOf("Horse Amenities")).isEqualTo(Group.OTHER);
	}

	@Test
	void groupsFollowPageOrderAndSkipEmptyOnes() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Horse Amenities", "Stable");
		facts.put("HOA Fee", "120");
		facts.put("Heating", "Forced air");
		facts.put("Cooling", "Central");
		List<FactGroups.FactGroup> groups = FactGroups.of(facts);
		assertThat(groups).extracting(FactGroups.FactGroup::group)
			.containsExactly(Group.INTERIOR, Group.FINANCIAL, Group.OTHER);
		assertThat(groups.get(0).facts()).extracting(Map.Entry::getKey).containsExactly("Heating", "Cooling");
	}

	@Test
	void standardNameDecidesOverLabel() {
		Map<String, String> facts = new LinkedHashMap<>();
		facts.put("Custom Field 11", "Lincoln High");
		facts.put("Zoning", "R1");
		facts.put("Heating", "Forced air");
		facts.put("Horse Amenities", "Stable");
		Map<String, String> standardNames = Map.of("Custom Field 11", "HighSchool", "Zoning", "Zoning", "Heating",
				"NotARESOName");

		List<FactGroups.FactGroup> groups = FactGroups.of(facts, standardNames);

		assertThat(groups).extracting(FactGroups.FactGroup::group)
			.containsExactly(Group.INTERIOR, Group.EXTERIOR_AND_LOT, Group.SCHOOLS, Group.OTHER);
		assertThat(groups.get(2).facts()).extracting(Map.Entry::getKey).containsExactly("Custom Field 11");
		assertThat(FactGroups.of(facts)).extracting(FactGroups.FactGroup::group)
			.containsExactly(Group.INTERIOR, Group.LOCATION, Group.OTHER);
	}

}
