-- Editors close a reader's report with a note once they have dealt with it. A closed report leaves the inbox
-- but is kept, with who closed it, when and why.
alter table reader_report
    add column closed_at  timestamptz,
    -- ReaderReport.CLOSED_BY_MAX_LENGTH: the editor's username
    add column closed_by  varchar(100),
    -- ReaderReport.CLOSE_NOTE_MAX_LENGTH
    add column close_note varchar(1000),
    add constraint reader_report_closed_together check (
        (closed_at is null and closed_by is null and close_note is null)
        or (closed_at is not null and closed_by is not null and close_note is not null
            and btrim(closed_by) <> '' and btrim(close_note) <> ''));

-- The editors' inbox: open reports grouped by guide, revision, way and step, the newest first within each.
create index reader_report_open on reader_report (guide_id, revision, way, step, created_at desc, id desc)
    where closed_at is null;
