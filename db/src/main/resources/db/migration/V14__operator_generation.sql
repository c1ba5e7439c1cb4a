-- Every change to an operator is counted here, in the change's own transaction. A reader's request reads the count
-- with the published guide's row, and an instance whose kept operator list is older reloads it first: a rename shows
-- on the very next request through every instance, not only once V10's notice has reached it (on a busy machine the
-- notice can come after the next request). The notice stays: it refreshes the list for everything else.
create table operator_generation (
    only_row   boolean primary key default true check (only_row),
    generation bigint  not null check (generation >= 0)
);

insert into operator_generation (only_row, generation) values (true, 0);

create or replace function operator_changed() returns trigger language plpgsql as $$
begin
    if tg_op <> 'DELETE' then
        new.updated_at := now();
    end if;
    update operator_generation set generation = generation + 1;
    perform pg_notify('waymark_operators', tg_op);
    return case when tg_op = 'DELETE' then old else new end;
end;
$$;
