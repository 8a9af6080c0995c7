-- WaxAlert schema, version 3: the webhook channel of the alert outbox (issue 6), independent of mail.
-- webhook_state: 'none' (the user had no webhook when the alert was raised), 'pending', 'sent',
-- 'failed' (given up); webhook_next_attempt_at: no attempt before this instant (also the lease of
-- the instance sending it).

alter table alert_notifications add column webhook_state varchar(16) default 'none' not null;
alter table alert_notifications add column webhook_attempts integer default 0 not null;
alter table alert_notifications add column webhook_next_attempt_at timestamp with time zone;
alter table alert_notifications add column webhook_sent_at timestamp with time zone;

create index ix_notifications_webhook_due on alert_notifications (webhook_state, webhook_next_attempt_at);
