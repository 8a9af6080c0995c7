-- The background pass reads the entries watching one release per fetch (issue 15): without these
-- indexes every read scanned the whole table (10,000 entries: two thirds of a cycle's CPU).
create index ix_entries_release on wanted_list_entries (discogs_release_id);
create index ix_entries_master on wanted_list_entries (discogs_master_id);
