package org.porchlight.sandbox.internal.listing;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.SplittableRandom;

import org.porchlight.sandbox.internal.listing.Vocabulary.Agent;
import org.porchlight.sandbox.internal.listing.Vocabulary.City;
import org.porchlight.sandbox.internal.listing.Vocabulary.Office;
import org.porchlight.sandbox.internal.metadata.FieldDefinition;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;

/**
 * Generates residential listings (class A) that conform to the captured metadata. The same seed always
 * gives the same listings in the same order, because every value comes from a {@link SplittableRandom}
 * seeded with it and every date is relative to a reference time derived from the seed, never from the
 * clock.
 */
public final class ListingGenerator {

	/** Modification timestamps of generated listings fall in this many days before the reference time. */
	static final int MODIFICATION_WINDOW_DAYS = 90;

	private static final DateTimeFormatter KEY_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");

	private static final LocalDateTime EARLIEST_REFERENCE = LocalDateTime.of(2025, 1, 1, 0, 0);

	private static final String[] STATUSES = { "Active", "Pending", "Closed", "Expired", "Withdrawn" };

	// Percentages of STATUSES: about 60% Active, the rest spread over the other states.
	private static final int[] STATUS_WEIGHTS = { 60, 12, 15, 7, 6 };

	private static final int[] BEDROOM_WEIGHTS = { 5, 18, 35, 28, 10, 4 };

	private final MetadataCatalog catalog;

	private final Map<String, FieldDefinition> fields;

	private final PhotoLibrary photos;

	private final SplittableRandom master;

	private final LocalDateTime referenceTime;

	private final Set<String> usedKeys = new HashSet<>();

	private final Map<String, Integer> lastSequenceByPrefix = new HashMap<>();

	private int ownerNumber = 1000;

	public ListingGenerator(MetadataCatalog catalog, Map<String, FieldDefinition> fields, PhotoLibrary photos,
			long seed) {
		this.catalog = catalog;
		this.fields = fields;
		this.photos = photos;
		this.master = new SplittableRandom(seed);
		this.referenceTime = referenceTime(seed);
	}

	/** Returns the fixed instant, in the server's local time, that generated dates are relative to. */
	public static LocalDateTime referenceTime(long seed) {
		long secondsInYear = 365L * 24 * 3600;
		return EARLIEST_REFERENCE.plusSeconds(new SplittableRandom(seed).nextLong(secondsInYear));
	}

	/** Returns the reference time of this generator's seed. */
	public LocalDateTime referenceTime() {
		return this.referenceTime;
	}

	/** Marks a key as taken, so that no generated listing gets it. */
	public void reserveKey(String key) {
		this.usedKeys.add(key);
	}

	/** Generates the next listing, modified at some time in the 90 days before the reference time. */
	public Listing next() {
		SplittableRandom random = this.master.split();
		long windowSeconds = MODIFICATION_WINDOW_DAYS * 24L * 3600;
		LocalDateTime modified = this.referenceTime.minusSeconds(random.nextLong(windowSeconds));
		return generate(random, modified, pickStatus(random));
	}

	/** Generates the next listing with a given status and modification timestamp. */
	public Listing next(String status, LocalDateTime modified) {
		return generate(this.master.split(), modified, status);
	}

	private Listing generate(SplittableRandom random, LocalDateTime modified, String status) {
		RecordBuilder record = new RecordBuilder(this.fields, this.catalog);
		City city = pickCity(random);
		StatusDates dates = StatusDates.pick(random, status, modified.toLocalDate());
		LocalDateTime entered = dates.listDate().atTime(8, 0).plusSeconds(random.nextInt(10 * 3600));
		if (entered.isAfter(modified)) {
			entered = modified;
		}
		String key = newKey(random, entered);
		writeIdentity(record, key, dates.listDate());
		writeStatus(record, status, dates, entered, modified);
		House house = House.pick(random, city, this.referenceTime.getYear());
		writeAddress(record, random, city);
		writeHouse(record, random, city, house);
		writeRemarks(record, random, city, house);
		writeAgents(record, random, status);
		writeConfidential(record, random);
		List<ListingPhoto> listingPhotos = pickPhotos(random);
		record.number("LIST_133", listingPhotos.size());
		long photoSeconds = ChronoUnit.SECONDS.between(entered, modified);
		record.dateTime("LIST_134", entered.plusSeconds((photoSeconds > 0) ? random.nextLong(photoSeconds + 1) : 0));
		record.text("LIST_104", (random.nextInt(100) < 93) ? "Y" : "N");
		ListingRooms.write(record, key, house.bedrooms());
		return new Listing(key, record.values(), listingPhotos);
	}

	private void writeIdentity(RecordBuilder record, String key, LocalDate listDate) {
		String prefix = String.format("%02d", listDate.getYear() % 100);
		int sequence = this.lastSequenceByPrefix.merge(prefix, 101, (last, first) -> last + 1);
		record.text("LIST_0", CapturedListings.MLS_IDENTIFIER);
		record.text("LIST_1", key);
		record.text("LIST_2", prefix);
		record.number("LIST_3", sequence);
		record.text("LIST_4", "Y");
		record.text("LIST_7", CapturedListings.PROPERTY_GROUP_ID);
		record.text("LIST_8", "A");
		record.text("LIST_105", prefix + "-" + sequence);
		record.text("LIST_163", CapturedListings.BOARD_ID);
		record.text("BOARDCODE", CapturedListings.BOARD_CODE);
		record.number("LIST_162", 0);
	}

	private void writeStatus(RecordBuilder record, String status, StatusDates dates, LocalDateTime entered,
			LocalDateTime modified) {
		record.lookup("LIST_15", status);
		record.dateTime("LIST_87", modified);
		record.dateTime("LIST_132", entered);
		record.date("LIST_10", dates.listDate());
		record.date("LIST_11", dates.expirationDate());
		record.date("LIST_16", dates.statusChangeDate());
		if (dates.contractDate() != null) {
			record.date("LIST_13", dates.contractDate());
		}
		if (status.equals("Closed")) {
			record.date("LIST_12", dates.statusChangeDate());
		}
		if (status.equals("Withdrawn")) {
			record.date("LIST_17", dates.statusChangeDate());
		}
		LocalDate end = status.equals("Active") ? modified.toLocalDate() : dates.statusChangeDate();
		record.text("LIST_135", Long.toString(Math.max(0, ChronoUnit.DAYS.between(dates.listDate(), end))));
	}

	private void writeAddress(RecordBuilder record, SplittableRandom random, City city) {
		record.text("LIST_31", Integer.toString(100 + random.nextInt(4900)));
		if (random.nextInt(100) < 20) {
			int number = 1 + random.nextInt(45);
			record.text("LIST_34", ordinal(number));
			record.text("LIST_37", random.nextBoolean() ? "St" : "Ave");
			record.text("LIST_36", random.nextBoolean() ? "N" : "S");
		}
		else {
			if (random.nextInt(100) < 10) {
				record.text("LIST_33", pick(random, List.of("N", "S", "E", "W")));
			}
			record.text("LIST_34", pick(random, Vocabulary.STREET_NAMES));
			record.text("LIST_37", pick(random, Vocabulary.STREET_SUFFIXES));
		}
		record.lookup("LIST_39", city.name());
		record.lookup("LIST_40", city.state());
		record.lookup("LIST_41", city.county());
		record.lookup("LIST_42", "United States");
		record.lookup("LIST_43", pick(random, city.postalCodes()));
		record.lookup("LIST_29", city.area());
		record.number("LIST_46", city.latitude() + (random.nextDouble() - 0.5) * 0.08);
		record.number("LIST_47", city.longitude() + (random.nextDouble() - 0.5) * 0.12);
		record.text("LIST_80", String.format("%02d-%04d-%05d-000", random.nextInt(100), random.nextInt(10000),
				random.nextInt(100000)));
		String street = record.get("LIST_34") + " " + record.get("LIST_37");
		record.text("LIST_82", "From the center of " + city.name() + ", head " + pick(random, List.of("north",
				"south", "east", "west")) + " to " + street + "; the house is on the "
				+ (random.nextBoolean() ? "left." : "right."));
	}

	private void writeHouse(RecordBuilder record, SplittableRandom random, City city, House house) {
		record.number("LIST_22", house.price());
		int markup = (random.nextInt(100) < 30) ? 2 + random.nextInt(7) : 0;
		record.number("LIST_21", Math.round(house.price() * (100 + markup) / 100.0 / 100) * 100.0);
		record.number("LIST_48", house.livingArea());
		record.number("LIST_53", house.yearBuilt());
		record.text("LIST_54", house.style());
		record.number("LIST_57", 0.12 + random.nextDouble() * (city.area().contains("Lakes") ? 2.0 : 0.5));
		record.number("LIST_64", house.stories());
		record.number("LIST_65", house.bedrooms() + 3 + random.nextInt(3));
		record.number("LIST_66", house.bedrooms());
		record.number("LIST_67", house.fullBaths() + 0.5 * house.halfBaths());
		record.number("LIST_69", house.halfBaths());

		record.lookup("LIST_71", pickWeighted(random, new String[] { "Single", "Double", "Triple", "None" },
				new int[] { 25, 50, 15, 10 }));
		record.number("LIST_75", house.price() * (0.011 + random.nextDouble() * 0.005));
		record.number("LIST_76", this.referenceTime.getYear() - 1);
		String bookSection = house.style().equals("Townhouse") ? "Townhouse and Condos"
				: (city.area().contains("Lakes") && random.nextInt(100) < 40) ? "Lake/Other" : "Residential In City";
		record.lookup("LIST_9", bookSection);

		if (random.nextInt(100) < 40) {
			record.lookup("LIST_77", pick(random, List.of("Prairie Rose", "Eagle Run", "Maple Ridge", "Osgood")));
		}
		record.lookup("FEAT20000426150657626652000000", pickWeighted(random,
				new String[] { "No Pool", "Above Ground", "In Ground" }, new int[] { 80, 15, 5 }));
		List<String> appliances = new ArrayList<>(
				List.of("Dishwasher", "Dryer", "Microwave", "Range", "Refrigerator", "Washer"));
		while (appliances.size() > 2 + random.nextInt(4)) {
			appliances.remove(random.nextInt(appliances.size()));
		}
		record.lookup("GF20000426144503192975000000", appliances.toArray(String[]::new));
	}

	private void writeRemarks(RecordBuilder record, SplittableRandom random, City city, House house) {
		List<String> sentences = new ArrayList<>();
		sentences.add(pick(random, Vocabulary.OPENINGS));
		List<String> features = new ArrayList<>(Vocabulary.FEATURES);
		int featureCount = 2 + random.nextInt(2);
		for (int i = 0; i < featureCount; i++) {
			sentences.add(features.remove(random.nextInt(features.size())));
		}
		sentences.add("Close to " + city.nearby() + ".");
		sentences.add(pick(random, Vocabulary.CLOSINGS));
		String baths = record.get("LIST_67").replaceAll("\\.?0+$", "");
		String remarks = String.join(" ", sentences)
			.replace("{style}", house.style().toLowerCase(Locale.ROOT))
			.replace("{city}", city.name())
			.replace("{beds}", Integer.toString(house.bedrooms()))
			.replace("{baths}", baths)
			.replace("{year}", Integer.toString(house.yearBuilt()));
		record.text("LIST_78", remarks);
	}

	private void writeAgents(RecordBuilder record, SplittableRandom random, String status) {
		int agentIndex = random.nextInt(Vocabulary.AGENTS.size());
		Agent agent = Vocabulary.AGENTS.get(agentIndex);
		Office office = Vocabulary.OFFICES.get(agent.officeIndex());
		record.text("LIST_5", memberId(agentIndex));
		record.text("LIST_106", officeId(agent.officeIndex()));
		record.text("listing_member_name", agent.name());
		record.text("listing_member_shortid", agent.shortId());
		record.text("listing_member_phone", agent.phone());
		record.text("listing_member_email", email(agent, office));
		record.text("listing_office_name", office.name());
		record.text("listing_office_shortid", office.shortId());
		record.text("listing_office_phone", office.phone());
		record.text("listing_office_address", office.address());
		record.text("listing_office_email", "info@" + office.emailDomain());

		if (status.equals("Pending") || status.equals("Closed")) {
			int sellingIndex = random.nextInt(Vocabulary.AGENTS.size());
			Agent selling = Vocabulary.AGENTS.get(sellingIndex);
			Office sellingOffice = Vocabulary.OFFICES.get(selling.officeIndex());
			record.text("LIST_61", officeId(selling.officeIndex()));
			record.text("LIST_62", memberId(sellingIndex));
			record.text("selling_member_name", selling.name());
			record.text("selling_member_shortid", selling.shortId());
			record.text("selling_office_name", sellingOffice.name());
			record.text("selling_office_shortid", sellingOffice.shortId());
			record.text("selling_office_phone", sellingOffice.phone());
		}

		if (status.equals("Closed")) {
			double price = Double.parseDouble(record.get("LIST_22"));
			record.number("LIST_23", Math.round(price * (0.94 + random.nextDouble() * 0.09) / 100) * 100.0);
		}
	}

	private void writeConfidential(RecordBuilder record, SplittableRandom random) {
		int owner = this.ownerNumber++;
		record.text("LIST_79", "CONFIDENTIAL agent remarks: " + pick(random, Vocabulary.PRIVATE_REMARKS));
		record.text("LIST_86", pick(random, Vocabulary.SHOWING_INSTRUCTIONS));
		record.text("LIST_30", String.format("LKBX-%05d", random.nextInt(100000)));
		record.text("LIST_83", "Confidential Owner " + owner);
		record.text("LIST_84", "701-555-01" + (50 + random.nextInt(50)));
		record.text("LIST_85", "CONFIDENTIAL owner contact: owner" + owner + "@example.com");
		record.text("LIST_59", pick(random, List.of("CONF 2.5%", "CONF 3%", "CONF 2.7%")));
		record.text("LIST_60", "CONF $500 bonus");
	}

	private List<ListingPhoto> pickPhotos(SplittableRandom random) {
		int count = 1 + random.nextInt(6);
		int first = random.nextInt(this.photos.size());
		List<ListingPhoto> picked = new ArrayList<>();
		for (int i = 0; i < count; i++) {
			picked.add(new ListingPhoto((first + i) % this.photos.size()));
		}
		return picked;
	}

	// A flexmls technical id: the entry time to the second, six random digits and six zeros.
	private String newKey(SplittableRandom random, LocalDateTime entered) {
		String key;
		do {
			key = KEY_TIME.format(entered) + String.format("%06d", random.nextInt(1_000_000)) + "000000";
		}
		while (!this.usedKeys.add(key));
		return key;
	}

	private String pickStatus(SplittableRandom random) {
		return pickWeighted(random, STATUSES, STATUS_WEIGHTS);
	}

	private static City pickCity(SplittableRandom random) {
		int total = Vocabulary.CITIES.stream().mapToInt(City::weight).sum();
		int roll = random.nextInt(total);
		for (City city : Vocabulary.CITIES) {
			roll -= city.weight();
			if (roll < 0) {
				return city;
			}
		}
		throw new IllegalStateException("City weights do not add up");
	}

	static String memberId(int agentIndex) {
		return flexmlsId(LocalDateTime.of(2000, 4, 26, 17, 30, 54), agentIndex + 1);
	}

	static String officeId(int officeIndex) {
		return flexmlsId(LocalDateTime.of(2000, 4, 26, 17, 31, 7), officeIndex + 101);
	}

	private static String flexmlsId(LocalDateTime base, int index) {
		LocalDateTime time = base.plusDays(173L * index).plusSeconds(7919L * index);
		return KEY_TIME.format(time) + String.format("%06d", (index * 104_729L + 12_345) % 1_000_000) + "000000";
	}

	private static String email(Agent agent, Office office) {
		return agent.name().toLowerCase(Locale.ROOT).replace(' ', '.') + "@" + office.emailDomain();
	}

	private static String ordinal(int number) {
		int lastTwo = number % 100;
		String suffix = (lastTwo >= 11 && lastTwo <= 13) ? "th" : switch (number % 10) {
			case 1 -> "st";
			case 2 -> "nd";
			case 3 -> "rd";
			default -> "th";
		};
		return number + suffix;
	}

	static <T> T pick(SplittableRandom random, List<T> values) {
		return values.get(random.nextInt(values.size()));
	}

	static String pickWeighted(SplittableRandom random, String[] values, int[] weights) {
		int total = 0;
		for (int weight : weights) {
			total += weight;
		}
		int roll = random.nextInt(total);
		for (int i = 0; i < values.length; i++) {
			roll -= weights[i];
			if (roll < 0) {
				return values[i];
			}
		}
		throw new IllegalStateException("Weights do not add up");
	}

	/** The size and shape of one generated house. */
	record House(int bedrooms, int fullBaths, int halfBaths, double livingArea, double price, int yearBuilt,
			String style, double stories) {

		static House pick(SplittableRandom random, City city, int referenceYear) {
			int bedrooms = 1 + indexOf(random, BEDROOM_WEIGHTS);
			int fullBaths = (bedrooms <= 2) ? 1 : Math.min(3, 1 + random.nextInt(bedrooms - 1));
			int halfBaths = random.nextBoolean() ? 1 : 0;
			double livingArea = 650 + bedrooms * 330 + random.nextInt(720) - 120;
			double price = Math.max(60_000,
					Math.round(livingArea * city.pricePerSquareFoot() * (0.85 + random.nextDouble() * 0.35) / 100)
							* 100.0);
			// The square root leans the years towards recent construction.
			int yearBuilt = 1905 + (int) ((referenceYear - 1905) * Math.sqrt(random.nextDouble()));
			String style = ListingGenerator.pick(random, Vocabulary.STYLES);
			double stories = switch (style) {
				case "Two Story", "Colonial", "Victorian", "Tudor" -> 2.0;
				case "Cape Cod" -> 1.5;
				default -> 1.0;
			};
			return new House(bedrooms, fullBaths, halfBaths, livingArea, price, yearBuilt, style, stories);
		}

		private static int indexOf(SplittableRandom random, int[] weights) {
			int total = 0;
			for (int weight : weights) {
				total += weight;
			}
			int roll = random.nextInt(total);
			for (int i = 0; i < weights.length; i++) {
				roll -= weights[i];
				if (roll < 0) {
					return i;
				}
			}
			return weights.length - 1;
		}

	}

	/** The dates of a listing's life that its status implies; {@code contractDate} may be {@code null}. */
	record StatusDates(LocalDate listDate, LocalDate expirationDate, LocalDate contractDate,
			LocalDate statusChangeDate) {

		static StatusDates pick(SplittableRandom random, String status, LocalDate modified) {
			return switch (status) {
				case "Pending" -> {
					LocalDate listed = modified.minusDays(20 + random.nextInt(130));
					LocalDate contract = modified.minusDays(random.nextInt(15));
					yield new StatusDates(listed, listed.plusDays(180), contract, contract);
				}
				case "Closed" -> {
					LocalDate listed = modified.minusDays(60 + random.nextInt(140));
					LocalDate contract = listed.plusDays(5 + random.nextInt(35));
					LocalDate closed = contract.plusDays(20 + random.nextInt(25));
					if (closed.isAfter(modified)) {
						closed = modified;
					}
					yield new StatusDates(listed, listed.plusDays(180), contract, closed);
				}
				case "Expired" -> {
					LocalDate listed = modified.minusDays(180 + random.nextInt(30));
					yield new StatusDates(listed, listed.plusDays(180), null, listed.plusDays(180));
				}
				case "Withdrawn" -> {
					LocalDate listed = modified.minusDays(30 + random.nextInt(120));
					LocalDate withdrawn = modified.minusDays(random.nextInt(10));
					yield new StatusDates(listed, listed.plusDays(180), null, withdrawn);
				}
				default -> {
					LocalDate listed = modified.minusDays(random.nextInt(121));
					yield new StatusDates(listed, listed.plusDays(180), null, listed);
				}
			};
		}

	}

}
