package org.porchlight.sandbox.internal.listing;

import java.io.ByteArrayInputStream;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import javax.xml.stream.XMLInputFactory;
import javax.xml.stream.XMLStreamConstants;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamReader;

import org.porchlight.sandbox.internal.metadata.CapturedResponse;
import org.porchlight.sandbox.internal.metadata.FieldDefinition;
import org.porchlight.sandbox.internal.metadata.LookupValues;
import org.porchlight.sandbox.internal.metadata.MetadataCatalog;

/**
 * The three real class A records of a captured flexmls COMPACT-DECODED search, turned back into COMPACT
 * values: LongValues become lookup codes, and columns that the captured METADATA-TABLE lacks are
 * dropped.
 */
public final class CapturedListings {

	/** The MLS Identifier (LIST_0) of every demomls record. */
	static final String MLS_IDENTIFIER = "20000426143505724628000000";

	/** The Property Group ID (LIST_7) of the captured records. */
	static final String PROPERTY_GROUP_ID = "19990816212109142258000000";

	/** The List Office Board ID (LIST_163) of the first captured record. */
	static final String BOARD_ID = "20090701132854587193000000";

	/** The List Office Board Code (BOARDCODE) of the first captured record. */
	static final String BOARD_CODE = "Test Association";

	private static final String CAPTURE = "org/porchlight/sandbox/captured/search-property-a-decoded.txt";

	private CapturedListings() {
	}

	/**
	 * Loads the captured records.
	 * @param fields the fields of class A
	 * @param photos the photo library; each record gets as many photos as its Picture Count (LIST_133)
	 * @throws IllegalStateException if a decoded value has no code in the sandbox's lookups
	 */
	public static List<Listing> load(MetadataCatalog catalog, Map<String, FieldDefinition> fields,
			PhotoLibrary photos) {
		byte[] body = CapturedResponse.load(CAPTURE).body();
		List<String> columns = null;
		List<Listing> listings = new ArrayList<>();
		for (String[] line : readLines(body)) {
			if (line[0].equals("COLUMNS")) {
				columns = split(line[1]);
			}
			else if (columns != null) {
				listings.add(toListing(catalog, fields, photos, columns, split(line[1])));
			}
		}
		return listings;
	}

	private static Listing toListing(MetadataCatalog catalog, Map<String, FieldDefinition> fields,
			PhotoLibrary photos, List<String> columns, List<String> decoded) {
		Map<String, String> values = new LinkedHashMap<>();
		for (int i = 0; i < columns.size(); i++) {
			FieldDefinition field = fields.get(columns.get(i));
			String value = decoded.get(i);
			if (field == null || value.isEmpty()) {
				continue;
			}
			values.put(field.systemName(), field.isLookup() ? encode(catalog, field, value) : value);
		}
		String key = values.get("LIST_1");
		int photoCount = Integer.parseInt(values.getOrDefault("LIST_133", "0"));
		int first = Math.floorMod(key.hashCode(), photos.size());
		List<ListingPhoto> listingPhotos = new ArrayList<>();
		for (int i = 0; i < photoCount; i++) {
			listingPhotos.add(new ListingPhoto((first + i) % photos.size()));
		}
		return new Listing(key, values, listingPhotos);
	}

	private static String encode(MetadataCatalog catalog, FieldDefinition field, String decoded) {
		LookupValues lookup = catalog.lookup(field.lookupName())
			.orElseThrow(() -> new IllegalStateException("No values for lookup " + field.lookupName() + " of field "
					+ field.systemName() + ", which a captured record uses"));
		List<String> longValues = field.isMultiLookup() ? List.of(decoded.split(",")) : List.of(decoded);
		List<String> codes = new ArrayList<>();
		for (String longValue : longValues) {
			codes.add(lookup.codeOf(longValue)
				.orElseThrow(() -> new IllegalStateException("Lookup " + field.lookupName() + " of field "
						+ field.systemName() + " has no value '" + longValue + "', which a captured record uses")));
		}
		return String.join(",", codes);
	}

	// Splits a COMPACT line that starts and ends with the tab delimiter.
	private static List<String> split(String line) {
		String inner = line.startsWith("\t") ? line.substring(1) : line;
		if (inner.endsWith("\t")) {
			inner = inner.substring(0, inner.length() - 1);
		}
		return List.of(inner.split("\t", -1));
	}

	private static List<String[]> readLines(byte[] body) {
		List<String[]> lines = new ArrayList<>();
		try {
			XMLStreamReader reader = XMLInputFactory.newFactory().createXMLStreamReader(new ByteArrayInputStream(body));
			while (reader.hasNext()) {
				if (reader.next() == XMLStreamConstants.START_ELEMENT) {
					String name = reader.getLocalName();
					if (name.equals("COLUMNS") || name.equals("DATA")) {
						lines.add(new String[] { name, reader.getElementText() });
					}
				}
			}
		}
		catch (XMLStreamException ex) {
			throw new IllegalStateException("Captured search response " + CAPTURE + " is not well-formed", ex);
		}
		return lines;
	}

}
