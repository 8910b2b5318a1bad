package org.porchlight.sync.mapping;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import org.porchlight.rets.client.metadata.ListingClassProfile;
import org.porchlight.rets.client.metadata.LookupValue;
import org.porchlight.rets.client.metadata.MetadataClass;
import org.porchlight.rets.client.metadata.MetadataField;
import org.porchlight.rets.client.metadata.MetadataLookup;
import org.porchlight.rets.client.metadata.MetadataObjectType;
import org.porchlight.rets.client.metadata.MetadataResource;
import org.porchlight.rets.client.metadata.RetsMetadata;

/**
 * Metadata shaped like the flexmls demo feed's Property class A: the same SystemNames, StandardNames and LongNames
 * for the fields the mapper cares about, with small lookups.
 */
final class DemoMetadata {

	static final String STATUS_LOOKUP = "20000426151013377656000000";

	static final String ACTIVE = "20000426143537236530000000";

	static final String PENDING = "20000426143537245183000000";

	private DemoMetadata() {
	}

	static ListingClassProfile profile() {
		return new ListingClassProfile("Property", "A", "LIST_1", "LIST_15", STATUS_LOOKUP, Set.of(ACTIVE), "LIST_87",
				"LIST_133", "LIST_134");
	}

	static RetsMetadata metadata() {
		List<MetadataField> fields = new ArrayList<>();
		fields.add(field("LIST_1", null, "Internal Listing ID", "Character", null, null));
		fields.add(field("LIST_105", "ListingID", "Listing ID", "Character", null, null));
		fields.add(field("LIST_15", "ListingStatus", "Status", "Character", "Lookup", STATUS_LOOKUP));
		fields.add(field("LIST_10", "ListDate", "Begin Date", "Date", null, null));
		fields.add(field("LIST_22", "ListPrice", "List Price", "Decimal", "Number", null));
		fields.add(field("LIST_30", null, "Lock Box Nbr", "Character", null, null));
		fields.add(field("LIST_31", "StreetNumber", "House #", "Character", null, null));
		fields.add(field("LIST_34", "StreetName", "Street Name", "Character", null, null));
		fields.add(field("LIST_37", "StreetSuffix", "Street Suffix", "Character", null, null));
		fields.add(field("LIST_39", "City", "City", "Character", "Lookup", "CITY"));
		fields.add(field("LIST_40", "StateOrProvince", "State/Province", "Character", "Lookup", "STATE"));
		fields.add(field("LIST_41", "County", "County", "Character", null, null));
		fields.add(field("LIST_43", "PostalCode", "Postal Code", "Character", null, null));
		fields.add(field("LIST_46", "Latitude", "Geo Lat", "Decimal", "Number", null));
		fields.add(field("LIST_47", "Longitude", "Geo Lon", "Decimal", "Number", null));
		fields.add(field("LIST_48", "LivingArea", "Total SqFt.", "Decimal", "Number", null));
		fields.add(field("LIST_53", null, "Year Built", "Int", "Number", null));
		fields.add(field("LIST_58", null, "Year Built", "Character", null, null));
		fields.add(field("LIST_59", null, "Selling Office Comm.", "Character", null, null));
		fields.add(field("LIST_60", null, "Other Comm.", "Character", null, null));
		fields.add(field("LIST_66", "Bedrooms", "Total Bedrooms", "Int", "Number", null));
		fields.add(field("LIST_67", "BathsTotal", "Total Bathrooms", "Decimal", "Number", null));
		fields.add(field("LIST_77", "Subdivision", "Subdivision", "Character", null, null));
		fields.add(field("LIST_78", "PublicRemarks", "Public Remarks", "Character", null, null));
		fields.add(field("LIST_79", "Remarks", "Private Remarks", "Character", null, null));
		fields.add(field("LIST_82", "Directions", "Directions", "Character", null, null));
		fields.add(field("LIST_83", "OwnersName", "Owner", "Character", null, null));
		fields.add(field("LIST_84", null, "Owner Phone", "Character", null, null));
		fields.add(field("LIST_85", null, "Owner Contact", "Character", null, null));
		fields.add(field("LIST_86", "ShowingInstructions", "How To Show", "Character", null, null));
		fields.add(field("LIST_87", "ModificationTimestamp", "Timestamp", "DateTime", null, null));
		fields.add(field("LIST_96", null, "Buyer", "Character", null, null));
		fields.add(field("LIST_104", null, "Display on Public Websites", "Character", null, null));
		fields.add(field("LIST_133", null, "Picture Count", "Int", "Number", null));
		fields.add(field("LIST_134", null, "Picture Timestamp", "DateTime", null, null));
		fields.add(field("GF20000724202808614931000000", "Cooling", "Cooling", "Character", "LookupMulti",
				"COOLING"));
		fields.add(field("FEAT20021110210438929606000000", null, "Financial: Sales Commission", "Decimal", "Number",
				null));
		fields.add(field("LNV_semi_priv_remarks", null, "Semi-Private Remarks", "Character", null, null));
		fields.add(field("listing_member_name", null, "ListingMemberName", "Character", null, null));
		fields.add(field("listing_member_email", null, "ListingMemberEmail", "Character", null, null));
		fields.add(field("listing_office_name", null, "ListingOfficeName", "Character", null, null));
		fields.add(field("listing_office_phone", null, "ListingOfficePhone", "Character", null, null));
		fields.add(field("IDX_ADDRESS", "InternetAddressDisplayYN", "Display Address", "Boolean", null, null));

		Map<String, MetadataLookup> lookups = new LinkedHashMap<>();
		lookups.put(STATUS_LOOKUP, lookup(STATUS_LOOKUP, new LookupValue(ACTIVE, "A", "Active"),
				new LookupValue(PENDING, "P", "Pending"), new LookupValue("CLOSED1", "S", "Closed")));
		lookups.put("CITY", lookup("CITY", new LookupValue("C17", "FAR", "Fargo"),
				new LookupValue("C18", "BIS", "Bismarck")));
		lookups.put("STATE", lookup("STATE", new LookupValue("ND", "ND", "North Dakota")));
		lookups.put("COOLING", lookup("COOLING", new LookupValue("AC1", "CA", "Central Air"),
				new LookupValue("AC2", "CF", "Ceiling Fans"), new LookupValue("AC3", "WU", "Window Unit")));

		MetadataClass residential = new MetadataClass("A", "ResidentialProperty", "Residential", "Residential",
				fields);
		MetadataResource property = new MetadataResource("Property", "Property", "Property", "LIST_1",
				List.of(residential), lookups,
				List.of(new MetadataObjectType("Photo", "image/jpeg", "Photo", "Photos", "LIST_134", "LIST_133")));
		return new RetsMetadata("demomls", "Demo MLS", "01.03.28598", "-05:00", List.of(property));
	}

	/** Returns an Active record with a value in every field above, confidential ones included. */
	static Map<String, String> record(String key) {
		Map<String, String> record = new LinkedHashMap<>();
		record.put("LIST_1", key);
		record.put("LIST_105", "ML-" + key);
		record.put("LIST_15", ACTIVE);
		record.put("LIST_10", "2024-02-20");
		record.put("LIST_22", "249900.00");
		record.put("LIST_30", "LOCKBOX-SECRET-4711");
		record.put("LIST_31", "1402");
		record.put("LIST_34", "Elm");
		record.put("LIST_37", "St");
		record.put("LIST_39", "C17");
		record.put("LIST_40", "ND");
		record.put("LIST_41", "Cass");
		record.put("LIST_43", "58102");
		record.put("LIST_46", "46.877186");
		record.put("LIST_47", "-96.789803");
		record.put("LIST_48", "1850.00");
		record.put("LIST_53", "1978");
		record.put("LIST_58", "about 1978");
		record.put("LIST_59", "COMMISSION-SECRET-3pct");
		record.put("LIST_60", "OTHERCOMM-SECRET-1pct");
		record.put("LIST_66", "3");
		record.put("LIST_67", "2.50");
		record.put("LIST_77", "Oak Park");
		record.put("LIST_78", "Bright ranch home near the park.");
		record.put("LIST_79", "PRIVATE-SECRET seller motivated");
		record.put("LIST_82", "North on 10th Street");
		record.put("LIST_83", "OWNER-SECRET Pat Doe");
		record.put("LIST_84", "OWNERPHONE-SECRET 555-0100");
		record.put("LIST_85", "OWNERCONTACT-SECRET");
		record.put("LIST_86", "SHOWING-SECRET call first");
		record.put("LIST_87", "2024-03-01T10:15:00");
		record.put("LIST_96", "BUYER-SECRET");
		record.put("LIST_104", "Y");
		record.put("LIST_133", "4");
		record.put("LIST_134", "2024-03-01T09:00:00.250");
		record.put("GF20000724202808614931000000", "AC1,AC2");
		record.put("FEAT20021110210438929606000000", "9999.99");
		record.put("LNV_semi_priv_remarks", "SEMIPRIVATE-SECRET");
		record.put("listing_member_name", "Agent Placeholder A");
		record.put("listing_member_email", "EMAIL-SECRET@example.invalid");
		record.put("listing_office_name", "Prairie Realty");
		record.put("listing_office_phone", "(555) 010-0199");
		record.put("IDX_ADDRESS", "Y");
		return record;
	}

	private static MetadataField field(String systemName, String standardName, String longName, String dataType,
			String interpretation, String lookupName) {
		return new MetadataField(systemName, standardName, longName, longName, dataType, 100, null, interpretation,
				lookupName, true);
	}

	private static MetadataLookup lookup(String name, LookupValue... values) {
		return new MetadataLookup(name, name, List.of(values));
	}

}
