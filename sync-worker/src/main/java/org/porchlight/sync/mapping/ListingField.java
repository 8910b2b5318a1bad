package org.porchlight.sync.mapping;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiConsumer;

import org.porchlight.sync.store.Listing;

/**
 * The canonical listing fields, named as in the RESO Data Dictionary, with the RETS StandardNames that identify
 * them in a server's metadata and the {@link Listing} column that stores them.
 */
enum ListingField {

	LISTING_KEY("ListingKey", ValueType.TEXT, 128, null, List.of(), Listing::setListingKey),

	LISTING_ID("ListingId", ValueType.TEXT, 64, null,
			List.of("ListingId", "ListingID", "MLSNumber", "MlsNumber", "ListingNumber"), Listing::setListingId),

	STANDARD_STATUS("StandardStatus", ValueType.TEXT, 64, null, List.of(), Listing::setStandardStatus),

	MLS_STATUS("MlsStatus", ValueType.TEXT, 128, null, List.of(), Listing::setMlsStatus),

	PROPERTY_TYPE("PropertyType", ValueType.TEXT, 128, null, List.of("PropertyType"), Listing::setPropertyType),

	PROPERTY_SUB_TYPE("PropertySubType", ValueType.TEXT, 128, null, List.of("PropertySubType", "PropertySubtype"),
			Listing::setPropertySubType),

	LIST_PRICE("ListPrice", ValueType.DECIMAL, 15, 2, List.of("ListPrice"), Listing::setListPrice),

	STREET_NUMBER("StreetNumber", ValueType.TEXT, 32, null, List.of("StreetNumber"), Listing::setStreetNumber),

	STREET_DIR_PREFIX("StreetDirPrefix", ValueType.TEXT, 16, null,
			List.of("StreetDirPrefix", "StreetDirectionPrefix"), Listing::setStreetDirPrefix),

	STREET_NAME("StreetName", ValueType.TEXT, 128, null, List.of("StreetName"), Listing::setStreetName),

	STREET_SUFFIX("StreetSuffix", ValueType.TEXT, 32, null, List.of("StreetSuffix"), Listing::setStreetSuffix),

	STREET_DIR_SUFFIX("StreetDirSuffix", ValueType.TEXT, 16, null,
			List.of("StreetDirSuffix", "StreetDirectionSuffix"), Listing::setStreetDirSuffix),

	UNIT_NUMBER("UnitNumber", ValueType.TEXT, 32, null, List.of("UnitNumber"), Listing::setUnitNumber),

	UNPARSED_ADDRESS("UnparsedAddress", ValueType.TEXT, 255, null, List.of("UnparsedAddress", "FullStreetAddress"),
			Listing::setUnparsedAddress),

	CITY("City", ValueType.TEXT, 128, null, List.of("City"), Listing::setCity),

	STATE_OR_PROVINCE("StateOrProvince", ValueType.TEXT, 64, null, List.of("StateOrProvince", "State"),
			Listing::setStateOrProvince),

	POSTAL_CODE("PostalCode", ValueType.TEXT, 16, null, List.of("PostalCode", "ZipCode"), Listing::setPostalCode),

	COUNTY_OR_PARISH("CountyOrParish", ValueType.TEXT, 128, null, List.of("CountyOrParish", "County"),
			Listing::setCountyOrParish),

	SUBDIVISION_NAME("SubdivisionName", ValueType.TEXT, 128, null, List.of("SubdivisionName", "Subdivision"),
			Listing::setSubdivisionName),

	BEDROOMS_TOTAL("BedroomsTotal", ValueType.INTEGER, null, null, List.of("BedroomsTotal", "Bedrooms", "BedsTotal"),
			Listing::setBedroomsTotal),

	BATHROOMS_TOTAL_INTEGER("BathroomsTotalInteger", ValueType.INTEGER, null, null,
			List.of("BathroomsTotalInteger"), Listing::setBathroomsTotalInteger),

	BATHROOMS_TOTAL_DECIMAL("BathroomsTotalDecimal", ValueType.DECIMAL, 6, 2,
			List.of("BathroomsTotalDecimal", "BathsTotal", "BathroomsTotal"), Listing::setBathroomsTotalDecimal),

	LIVING_AREA("LivingArea", ValueType.DECIMAL, 12, 2, List.of("LivingArea", "SqFtTotal"),
			Listing::setLivingArea),

	LOT_SIZE_AREA("LotSizeArea", ValueType.DECIMAL, 14, 2, List.of("LotSizeArea", "LotSizeSquareFeet"),
			Listing::setLotSizeArea),

	YEAR_BUILT("YearBuilt", ValueType.INTEGER, null, null, List.of("YearBuilt"), Listing::setYearBuilt),

	LATITUDE("Latitude", ValueType.DECIMAL, 10, 7, List.of("Latitude"), Listing::setLatitude),

	LONGITUDE("Longitude", ValueType.DECIMAL, 10, 7, List.of("Longitude"), Listing::setLongitude),

	PUBLIC_REMARKS("PublicRemarks", ValueType.TEXT, 16000, null, List.of("PublicRemarks"),
			Listing::setPublicRemarks),

	LIST_OFFICE_NAME("ListOfficeName", ValueType.TEXT, 255, null, List.of("ListOfficeName", "ListingOfficeName"),
			Listing::setListOfficeName),

	LIST_OFFICE_PHONE("ListOfficePhone", ValueType.TEXT, 64, null, List.of("ListOfficePhone", "ListingOfficePhone"),
			Listing::setListOfficePhone),

	LIST_AGENT_FULL_NAME("ListAgentFullName", ValueType.TEXT, 255, null,
			List.of("ListAgentFullName", "ListAgentName", "ListingAgentName"), Listing::setListAgentFullName),

	LISTING_CONTRACT_DATE("ListingContractDate", ValueType.DATE, null, null,
			List.of("ListingContractDate", "ListDate", "ListingDate"), Listing::setListingContractDate),

	MODIFICATION_TIMESTAMP("ModificationTimestamp", ValueType.TIMESTAMP, null, null, List.of("ModificationTimestamp"),
			Listing::setModificationTimestamp),

	PHOTOS_COUNT("PhotosCount", ValueType.INTEGER, null, null, List.of("PhotosCount", "PhotoCount", "PictureCount"),
			null),

	PHOTOS_CHANGE_TIMESTAMP("PhotosChangeTimestamp", ValueType.TIMESTAMP, null, null,
			List.of("PhotosChangeTimestamp", "PhotoTimestamp", "PictureTimestamp"), null),

	INTERNET_ENTIRE_LISTING_DISPLAY_YN("InternetEntireListingDisplayYN", ValueType.BOOLEAN, null, null,
			List.of("InternetEntireListingDisplayYN", "InternetEntireListingDisplay", "InternetListingDisplayYN"), null),

	INTERNET_ADDRESS_DISPLAY_YN("InternetAddressDisplayYN", ValueType.BOOLEAN, null, null,
			List.of("InternetAddressDisplayYN", "InternetAddressDisplay"), null);

	private final String resoName;

	private final ValueType type;

	private final Integer length;

	private final Integer scale;

	private final List<String> standardNames;

	private final BiConsumer<Listing, Object> column;

	/**
	 * @param length maximum characters of a text column, or the precision (total digits) of a decimal column
	 * @param scale digits after the decimal point of a decimal column
	 * @param column sets the {@link Listing} column, or {@code null} when the engine handles the field itself
	 */
	@SuppressWarnings("unchecked")
	<T> ListingField(String resoName, ValueType type, Integer length, Integer scale, List<String> standardNames,
			BiConsumer<Listing, T> column) {
		this.resoName = resoName;
		this.type = type;
		this.length = length;
		this.scale = scale;
		this.standardNames = standardNames;
		this.column = (BiConsumer<Listing, Object>) column;
	}

	String resoName() {
		return this.resoName;
	}

	ValueType type() {
		return this.type;
	}

	Integer length() {
		return this.length;
	}

	Integer scale() {
		return this.scale;
	}

	List<String> standardNames() {
		return this.standardNames;
	}

	/** Returns whether a {@code Listing} column stores this field. */
	boolean hasColumn() {
		return this.column != null;
	}

	/** Sets this field's column of {@code listing}; {@code value} is {@code null} or of this field's type. */
	void apply(Listing listing, Object value) {
		this.column.accept(listing, value);
	}

	/** Returns whether configuration may point this field at another SystemName. */
	boolean isConfigurable() {
		return this != LISTING_KEY && this != STANDARD_STATUS && this != MLS_STATUS;
	}

	/** Finds the field with the RESO name {@code name}, ignoring case, because environment variables lose it. */
	static Optional<ListingField> byResoName(String name) {
		String wanted = name.toLowerCase(Locale.ROOT);
		for (ListingField field : values()) {
			if (field.resoName.toLowerCase(Locale.ROOT).equals(wanted)) {
				return Optional.of(field);
			}
		}
		return Optional.empty();
	}

}
