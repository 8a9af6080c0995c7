-- WaxAlert schema, version 7 (issue 13): confirmed mail addresses and recognised sign-ins.
-- Portable subset: H2 2.3 (PostgreSQL mode) and PostgreSQL 14+.
--
-- email_confirmations: a user's one pending change of mail address. users.email stays the confirmed
-- address until the link mailed to the new one is followed; only a SHA-256 of the link's random token
-- is kept (token_hash, hex), so a database dump confirms nothing. One row per user: a new request
-- replaces the old one, whose link then stops working.
create table email_confirmations (
    user_id    uuid                     not null primary key,
    email      varchar(320)             not null,
    token_hash varchar(64)              not null,
    expires_at timestamp with time zone not null,
    created_at timestamp with time zone not null,
    constraint fk_email_confirmations_user foreign key (user_id) references users (id) on delete cascade,
    constraint uq_email_confirmations_token unique (token_hash)
);

create index ix_email_confirmations_expires on email_confirmations (expires_at);

-- sign_in_fingerprints: a keyed fingerprint (HMAC-SHA256, hex) of the personal access token a user last
-- signed in with, so that token is recognised without asking Discogs: a known token is let through the
-- sign-in throttle, while junk tokens are held to the per-address allowance.
create table sign_in_fingerprints (
    user_id     uuid                     not null primary key,
    fingerprint varchar(64)              not null,
    created_at  timestamp with time zone not null,
    constraint fk_sign_in_fingerprints_user foreign key (user_id) references users (id) on delete cascade,
    constraint uq_sign_in_fingerprints unique (fingerprint)
);
