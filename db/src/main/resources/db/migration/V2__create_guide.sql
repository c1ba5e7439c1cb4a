-- A guide: one row with the facets used for filtering and its lifecycle, and immutable revisions that
-- each hold the guide's whole content (every language) as JSONB.
create table guide (
    id                 uuid         primary key,
    slug               varchar(80)  not null,
    country            char(2)      not null,
    topic              varchar(60)  not null,
    status             varchar(16)  not null check (status in ('DRAFT', 'IN_REVIEW', 'PUBLISHED', 'ARCHIVED')),
    card_types         text[]       not null,
    operators          text[]       not null,
    title              jsonb        not null,
    review_due         date,
    saved_revision     integer      not null check (saved_revision >= 1),
    published_revision integer      check (published_revision >= 1 and published_revision <= saved_revision),
    published_at       timestamptz,
    version            bigint       not null check (version >= 1),
    created_at         timestamptz  not null default now(),
    updated_at         timestamptz  not null default now(),
    constraint guide_slug_unique unique (slug),
    constraint guide_published_has_revision check (status <> 'PUBLISHED' or published_revision is not null)
);

create index guide_country on guide (country);
create index guide_status on guide (status);
create index guide_review_due on guide (review_due);

create table guide_revision (
    guide_id   uuid         not null references guide (id),
    number     integer      not null check (number >= 1),
    slug       varchar(80)  not null,
    content    jsonb        not null,
    author     varchar(100) not null,
    message    varchar(500) not null default '',
    created_at timestamptz  not null default now(),
    primary key (guide_id, number)
);

-- The guide row always points at revisions that exist. Deferred, because a guide and its first
-- revision are inserted in one transaction.
alter table guide
    add constraint guide_saved_revision_exists foreign key (id, saved_revision)
        references guide_revision (guide_id, number) deferrable initially deferred,
    add constraint guide_published_revision_exists foreign key (id, published_revision)
        references guide_revision (guide_id, number) deferrable initially deferred;

-- Revisions are history: once written they never change.
create function guide_revision_is_immutable() returns trigger
    language plpgsql as
$$
begin
    raise exception 'guide revisions are immutable (guide %, revision %)', old.guide_id, old.number;
end;
$$;

create trigger guide_revision_immutable
    before update or delete on guide_revision
    for each row execute function guide_revision_is_immutable();
