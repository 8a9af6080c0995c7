-- WaxAlert schema, version 9 (issue 11): ships-from countries wanted and excluded at once, deleted
-- entries kept restorable for a while, the age of the market figures an entry's last check judged,
-- the release's catalogue number, and the availability alert of entries that ask nothing else.
-- Portable subset: H2 2.3 (PostgreSQL mode) and PostgreSQL 14+.

-- location_filter: the countries a listing must ship from (empty: any); location_exclude: those it
-- must never ship from (empty: none). One country per line. Until now one list did either, as
-- location_mode said.
alter table wanted_list_entries add column location_exclude text default '' not null;
update wanted_list_entries set location_exclude = location_filter, location_filter = ''
    where location_mode = 'exclude';
alter table wanted_list_entries drop constraint ck_entries_location_mode;
alter table wanted_list_entries drop column location_mode;

-- A deleted entry is hidden at once (every read skips it, it is never checked and its deliveries
-- wait) and can be restored with its history until the service purges it, with its notifications.
alter table wanted_list_entries add column deleted_at timestamp with time zone;
create index ix_entries_deleted on wanted_list_entries (deleted_at);

-- When the market figures (lowest_price, num_for_sale) were read from Discogs: a check that reused
-- a recent fetch judged figures older than last_checked. Null before V9 and for failed checks.
alter table wanted_list_entries add column market_fetched_at timestamp with time zone;
update wanted_list_entries set market_fetched_at = last_checked where lowest_price is not null;

-- The labels' catalogue numbers, one line ("PB 41447"); null when unknown.
alter table wanted_list_entries add column catalog_number varchar(1024);

-- 'for_sale': an entry without criteria tells when its release comes up for sale after none was.
alter table alert_notifications drop constraint ck_notifications_type;
alter table alert_notifications add constraint ck_notifications_type
    check (notification_type in ('price_matched', 'underpriced', 'for_sale'));
