-- Photo sets still to fetch, kept with the listing so that a failed or interrupted fetch is retried by a later run
-- even when an incremental search no longer returns the listing. The pending count and timestamp are the
-- server's, to be copied to photos_count and photos_change_timestamp once the new set is stored.
alter table listing add column photos_pending boolean default false not null;
alter table listing add column pending_photos_count integer;
alter table listing add column pending_photos_timestamp timestamp with time zone;
create index listing_photos_pending on listing (feed_id, photos_pending);
