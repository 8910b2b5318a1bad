package org.porchlight.sync.store;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;

/**
 * A listing mirrored from a feed. Searchable columns carry RESO Data Dictionary names; the rest of the public
 * record is kept in {@link #getPublicRecord()}. Confidential fields never reach this entity.
 */
@Entity
@Table(name = "listing")
public class Listing {

	@Id
	@GeneratedValue(strategy = GenerationType.IDENTITY)
	private Long id;

	@Column(name = "feed_id")
	private String feedId;

	/** The feed's KeyField value, stable for the life of the listing. */
	@Column(name = "listing_key")
	private String listingKey;

	/** The MLS number shown to people. */
	@Column(name = "listing_id")
	private String listingId;

	/** RESO StandardStatus, such as Active or Pending. */
	@Column(name = "standard_status")
	private String standardStatus;

	/** The status as the feed's lookup displays it. */
	@Column(name = "mls_status")
	private String mlsStatus;

	/** Whether the listing may appear on the public site: Active, in the feed, and allowed for Internet display. */
	@Column(name = "visible")
	private boolean visible;

	/** Whether the seller withheld the street address from Internet display. */
	@Column(name = "address_hidden")
	private boolean addressHidden;

	@Column(name = "property_type")
	private String propertyType;

	@Column(name = "property_sub_type")
	private String propertySubType;

	@Column(name = "list_price")
	private BigDecimal listPrice;

	@Column(name = "street_number")
	private String streetNumber;

	@Column(name = "street_dir_prefix")
	private String streetDirPrefix;

	@Column(name = "street_name")
	private String streetName;

	@Column(name = "street_suffix")
	private String streetSuffix;

	@Column(name = "street_dir_suffix")
	private String streetDirSuffix;

	@Column(name = "unit_number")
	private String unitNumber;

	@Column(name = "unparsed_address")
	private String unparsedAddress;

	@Column(name = "city")
	private String city;

	@Column(name = "state_or_province")
	private String stateOrProvince;

	@Column(name = "postal_code")
	private String postalCode;

	@Column(name = "county_or_parish")
	private String countyOrParish;

	@Column(name = "subdivision_name")
	private String subdivisionName;

	@Column(name = "bedrooms_total")
	private Integer bedroomsTotal;

	@Column(name = "bathrooms_total_integer")
	private Integer bathroomsTotalInteger;

	@Column(name = "bathrooms_total_decimal")
	private BigDecimal bathroomsTotalDecimal;

	@Column(name = "living_area")
	private BigDecimal livingArea;

	@Column(name = "lot_size_area")
	private BigDecimal lotSizeArea;

	@Column(name = "year_built")
	private Integer yearBuilt;

	@Column(name = "latitude")
	private BigDecimal latitude;

	@Column(name = "longitude")
	private BigDecimal longitude;

	@Column(name = "public_remarks")
	private String publicRemarks;

	@Column(name = "list_office_name")
	private String listOfficeName;

	@Column(name = "list_office_phone")
	private String listOfficePhone;

	@Column(name = "list_agent_full_name")
	private String listAgentFullName;

	@Column(name = "listing_contract_date")
	private LocalDate listingContractDate;

	@Column(name = "modification_timestamp")
	private Instant modificationTimestamp;

	@Column(name = "photos_count")
	private Integer photosCount;

	@Column(name = "photos_change_timestamp")
	private Instant photosChangeTimestamp;

	/** Every public field of the server's record as a JSON object of display label to display value, confidential fields removed. */
	@Column(name = "public_record")
	private String publicRecord;

	/** SHA-256 of the server's record, used to tell an unchanged record from a changed one. */
	@Column(name = "record_hash")
	private String recordHash;

	@Column(name = "first_seen_at")
	private Instant firstSeenAt;

	@Column(name = "last_seen_at")
	private Instant lastSeenAt;

	@Column(name = "updated_at")
	private Instant updatedAt;

	/** When the listing left public view, or null while it is visible. */
	@Column(name = "removed_at")
	private Instant removedAt;

	@Column(name = "last_seen_run_id")
	private Long lastSeenRunId;

	@OneToMany(mappedBy = "listing", cascade = CascadeType.ALL, orphanRemoval = true)
	@OrderBy("sequenceNumber")
	private List<ListingPhoto> photos = new ArrayList<>();

	public Long getId() {
		return this.id;
	}

	public List<ListingPhoto> getPhotos() {
		return this.photos;
	}

	public String getFeedId() {
		return this.feedId;
	}

	public void setFeedId(String feedId) {
		this.feedId = feedId;
	}

	public String getListingKey() {
		return this.listingKey;
	}

	public void setListingKey(String listingKey) {
		this.listingKey = listingKey;
	}

	public String getListingId() {
		return this.listingId;
	}

	public void setListingId(String listingId) {
		this.listingId = listingId;
	}

	public String getStandardStatus() {
		return this.standardStatus;
	}

	public void setStandardStatus(String standardStatus) {
		this.standardStatus = standardStatus;
	}

	public String getMlsStatus() {
		return this.mlsStatus;
	}

	public void setMlsStatus(String mlsStatus) {
		this.mlsStatus = mlsStatus;
	}

	public boolean isVisible() {
		return this.visible;
	}

	public void setVisible(boolean visible) {
		this.visible = visible;
	}

	public boolean isAddressHidden() {
		return this.addressHidden;
	}

	public void setAddressHidden(boolean addressHidden) {
		this.addressHidden = addressHidden;
	}

	public String getPropertyType() {
		return this.propertyType;
	}

	public void setPropertyType(String propertyType) {
		this.propertyType = propertyType;
	}

	public String getPropertySubType() {
		return this.propertySubType;
	}

	public void setPropertySubType(String propertySubType) {
		this.propertySubType = propertySubType;
	}

	public BigDecimal getListPrice() {
		return this.listPrice;
	}

	public void setListPrice(BigDecimal listPrice) {
		this.listPrice = listPrice;
	}

	public String getStreetNumber() {
		return this.streetNumber;
	}

	public void setStreetNumber(String streetNumber) {
		this.streetNumber = streetNumber;
	}

	public String getStreetDirPrefix() {
		return this.streetDirPrefix;
	}

	public void setStreetDirPrefix(String streetDirPrefix) {
		this.streetDirPrefix = streetDirPrefix;
	}

	public String getStreetName() {
		return this.streetName;
	}

	public void setStreetName(String streetName) {
		this.streetName = streetName;
	}

	public String getStreetSuffix() {
		return this.streetSuffix;
	}

	public void setStreetSuffix(String streetSuffix) {
		this.streetSuffix = streetSuffix;
	}

	public String getStreetDirSuffix() {
		return this.streetDirSuffix;
	}

	public void setStreetDirSuffix(String streetDirSuffix) {
		this.streetDirSuffix = streetDirSuffix;
	}

	public String getUnitNumber() {
		return this.unitNumber;
	}

	public void setUnitNumber(String unitNumber) {
		this.unitNumber = unitNumber;
	}

	public String getUnparsedAddress() {
		return this.unparsedAddress;
	}

	public void setUnparsedAddress(String unparsedAddress) {
		this.unparsedAddress = unparsedAddress;
	}

	public String getCity() {
		return this.city;
	}

	public void setCity(String city) {
		this.city = city;
	}

	public String getStateOrProvince() {
		return this.stateOrProvince;
	}

	public void setStateOrProvince(String stateOrProvince) {
		this.stateOrProvince = stateOrProvince;
	}

	public String getPostalCode() {
		return this.postalCode;
	}

	public void setPostalCode(String postalCode) {
		this.postalCode = postalCode;
	}

	public String getCountyOrParish() {
		return this.countyOrParish;
	}

	public void setCountyOrParish(String countyOrParish) {
		this.countyOrParish = countyOrParish;
	}

	public String getSubdivisionName() {
		return this.subdivisionName;
	}

	public void setSubdivisionName(String subdivisionName) {
		this.subdivisionName = subdivisionName;
	}

	public Integer getBedroomsTotal() {
		return this.bedroomsTotal;
	}

	public void setBedroomsTotal(Integer bedroomsTotal) {
		this.bedroomsTotal = bedroomsTotal;
	}

	public Integer getBathroomsTotalInteger() {
		return this.bathroomsTotalInteger;
	}

	public void setBathroomsTotalInteger(Integer bathroomsTotalInteger) {
		this.bathroomsTotalInteger = bathroomsTotalInteger;
	}

	public BigDecimal getBathroomsTotalDecimal() {
		return this.bathroomsTotalDecimal;
	}

	public void setBathroomsTotalDecimal(BigDecimal bathroomsTotalDecimal) {
		this.bathroomsTotalDecimal = bathroomsTotalDecimal;
	}

	public BigDecimal getLivingArea() {
		return this.livingArea;
	}

	public void setLivingArea(BigDecimal livingArea) {
		this.livingArea = livingArea;
	}

	public BigDecimal getLotSizeArea() {
		return this.lotSizeArea;
	}

	public void setLotSizeArea(BigDecimal lotSizeArea) {
		this.lotSizeArea = lotSizeArea;
	}

	public Integer getYearBuilt() {
		return this.yearBuilt;
	}

	public void setYearBuilt(Integer yearBuilt) {
		this.yearBuilt = yearBuilt;
	}

	public BigDecimal getLatitude() {
		return this.latitude;
	}

	public void setLatitude(BigDecimal latitude) {
		this.latitude = latitude;
	}

	public BigDecimal getLongitude() {
		return this.longitude;
	}

	public void setLongitude(BigDecimal longitude) {
		this.longitude = longitude;
	}

	public String getPublicRemarks() {
		return this.publicRemarks;
	}

	public void setPublicRemarks(String publicRemarks) {
		this.publicRemarks = publicRemarks;
	}

	public String getListOfficeName() {
		return this.listOfficeName;
	}

	public void setListOfficeName(String listOfficeName) {
		this.listOfficeName = listOfficeName;
	}

	public String getListOfficePhone() {
		return this.listOfficePhone;
	}

	public void setListOfficePhone(String listOfficePhone) {
		this.listOfficePhone = listOfficePhone;
	}

	public String getListAgentFullName() {
		return this.listAgentFullName;
	}

	public void setListAgentFullName(String listAgentFullName) {
		this.listAgentFullName = listAgentFullName;
	}

	public LocalDate getListingContractDate() {
		return this.listingContractDate;
	}

	public void setListingContractDate(LocalDate listingContractDate) {
		this.listingContractDate = listingContractDate;
	}

	public Instant getModificationTimestamp() {
		return this.modificationTimestamp;
	}

	public void setModificationTimestamp(Instant modificationTimestamp) {
		this.modificationTimestamp = modificationTimestamp;
	}

	public Integer getPhotosCount() {
		return this.photosCount;
	}

	public void setPhotosCount(Integer photosCount) {
		this.photosCount = photosCount;
	}

	public Instant getPhotosChangeTimestamp() {
		return this.photosChangeTimestamp;
	}

	public void setPhotosChangeTimestamp(Instant photosChangeTimestamp) {
		this.photosChangeTimestamp = photosChangeTimestamp;
	}

	public String getPublicRecord() {
		return this.publicRecord;
	}

	public void setPublicRecord(String publicRecord) {
		this.publicRecord = publicRecord;
	}

	public String getRecordHash() {
		return this.recordHash;
	}

	public void setRecordHash(String recordHash) {
		this.recordHash = recordHash;
	}

	public Instant getFirstSeenAt() {
		return this.firstSeenAt;
	}

	public void setFirstSeenAt(Instant firstSeenAt) {
		this.firstSeenAt = firstSeenAt;
	}

	public Instant getLastSeenAt() {
		return this.lastSeenAt;
	}

	public void setLastSeenAt(Instant lastSeenAt) {
		this.lastSeenAt = lastSeenAt;
	}

	public Instant getUpdatedAt() {
		return this.updatedAt;
	}

	public void setUpdatedAt(Instant updatedAt) {
		this.updatedAt = updatedAt;
	}

	public Instant getRemovedAt() {
		return this.removedAt;
	}

	public void setRemovedAt(Instant removedAt) {
		this.removedAt = removedAt;
	}

	public Long getLastSeenRunId() {
		return this.lastSeenRunId;
	}

	public void setLastSeenRunId(Long lastSeenRunId) {
		this.lastSeenRunId = lastSeenRunId;
	}

}
