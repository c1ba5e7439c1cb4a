-- Webhooks: URLs admins register for events, and the deliveries to them. webhook_delivery is also the outbox: a change
-- (publishing, archiving, a reader's report) inserts its deliveries in its own transaction, and a dispatcher sends
-- them after the commit, so an event is never lost after a commit nor sent for a change rolled back.
create table webhook (
    id         uuid          primary key,
    -- Webhook.URL_MAX_LENGTH
    url        varchar(2000) not null check (url ~ '^https?://'),
    -- WebhookEvent keys; at least one.
    events     text[]        not null check (cardinality(events) >= 1 and events
                                 <@ array['guide.published', 'guide.archived', 'report.received', 'translation.stale']::text[]),
    -- Kept as it is: signing needs it. Shown to the admin once.
    secret     varchar(200)  not null check (length(secret) >= 32),
    created_by varchar(100)  not null,
    created_at timestamptz   not null,
    removed_at timestamptz
);

create table webhook_delivery (
    id               uuid        primary key,
    webhook_id       uuid        not null references webhook (id) on delete cascade,
    -- The same for every delivery of one event (a "send again" is a new delivery of the same event).
    event_id         uuid        not null,
    event            varchar(40) not null,
    -- The exact bytes that are signed and sent (text, not jsonb, which would reformat them).
    payload          text        not null,
    status           varchar(10) not null default 'PENDING' check (status in ('PENDING', 'DELIVERED', 'FAILED')),
    attempts         integer     not null default 0 check (attempts >= 0),
    created_at       timestamptz not null,
    next_attempt_at  timestamptz not null,
    last_attempt_at  timestamptz,
    last_status_code integer,
    -- Delivery.ERROR_MAX_LENGTH
    last_error       varchar(500),
    delivered_at     timestamptz
);

-- The dispatcher's query: pending deliveries by due time.
create index webhook_delivery_due on webhook_delivery (next_attempt_at) where status = 'PENDING';
create index webhook_delivery_webhook on webhook_delivery (webhook_id, created_at desc);
