-- Search over published guides (DESIGN.md, "Search that works for Chinese"). The application computes
-- the normalized text and the tokens (dev.waymark.search.SearchText); PostgreSQL stores and indexes them.
-- Rows already published are filled the next time their guide is saved or the seed is reloaded;
-- until then their empty vectors match nothing.
alter table published_guide
    add column ways         text[]   not null default '{}',
    -- NFKC, lower case, Simplified Chinese: what hits are rechecked against with LIKE.
    add column search_title text     not null default '',
    add column search_text  text     not null default '',
    -- CJK bigrams (with positions, for phrases) and whole Latin words.
    add column search_words tsvector not null default ''::tsvector,
    -- Single CJK characters, for one-character queries.
    add column search_chars tsvector not null default ''::tsvector,
    -- The title alone (bigrams, words and single characters): title matches are found through their own
    -- small index, so a query matching thousands of bodies still puts every title match first.
    add column search_title_tokens tsvector not null default ''::tsvector;

create index published_guide_search_words on published_guide using gin (search_words);
create index published_guide_search_chars on published_guide using gin (search_chars);
create index published_guide_search_title_tokens on published_guide using gin (search_title_tokens);
create index published_guide_ways on published_guide using gin (ways);

-- Searches that found nothing, for the editors: what was asked and how often, never by whom.
create table search_miss (
    query     varchar(200) not null,
    language  varchar(8)   not null,
    count     bigint       not null check (count >= 1),
    last_seen timestamptz  not null,
    primary key (query, language)
);

create index search_miss_count on search_miss (count desc);
