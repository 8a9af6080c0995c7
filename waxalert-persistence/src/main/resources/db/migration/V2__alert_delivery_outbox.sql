-- WaxAlert schema, version 2: delivery state of the alert outbox (issue 6).
-- Portable subset: H2 2.3 (PostgreSQL mode) and PostgreSQL 14+.
-- attempts: delivery attempts made so far; next_attempt_at: no attempt before this instant (also the
-- lease of the instance that claimed the row for sending; null = due now); last_error: why the last
-- attempt failed (no secrets). 'undeliverable': the user has no address to send to.

alter table alert_notifications add column attempts integer default 0 not null;
alter table alert_notifications add column next_attempt_at timestamp with time zone;
alter table alert_notifications add column last_error varchar(1024);

alter table alert_notifications drop constraint ck_notifications_delivery;
alter table alert_notifications add constraint ck_notifications_delivery
    check (delivery_state in ('pending', 'sent', 'undeliverable'));

create index ix_notifications_due on alert_notifications (delivery_state, next_attempt_at);

-- Named leases for work only one instance may do at a time (the scheduled check): a lease is held
-- by whoever moved locked_until into the future; a crashed holder's lease simply expires.
create table job_lease (
    name         varchar(64)              not null primary key,
    locked_until timestamp with time zone not null,
    locked_by    varchar(255)
);

insert into job_lease (name, locked_until, locked_by)
    values ('monitor', timestamp with time zone '1970-01-01 00:00:00+00', null);
