-- Run requests name one feed, or every feed when feed_id is null. A run records who asked to cancel it, so that
-- the process running it, which polls these columns between batches and photo sets, stops and records CANCELLED.
-- Written in the SQL that H2 (the embedded default) and PostgreSQL both accept.

alter table sync_request alter column feed_id drop not null;

alter table sync_run add column cancel_requested_at timestamp with time zone;
alter table sync_run add column cancel_requested_by varchar(128);
