-- WaxAlert schema, version 8 (issues 12 and 14): the user's country, and followed sellers with what
-- is known of their inventories.
-- Portable subset: H2 2.3 (PostgreSQL mode) and PostgreSQL 14+.

-- The country the user buys from, as Discogs names it ("Germany"): a listing the sell page marks
-- "Unavailable in" it is never alerted. Null when unknown.
alter table users add column country varchar(64);

-- Who follows which seller. seller_key is the username lower-cased (Discogs compares usernames
-- case-insensitively); seller keeps it as the user wrote it.
create table followed_sellers (
    user_id     uuid                     not null,
    seller_key  varchar(100)             not null,
    seller      varchar(100)             not null,
    followed_at timestamp with time zone not null,
    constraint pk_followed_sellers primary key (user_id, seller_key),
    constraint fk_followed_sellers_user foreign key (user_id) references users (id) on delete cascade
);

create index ix_followed_sellers_seller on followed_sellers (seller_key);

-- How far the reading of one seller's inventory has come (core SellerReadState), one row per
-- followed seller whatever the number of followers. Positions count listings newest first.
create table seller_reads (
    seller_key      varchar(100)             not null,
    seller          varchar(100)             not null,
    last_checked    timestamp with time zone,
    listings_known  bigint  default 0        not null,
    full_read_as_of timestamp with time zone,
    read_started_at timestamp with time zone,
    read_position   integer default 0        not null,
    last_items      integer default 0        not null,
    failure         varchar(1024),
    constraint pk_seller_reads primary key (seller_key)
);

-- The listings of followed sellers' inventories known now, each with when it was last read: after
-- a complete read, those not read since it started are gone (sold or withdrawn). Prices rounded
-- to cents, in the seller's currency; conditions are the core's enum names.
create table seller_listings (
    seller_key          varchar(100)             not null,
    listing_id          bigint                   not null,
    discogs_release_id  bigint                   not null,
    price               numeric(14,2)            not null,
    price_currency      char(3)                  not null,
    shipping            numeric(14,2),
    shipping_currency   char(3),
    media_condition     varchar(32)              not null,
    sleeve_condition    varchar(32)              not null,
    seller_name         varchar(100)             not null,
    seller_rating       numeric(5,2),
    seller_feedback     integer,
    ships_from          varchar(100),
    posted              timestamp with time zone,
    url                 varchar(512)             not null,
    unavailable_in      varchar(100),
    read_at             timestamp with time zone not null,
    constraint pk_seller_listings primary key (seller_key, listing_id)
);

create index ix_seller_listings_release on seller_listings (seller_key, discogs_release_id);
create index ix_seller_listings_read on seller_listings (seller_key, read_at);
