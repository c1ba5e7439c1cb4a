-- Search rechecks its candidates with LIKE on search_text and search_title (dev.waymark.search.JdbcSearch).
-- Stored compressed, each recheck first decompressed the text; and text that is mostly Chinese barely
-- compresses. Storage "main" keeps them in the row uncompressed, compressing or moving them out only as a
-- last resort when a row would not fit otherwise (very long guides): body and the token vectors go first.
alter table published_guide
    alter column search_text set storage main,
    alter column search_title set storage main;

-- Values already stored compressed stay so until rewritten; rewrite them now.
update published_guide set search_text = search_text || '', search_title = search_title || ''
 where pg_column_compression(search_text) is not null or pg_column_compression(search_title) is not null;

-- A narrow copy of what finding title matches reads (the title, its tokens and the facets filtered on), so
-- that a common word's title matches are found by reading this small index alone (an index-only scan that
-- stops at the search's cap) instead of wide table rows; rarer words keep using the title-token GIN index.
create index published_guide_titles on published_guide (guide_id, language)
    include (search_title, search_title_tokens, country, card_types, operators, ways);
