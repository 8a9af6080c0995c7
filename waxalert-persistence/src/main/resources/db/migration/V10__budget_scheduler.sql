-- WaxAlert schema, version 10 (issue 10): the Discogs budget scheduled on db-scheduler, market
-- snapshots per release, per-release outcomes of master entries, and the budget's shared state.
-- Portable subset: H2 2.3 (PostgreSQL mode) and PostgreSQL 14+.

-- The home-made lease of the scheduled check is replaced by db-scheduler (below).
drop table job_lease;

-- db-scheduler 16.7.1's table, its postgresql_tables.sql unchanged (priority for enablePriority()).
-- Executions of one task instance exist once: the release fetches use the release id as instance id,
-- so a release is queued or being fetched at most once across instances.
create table scheduled_tasks (
    task_name            text                     not null,
    task_instance        text                     not null,
    task_data            bytea,
    execution_time       timestamp with time zone not null,
    picked               boolean                  not null,
    picked_by            text,
    last_success         timestamp with time zone,
    last_failure         timestamp with time zone,
    consecutive_failures int,
    last_heartbeat       timestamp with time zone,
    version              bigint                   not null,
    priority             smallint,
    primary key (task_name, task_instance)
);

create index execution_time_idx on scheduled_tasks (execution_time);
create index last_heartbeat_idx on scheduled_tasks (last_heartbeat);
create index priority_execution_time_idx on scheduled_tasks (priority desc, execution_time asc);

-- The latest market of each release someone needed: every need within market-max-age is served
-- from here, whoever asks, on whichever instance. fetched_at is the last attempt (successful or not);
-- the price columns are from the last successful one. currency: what the last attempt asked for.
create table release_markets (
    release_id            bigint                   not null primary key,
    fetched_at            timestamp with time zone not null,
    succeeded             boolean                  not null,
    currency              char(3)                  not null,
    lowest_price          numeric(16,4),
    lowest_price_currency char(3),
    num_for_sale          integer,
    blocked_from_sale     boolean                  not null,
    not_found             boolean                  not null,
    failure               text
);

-- Per entry and watched release, the outcome of that release's latest check: a master entry's status
-- combines all of its releases' latest outcomes (the entry row keeps the combination).
create table entry_release_checks (
    entry_id              uuid                     not null,
    release_id            bigint                   not null,
    status                varchar(16)              not null,
    checked_at            timestamp with time zone not null,
    lowest_price          numeric(14,2),
    lowest_price_currency char(3),
    num_for_sale          integer,
    check_message         text,
    primary key (entry_id, release_id),
    constraint fk_release_checks_entry foreign key (entry_id) references wanted_list_entries (id) on delete cascade
);

-- The planner's fair-share ledger between ticks (whichever instance plans next).
create table budget_ledger (
    owner_id varchar(255) not null primary key,
    charge   bigint       not null
);

-- Live instances and their request rates (budget-scope=instance: the cluster's rate is their sum).
create table budget_instances (
    instance_id         varchar(64)              not null primary key,
    requests_per_minute integer                  not null,
    seen_at             timestamp with time zone not null
);

-- How many pressings a master entry's master has (the entry watches at most limits.master-versions).
create table master_versions (
    entry_id       uuid    not null primary key,
    versions_total integer not null,
    constraint fk_master_versions_entry foreign key (entry_id) references wanted_list_entries (id) on delete cascade
);

-- bucket4j's table for budget-scope=cluster: one token bucket every instance consumes from.
create table discogs_budget_bucket (
    id    bigint not null primary key,
    state bytea
);
