-- Indexes that match each search order exactly, with NULLS LAST and the listing id that breaks ties, so that a page of
-- results reads its twelve rows from the index instead of sorting every visible listing. H2 and PostgreSQL both take
-- this syntax.
create index listing_visible_newest on listing (visible, modification_timestamp desc nulls last, id desc);
create index listing_visible_price_asc on listing (visible, list_price asc nulls last, id asc);
create index listing_visible_price_desc on listing (visible, list_price desc nulls last, id desc);
create index listing_visible_beds_desc on listing (visible, bedrooms_total desc nulls last, id desc);
create index listing_visible_size_desc on listing (visible, living_area desc nulls last, id desc);

-- Similar homes: the newest visible listings of one city.
create index listing_visible_city_newest on listing (visible, city, modification_timestamp desc nulls last, id desc);
