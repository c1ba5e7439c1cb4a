-- Editor and admin accounts. Readers need none. Passwords are kept only as encoded hashes ({bcrypt}...).
create table app_user (
    -- User.USERNAME_MAX_LENGTH and its pattern
    username      varchar(40)  primary key check (username ~ '^[a-z0-9][a-z0-9._-]*$'),
    -- User.DISPLAY_NAME_MAX_LENGTH
    display_name  varchar(100) not null check (length(btrim(display_name)) > 0),
    -- Role names; at least one.
    roles         text[]       not null check (cardinality(roles) >= 1 and roles <@ array['EDITOR', 'ADMIN']::text[]),
    password_hash varchar(500) not null check (password_hash like '{%'),
    enabled       boolean      not null default true,
    created_at    timestamptz  not null default now(),
    updated_at    timestamptz  not null default now(),
    -- Optimistic locking: a change carrying a stale version is refused.
    version       bigint       not null default 1 check (version >= 1)
);
