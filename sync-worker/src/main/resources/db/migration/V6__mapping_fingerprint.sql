-- The mapping rules that the feed's last complete full run stored its listings with: the rules revision, the
-- server's metadata version, the field overrides and the denied fields. An incremental run reads only changed
-- records, so when the fingerprint differs, the next run reads every Active listing instead.
-- Written in the SQL that H2 (the embedded default) and PostgreSQL both accept.

alter table sync_feed_state add column mapping_fingerprint varchar(4000);
