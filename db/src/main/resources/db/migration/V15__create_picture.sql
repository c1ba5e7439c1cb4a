-- Pictures editors attach to guides. The master (re-encoded from pixels: orientation applied, no metadata, sRGB,
-- PNG) is named by the SHA-256 of its bytes and kept once however often it is uploaded; revisions reference it by
-- that hash (a JSON member "picture" anywhere in guide_revision.content). The variants are what readers get: each
-- width in each format, made once at upload.
create table picture (
    hash             char(64)     primary key check (hash ~ '^[0-9a-f]{64}$'),
    width            integer      not null check (width > 0),
    height           integer      not null check (height > 0),
    master           bytea        not null,
    master_bytes     integer      not null check (master_bytes = length(master)),
    uploaded_bytes   integer      not null check (uploaded_bytes > 0),
    uploaded_by      text         not null,
    created_at       timestamptz  not null,
    -- A second upload of the same picture restarts the grace period before an unreferenced picture is removed.
    last_uploaded_at timestamptz  not null check (last_uploaded_at >= created_at)
);

create table picture_variant (
    hash   char(64) not null references picture (hash) on delete cascade,
    width  integer  not null check (width > 0),
    -- PictureFormat, lower case
    format text     not null check (format in ('webp', 'jpeg')),
    bytes  bytea    not null check (length(bytes) > 0),
    size   integer  not null check (size = length(bytes)),
    primary key (hash, width, format)
);

-- The bytes are compressed images already: PostgreSQL need not try to compress them again.
alter table picture alter column master set storage external;
alter table picture_variant alter column bytes set storage external;

create index picture_last_uploaded_at on picture (last_uploaded_at);
