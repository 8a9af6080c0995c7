-- WaxAlert schema, version 5 (issue 9): one delivery table keyed by (alert, channel) instead of a
-- set of columns per channel, structured verdicts, listing shipping and seller feedback on alerts,
-- and the users' Telegram chat id.
-- Portable subset: H2 2.3 (PostgreSQL mode) and PostgreSQL 14+.
--
-- alert_deliveries: one row per alert and channel the service relayed to when the alert was
-- recorded. state: 'pending' (due when next_attempt_at is null or past; a sender's claim moves it
-- into the future as a lease), 'sent', 'undeliverable' (given up; last_error says why) or 'skipped'
-- (nothing to send to: no address on the channel). attempts counts claims. last_error never holds
-- a secret. queued_at is when the alert was recorded: its age decides when the relay gives up.

create table alert_deliveries (
    alert_id        uuid                     not null,
    channel         varchar(32)              not null,
    state           varchar(16)              not null,
    attempts        integer default 0        not null,
    next_attempt_at timestamp with time zone,
    sent_at         timestamp with time zone,
    last_error      varchar(1024),
    queued_at       timestamp with time zone not null,
    constraint pk_alert_deliveries primary key (alert_id, channel),
    constraint fk_deliveries_alert foreign key (alert_id) references alert_notifications (id) on delete cascade,
    constraint ck_deliveries_state check (state in ('pending', 'sent', 'undeliverable', 'skipped'))
);

create index ix_deliveries_due on alert_deliveries (state, next_attempt_at, queued_at);

-- Mail, every alert's first channel (V1-V2). V2's 'undeliverable' meant "the user has no mail
-- address", which is 'skipped' now. V2/V3 shared last_error between the channels; webhook errors
-- were written with a 'webhook: ' prefix.
insert into alert_deliveries (alert_id, channel, state, attempts, next_attempt_at, sent_at, last_error, queued_at)
select id, 'mail',
       case delivery_state when 'undeliverable' then 'skipped' else delivery_state end,
       attempts,
       case when delivery_state = 'pending' then next_attempt_at end,
       email_sent_at,
       case when delivery_state = 'undeliverable' then coalesce(last_error, 'no mail address')
            when last_error like 'webhook: %' then null
            else last_error end,
       created_at
from alert_notifications;

-- The webhook channel (V3): rows of users who had a webhook when the alert was recorded.
-- webhook_state 'failed' meant given up.
insert into alert_deliveries (alert_id, channel, state, attempts, next_attempt_at, sent_at, last_error, queued_at)
select id, 'webhook',
       case webhook_state when 'failed' then 'undeliverable' else webhook_state end,
       webhook_attempts,
       case when webhook_state = 'pending' then webhook_next_attempt_at end,
       webhook_sent_at,
       case when last_error like 'webhook: %' then substring(last_error from 10) end,
       created_at
from alert_notifications
where webhook_state in ('pending', 'sent', 'failed');

drop index ix_notifications_pending;
drop index ix_notifications_due;
drop index ix_notifications_webhook_due;
alter table alert_notifications drop constraint ck_notifications_delivery;
alter table alert_notifications drop column delivery_state;
alter table alert_notifications drop column email_sent_at;
alter table alert_notifications drop column attempts;
alter table alert_notifications drop column next_attempt_at;
alter table alert_notifications drop column last_error;
alter table alert_notifications drop column webhook_state;
alter table alert_notifications drop column webhook_attempts;
alter table alert_notifications drop column webhook_next_attempt_at;
alter table alert_notifications drop column webhook_sent_at;

-- Verdicts: a JSON array of {criterion, verdict, observed, required, reason}, one per set
-- criterion. Rows recorded before V5 have only the explanation text (one "label (mark): reason"
-- line per criterion); the application reads those lines as verdicts without figures.
alter table alert_notifications add column verdicts text;
alter table alert_notifications alter column explanation drop not null;
-- a market-stats alert raised because the listings that would have judged the other criteria could
-- not be read: why (the engine's auto source); null otherwise
alter table alert_notifications add column unverified_because text;

-- What a listing alert knows beyond its price; null for market-stats alerts and older rows.
alter table alert_notifications add column listing_shipping numeric(14,2);
alter table alert_notifications add column listing_shipping_currency char(3);
alter table alert_notifications add column seller_feedback integer;

-- Telegram: a numeric chat id or a public @channelname; null when the user does not use Telegram.
alter table users add column telegram_chat_id varchar(64);
