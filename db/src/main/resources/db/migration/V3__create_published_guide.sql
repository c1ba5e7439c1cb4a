-- What readers can see, derived from each visible guide's published revision: one row per
-- (guide, language) the guide is written in. Rebuilt whenever a guide is saved.
create table published_guide (
    guide_id     uuid         not null references guide (id),
    language     varchar(8)   not null,
    slug         varchar(80)  not null,
    country      char(2)      not null,
    topic        varchar(60)  not null,
    card_types   text[]       not null,
    operators    text[]       not null,
    title        varchar(160) not null,
    summary      text         not null,
    body         text         not null,
    revision     integer      not null,
    published_at timestamptz  not null,
    primary key (guide_id, language)
);

create index published_guide_language_country on published_guide (language, country);
create index published_guide_card_types on published_guide using gin (card_types);
create index published_guide_operators on published_guide using gin (operators);
