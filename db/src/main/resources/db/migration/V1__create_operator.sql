-- Mobile operators. The whole operator (former names, contacts, sources) is one JSONB value;
-- code, country and name are columns for lookups and ordering.
create table operator (
    code    varchar(40)  primary key,
    country char(2)      not null,
    name    varchar(100) not null,
    data    jsonb        not null
);

create index operator_country on operator (country);
