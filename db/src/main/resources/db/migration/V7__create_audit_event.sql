-- Who did what, and when: sign-ins, failed sign-ins, sign-outs, user and role changes, guide changes.
-- Append-only: rows are never updated or deleted by the application.
create table audit_event (
    id     bigint        generated always as identity primary key,
    at     timestamptz   not null,
    -- AuditEvent.ACTOR_MAX_LENGTH: a username, 'anonymous' or 'system'
    actor  varchar(100)  not null,
    -- AuditEvent.ACTION_MAX_LENGTH, such as 'login.failed' or 'user.roles'
    action varchar(60)   not null,
    -- AuditEvent.TARGET_MAX_LENGTH: a username or a guide's slug or id, when there is one
    target varchar(200),
    -- AuditEvent.DETAIL_MAX_LENGTH
    detail varchar(1000) not null default ''
);

-- Browsing newest first, and filtering by actor, by action (exact or by prefix such as 'login.%') or by target.
create index audit_event_at on audit_event (at desc, id desc);
create index audit_event_actor_at on audit_event (actor, at desc);
create index audit_event_action_at on audit_event (action varchar_pattern_ops, at desc);
create index audit_event_target_at on audit_event (target, at desc);

create function audit_event_append_only() returns trigger language plpgsql as $$
begin
    raise exception 'audit events are never changed or removed';
end;
$$;

create trigger audit_event_append_only before update or delete on audit_event
    for each row execute function audit_event_append_only();
