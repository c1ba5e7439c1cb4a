-- What readers report about a guide: tied to the revision they saw and, for a step, to the way and the
-- step's position (1-based) in that way of that revision. No IP address or other personal data is kept.
create table reader_report (
    id         bigint        generated always as identity primary key,
    guide_id   uuid          not null references guide (id),
    revision   integer       not null check (revision >= 1),
    -- A WayKind key; not checked here, so a new way kind needs no migration.
    way        varchar(40),
    step       integer       check (step >= 1),
    kind       varchar(16)   not null check (kind in ('DID_NOT_WORK', 'OUTDATED', 'HELPFUL', 'NOT_HELPFUL')),
    -- ReaderReport.COMMENT_MAX_LENGTH
    comment    varchar(1000) not null default '',
    created_at timestamptz   not null default now(),
    constraint reader_report_revision_exists foreign key (guide_id, revision)
        references guide_revision (guide_id, number),
    constraint reader_report_way_and_step check ((way is null) = (step is null))
);

-- The editors' inbox: a guide's reports, newest first.
create index reader_report_guide_created on reader_report (guide_id, created_at desc);
