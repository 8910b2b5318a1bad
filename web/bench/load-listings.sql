-- Fills the listing table with 100,000 visible listings spread over 50 cities, for the search benchmark.
-- Every tenth listing withholds its street address, as some sellers do.
insert into listing (feed_id, listing_key, listing_id, standard_status, mls_status, visible, address_hidden,
    property_type, list_price, street_number, street_name, street_suffix, city, state_or_province, postal_code,
    bedrooms_total, bathrooms_total_integer, living_area, lot_size_area, year_built, latitude, longitude,
    public_remarks, list_office_name, list_office_phone, modification_timestamp, record_hash, first_seen_at,
    last_seen_at, updated_at, public_record)
select 'default', 'B' || n, 'MLS-B' || n, 'Active', 'Active', true, n % 10 = 0,
    case when n % 7 = 0 then 'Land' else 'Residential' end,
    100000 + (n * 7919) % 900000, (n % 9000 + 100)::text, 'Street ' || (n % 400), 'Ave',
    'City ' || (n % 50), 'IL', (62000 + n % 50)::text,
    1 + n % 5, 1 + n % 3, 800 + (n * 31) % 3200, 0.1 + (n % 40) / 10.0, 1950 + n % 75,
    39 + (n % 1000) / 1000.0, -90 + (n % 997) / 1000.0,
    'Bright home number ' || n || ' with a fireplace and a large yard.', 'Office ' || (n % 300), '217-555-0100',
    timestamp with time zone '2026-01-01 00:00:00+00' + (n || ' minutes')::interval, 'hash-' || n,
    now(), now(), now(),
    '{"Heating": "Forced air", "Cooling": "Central", "Garage Spaces": 2, "Elementary School": "Lincoln"}'
from generate_series(1, 100000) as n;
-- Autovacuum would do this soon after a bulk load; it sets the visibility map that index-only scans rely on.
vacuum analyze listing;
