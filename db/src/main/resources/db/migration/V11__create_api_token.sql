-- Personal API tokens of editors and admins, for scripts and Prometheus (Authorization: Bearer ...).
-- Only the SHA-256 of a token is kept; the token itself is shown once, when it is created.
create table api_token (
    id           uuid         primary key,
    username     varchar(40)  not null references app_user (username) on delete cascade,
    -- ApiToken.NAME_MAX_LENGTH
    name         varchar(60)  not null check (length(btrim(name)) > 0),
    -- TokenScope keys; at least one.
    scopes       text[]       not null check (cardinality(scopes) >= 1
                                  and scopes <@ array['drafts:read', 'import', 'export', 'admin']::text[]),
    token_hash   char(64)     not null unique check (token_hash ~ '^[0-9a-f]{64}$'),
    created_at   timestamptz  not null,
    -- ApiToken.MAX_VALIDITY
    expires_at   timestamptz  not null check (expires_at > created_at and expires_at <= created_at + interval '366 days'),
    last_used_at timestamptz,
    revoked_at   timestamptz
);

create index api_token_username on api_token (username, created_at desc);
