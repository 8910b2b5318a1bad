-- Indexes for the public search's sorts and filters beyond price, city, postal code and newest, which V1 covers.
-- Every public query starts with visible = true, so each index leads with it.
create index listing_visible_beds on listing (visible, bedrooms_total);
create index listing_visible_area on listing (visible, living_area);
create index listing_visible_year on listing (visible, year_built);
create index listing_visible_location on listing (visible, latitude, longitude);
create index listing_visible_type on listing (visible, property_type);
