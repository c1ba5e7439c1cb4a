-- Readers' pages name operators, and every instance keeps the operator list in memory (loaded once, not per
-- request). A change to it must reach every instance: each one LISTENs on 'waymark_operators' and reloads the
-- list when told. updated_at gives pages that name operators an honest Last-Modified.
alter table operator add column updated_at timestamptz not null default now();

create function operator_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        new.updated_at := now();
    end if;
    perform pg_notify('waymark_operators', tg_op);
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;

create trigger operator_changed before insert or update or delete on operator
    for each row execute function operator_changed();

