package org.porchlight.web.listing;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import org.porchlight.web.listing.FactGroups.Group;

/**
 * The facts group of each RESO field that listing records commonly carry: names of the RESO Data Dictionary 1.7
 * Property resource, and the older RETS standard names that servers such as flexmls still send (such as
 * {@code Bedrooms}, {@code BathsTotal} or {@code ListingStatus}). Names are matched without regard to case.
 */
final class StandardNameGroups {

	private static final Map<String, Group> GROUPS = new HashMap<>();

	static {
		put(Group.PRICE_AND_STATUS, "ListPrice", "OriginalListPrice", "PreviousListPrice", "ClosePrice",
				"StandardStatus", "MlsStatus", "ListingStatus", "DaysOnMarket", "CumulativeDaysOnMarket",
				"PriceChangeTimestamp", "ContingentDate", "Contingency");
		put(Group.INTERIOR, "BedroomsTotal", "Bedrooms", "BedroomsPossible", "BathroomsTotalInteger",
				"BathroomsTotalDecimal", "BathroomsFull", "BathroomsHalf", "BathroomsThreeQuarter", "BathsTotal",
				"BathsFull", "BathsHalf", "BathsThreeQuarter", "LivingArea", "AboveGradeFinishedArea",
				"BelowGradeFinishedArea", "BuildingAreaTotal", "RoomsTotal", "TotalRooms", "Stories", "StoriesTotal",
				"Levels", "Heating", "HeatingYN", "Cooling", "CoolingYN", "Appliances", "Flooring", "FireplaceYN",
				"FireplacesTotal", "FireplaceFeatures", "InteriorFeatures", "Basement", "BasementYN", "LaundryFeatures",
				"WindowFeatures", "DoorFeatures", "AccessibilityFeatures", "SecurityFeatures", "MainLevelBedrooms",
				"MainLevelBathrooms");
		put(Group.EXTERIOR_AND_LOT, "YearBuilt", "YearBuiltEffective", "ArchitecturalStyle", "Style",
				"ConstructionMaterials", "Roof", "FoundationDetails", "ExteriorFeatures", "PatioAndPorchFeatures",
				"Fencing", "PoolFeatures", "PoolPrivateYN", "SpaFeatures", "SpaYN", "GarageSpaces", "GarageYN", "Garage",
				"AttachedGarageYN", "CarportSpaces", "CarportYN", "ParkingFeatures", "ParkingTotal", "CoveredSpaces",
				"View", "ViewYN", "WaterfrontYN", "WaterfrontFeatures", "FrontageType", "FrontageLength",
				"LotSizeArea", "LotSizeAcres", "LotSizeSquareFeet", "LotSizeDimensions", "LotSizeUnits", "LotSize",
				"LotFeatures", "Zoning", "ZoningDescription", "OtherStructures", "PropertyCondition", "NewConstructionYN",
				"DirectionFaces", "Vegetation", "HorseYN", "HorseAmenities");
		put(Group.UTILITIES, "Utilities", "WaterSource", "Sewer", "Electric", "IrrigationSource",
				"GreenEnergyEfficient", "GreenEnergyGeneration", "GreenWaterConservation", "PowerProductionType");
		put(Group.SCHOOLS, "ElementarySchool", "ElementarySchoolDistrict", "MiddleOrJuniorSchool",
				"MiddleOrJuniorSchoolDistrict", "HighSchool", "HighSchoolDistrict", "SchoolDistrict");
		put(Group.LOCATION, "City", "CountyOrParish", "County", "StateOrProvince", "Country", "PostalCode",
				"SubdivisionName", "Subdivision", "MLSAreaMajor", "MLSAreaMinor", "ListingArea", "Township",
				"CommunityFeatures", "Directions", "Latitude", "Longitude", "CrossStreet");
		put(Group.FINANCIAL, "AssociationYN", "AssociationFee", "AssociationFeeFrequency", "AssociationFeeIncludes",
				"AssociationName", "AssociationAmenities", "AssociationFee2", "AssociationFee2Frequency",
				"TaxAnnualAmount", "TaxYear", "TaxAssessedValue", "TaxLegalDescription", "ListingTerms",
				"SpecialListingConditions", "Financing", "LandLeaseYN", "LandLeaseAmount");
		put(Group.LISTING_INFO, "ListingId", "ListingKey", "ListDate", "ListingContractDate", "OnMarketDate",
				"ExpirationDate", "StatusChangeDate", "ContractDate", "CloseDate", "ModificationTimestamp",
				"PhotosCount", "PhotosChangeTimestamp", "PropertyType", "PropertySubType", "ListOfficeName",
				"ListAgentFullName", "VirtualTourURLUnbranded", "PublicRemarks", "LegalDescription");
	}

	private StandardNameGroups() {
	}

	/** Returns the group of a RESO field, if the table has the name. */
	static Optional<Group> groupOf(String standardName) {
		return Optional.ofNullable(GROUPS.get(standardName.strip().toLowerCase(Locale.ROOT)));
	}

	private static void put(Group group, String... standardNames) {
		for (String name : List.of(standardNames)) {
			GROUPS.put(name.toLowerCase(Locale.ROOT), group);
		}
	}

}
