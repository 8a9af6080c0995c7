-- WaxAlert schema, version 4: signed-out sessions. A session token (JWT) names its session in its
-- "jti" claim; sign-out records that id here so the token, also when held as a bearer token, is
-- refused until it would have expired anyway. Rows past expires_at are purged.

create table revoked_sessions (
  session_id varchar(64) primary key,
  expires_at timestamp with time zone not null
);

create index ix_revoked_sessions_expires on revoked_sessions (expires_at);
