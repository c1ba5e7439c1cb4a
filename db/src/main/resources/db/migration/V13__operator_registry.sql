-- The operator registry: editors add and change operators through the application. Each save is an immutable
-- revision holding the whole operator, like a guide's; the operator row names its latest revision, which a save
-- must name to be accepted (optimistic locking). Status and review date are columns for the registry's filters.
alter table operator
    add column status     varchar(16) not null default 'ACTIVE' check (status in ('ACTIVE', 'MERGED', 'SHUT_DOWN')),
    add column review_due date,
    add column revision   integer     not null default 1 check (revision >= 1);

create table operator_revision (
    code       varchar(40)  not null references operator (code),
    number     integer      not null check (number >= 1),
    data       jsonb        not null,
    -- Auditor's actor size (AuditEvent.ACTOR_MAX_LENGTH) is 100 too.
    author     varchar(100) not null,
    -- OperatorRevision.MESSAGE_MAX_LENGTH
    message    varchar(500) not null default '',
    created_at timestamptz  not null default now(),
    primary key (code, number)
);

create function operator_revision_is_immutable() returns trigger
    language plpgsql as
$$
begin
    raise exception 'operator revisions are immutable (operator %, revision %)', old.code, old.number;
end;
$$;

create trigger operator_revision_immutable
    before update or delete on operator_revision
    for each row execute function operator_revision_is_immutable();

-- Each operator as it was before the registry is its revision 1.
insert into operator_revision (code, number, data, author, message, created_at)
select code, 1, data, 'system', 'As it was before the registry', updated_at from operator;

-- Editors' scripts change the registry with API tokens of a new scope (TokenScope.OPERATORS).
alter table api_token drop constraint api_token_scopes_check;
alter table api_token add constraint api_token_scopes_check check (cardinality(scopes) >= 1
    and scopes <@ array['drafts:read', 'import', 'export', 'operators', 'admin']::text[]);
