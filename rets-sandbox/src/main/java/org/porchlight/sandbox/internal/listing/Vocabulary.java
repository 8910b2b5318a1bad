package org.porchlight.sandbox.internal.listing;

import java.util.ArrayList;
import java.util.List;

/**
 * The words and places generated listings are made of: twelve real cities of the Red River valley and
 * central North Dakota (the region of the captured records), and fictional brokerages and agents.
 * Every phone number is in the 555-0100 to 555-0199 range reserved for fiction.
 */
final class Vocabulary {

	private Vocabulary() {
	}

	/**
	 * A city with its lookup LongValues, its approximate centre and a typical price per square foot.
	 */
	record City(String name, String state, String county, String area, double latitude, double longitude,
			List<String> postalCodes, int pricePerSquareFoot, int weight, String nearby) {
	}

	/** A fictional brokerage. */
	record Office(String name, String shortId, String phone, String address, String emailDomain) {
	}

	/** A fictional agent of one of the {@link #OFFICES}. */
	record Agent(String name, String shortId, String phone, int officeIndex) {
	}

	static final List<City> CITIES = List.of(
			new City("Fargo", "North Dakota", "Cass", "Fargo-Moorhead Metro", 46.8772, -96.7898,
					List.of("58102", "58103", "58104"), 165, 6, "downtown Fargo and the Red River trails"),
			new City("West Fargo", "North Dakota", "Cass", "Fargo-Moorhead Metro", 46.8750, -96.9004, List.of("58078"),
					170, 3, "the Sheyenne River parks"),
			new City("Moorhead", "Minnesota", "Clay", "Fargo-Moorhead Metro", 46.8738, -96.7678, List.of("56560"), 155, 3,
					"the Moorhead river corridor and the college campuses"),
			new City("Grand Forks", "North Dakota", "Grand Forks", "Grand Forks Area", 47.9253, -97.0329,
					List.of("58201", "58203"), 150, 3, "the Greenway and downtown Grand Forks"),
			new City("Bismarck", "North Dakota", "Burleigh", "Bismarck-Mandan", 46.8083, -100.7837,
					List.of("58501", "58503", "58504"), 170, 4, "the Capitol grounds and the Missouri River"),
			new City("Mandan", "North Dakota", "Morton", "Bismarck-Mandan", 46.8267, -100.8896, List.of("58554"), 150, 2,
					"the Missouri River and Fort Abraham Lincoln State Park"),
			new City("Jamestown", "North Dakota", "Stutsman", "Central North Dakota", 46.9105, -98.7084,
					List.of("58401"), 115, 1, "the Jamestown Reservoir"),
			new City("Valley City", "North Dakota", "Barnes", "Central North Dakota", 46.9233, -98.0032,
					List.of("58072"), 110, 1, "the Sheyenne River valley"),
			new City("Wahpeton", "North Dakota", "Richland", "Southeast North Dakota", 46.2652, -96.6059,
					List.of("58075"), 115, 1, "the Red River and downtown Wahpeton"),
			new City("Detroit Lakes", "Minnesota", "Becker", "Minnesota Lakes Country", 46.8172, -95.8453,
					List.of("56501"), 185, 2, "Detroit Lake and the city beach"),
			new City("Fergus Falls", "Minnesota", "Otter Tail", "Minnesota Lakes Country", 46.2830, -96.0776,
					List.of("56537"), 140, 1, "the Otter Tail River"),
			new City("Minot", "North Dakota", "Ward", "Minot Area", 48.2330, -101.2923, List.of("58701", "58703"), 140, 2,
					"Oak Park and downtown Minot"));

	static final List<Office> OFFICES = List.of(
			new Office("Prairie Lantern Realty", "P101", "(701) 555-0100", "410 Harvest Ave, Fargo, ND 58102",
					"prairielantern.example.com"),
			new Office("Twin Elms Property Co.", "P102", "(701) 555-0101", "88 Bison Way, West Fargo, ND 58078",
					"twinelms.example.com"),
			new Office("Red River Hearth Homes", "P103", "(218) 555-0102", "1200 Willow Dr, Moorhead, MN 56560",
					"redriverhearth.example.com"),
			new Office("Northwind Key Realty", "P104", "(701) 555-0103", "300 Aspen Blvd, Grand Forks, ND 58201",
					"northwindkey.example.com"),
			new Office("Capitol Prairie Real Estate", "P105", "(701) 555-0104", "215 Wheatland Ave, Bismarck, ND 58501",
					"capitolprairie.example.com"),
			new Office("Bluestem Gate Realty", "P106", "(701) 555-0105", "12 Meadow Ln, Jamestown, ND 58401",
					"bluestemgate.example.com"),
			new Office("Kettle Lake Home Group", "P107", "(218) 555-0106", "905 Birch Cir, Detroit Lakes, MN 56501",
					"kettlelake.example.com"),
			new Office("Sundog Property Partners", "P108", "(701) 555-0107", "20 Sunset Pl, Minot, ND 58701",
					"sundog.example.com"));

	private static final List<String> AGENT_FIRST_NAMES = List.of("Avery", "Brooke", "Caleb", "Dana", "Elliot",
			"Fiona", "Grant", "Hazel", "Isaac", "Jolene", "Kyle", "Lena", "Marcus", "Nora", "Owen", "Paige", "Quinn",
			"Rosa", "Silas", "Tessa", "Uriah", "Vera", "Wade", "Yvette");

	private static final List<String> AGENT_LAST_NAMES = List.of("Halvorson", "Lindqvist", "Brekke", "Olmstead",
			"Thorsgaard", "Kjelland", "Amundsen", "Rasmusson", "Dahlberg", "Nygaard", "Eklund", "Voss");

	/** Three agents per office, with phones 555-0110 to 555-0133. */
	static final List<Agent> AGENTS = agents();

	static final List<String> STREET_NAMES = List.of("Elm", "Oak", "Maple", "Cedar", "Prairie Rose", "Meadow",
			"Riverside", "Lincoln", "Park", "Lake", "Sunset", "Harvest", "Willow", "Birch", "Aspen", "Cottonwood",
			"Jefferson", "Roosevelt", "Bluestem", "Sheyenne", "Bison", "Wheatland");

	static final List<String> STREET_SUFFIXES = List.of("St", "Ave", "Dr", "Ln", "Ct", "Blvd", "Way", "Cir", "Pl");

	static final List<String> STYLES = List.of("Ranch", "Two Story", "Colonial", "Cape Cod", "Craftsman", "Bungalow",
			"Victorian", "Tudor", "Bi-Level", "Townhouse");

	static final List<String> OPENINGS = List.of("Welcome home to this {style} in {city}.",
			"Move-in ready {beds}-bedroom {style} on a quiet street.",
			"Well kept {style} close to schools and parks in {city}.",
			"Bright and spacious {beds} bed, {baths} bath home.", "Charming {year} {style} with room to grow.",
			"Sunny {style} on a corner lot with curb appeal to spare.");

	static final List<String> FEATURES = List.of(
			"The updated kitchen has new counters, a tiled backsplash and stainless appliances.",
			"Hardwood floors run through the main level.",
			"A finished lower level adds a family room and a guest bedroom.",
			"The fenced backyard has a deck and mature trees.",
			"New windows and a newer roof keep energy bills low.",
			"The primary suite has a walk-in closet and a private bath.",
			"A sunroom off the dining area looks over the yard.", "Main-floor laundry and a mudroom off the garage.",
			"Central air and a high-efficiency furnace were installed recently.",
			"Vaulted ceilings and large windows fill the living room with light.",
			"The heated garage has room for a workbench.", "A covered front porch is ready for summer evenings.");

	static final List<String> CLOSINGS = List.of("Schedule your showing today.",
			"Call the listing office for more information.", "The seller offers a one-year home warranty.",
			"Homes like this do not last long.");

	static final List<String> PRIVATE_REMARKS = List.of("Seller prefers a 30-day close.",
			"Offers reviewed Monday at noon.", "Seller will consider a rent-back.",
			"Pre-inspection report available on request.", "Tenant occupied until the end of the month.");

	static final List<String> SHOWING_INSTRUCTIONS = List.of("CONFIDENTIAL: call first", "CONFIDENTIAL: 24h notice",
			"CONFIDENTIAL: vacant, go", "CONFIDENTIAL: text agent");

	private static List<Agent> agents() {
		List<Agent> agents = new ArrayList<>();
		for (int i = 0; i < OFFICES.size() * 3; i++) {
			String name = AGENT_FIRST_NAMES.get(i) + " " + AGENT_LAST_NAMES.get((i * 5) % AGENT_LAST_NAMES.size());
			String phone = OFFICES.get(i / 3).phone().substring(0, 6) + " 555-01" + (10 + i);
			agents.add(new Agent(name, String.format("A%03d", 110 + i), phone, i / 3));
		}
		return List.copyOf(agents);
	}

}
