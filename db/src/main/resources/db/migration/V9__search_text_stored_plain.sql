-- Search rechecks its candidates with LIKE on search_text and search_title (dev.waymark.search.JdbcSearch).
-- Stored compressed, each recheck first decompressed the text; and text that is mostly Chinese barely
-- compresses. Storage "main" keeps them in the row uncompressed, compressing or moving them out only as a
-- last resort when a row would not fit otherwise (very long guides): body and the token vectors go first.
alter table published_guide
    alter column search_text set storage main,
    alter column search_title set storage main;

-- Values already stored keep their old form until rewritten; rewrite them now.
update published_guide set search_text = search_text || '', search_title = search_title || '';
