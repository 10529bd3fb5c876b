-- The inspection, complaint and audit tables grow by the month and are read by the period (coverage, lists, the
-- audit log's range): each becomes a table partitioned by month on its time column — when the inspection was made,
-- when the complaint was received, when the change was audited —, so that PostgreSQL reads only the period's
-- months and an old month can be archived on its own. The months are the district's (${district_zone}: the months of
-- its coverage periods, envgrid.district.zone). Every row moves with its columns, whatever earlier migrations added;
-- a default partition takes what falls in a month without a partition; the platform makes the coming months'
-- partitions ahead (MonthPartitions).
--
-- PostgreSQL wants every unique key of a partitioned table to include its partition key. The primary keys become
-- (id, time); what must stay unique across all months moves to a key table beside each — the inspection ids that
-- retried submissions are recognised by and other tables refer to, the complaint ids, submission keys (a form resent
-- is stored once), tokens and problem cases — kept in step by triggers, and the foreign keys that referred to the
-- table refer to its key table. The audit log's ids come from its sequence alone and nothing refers to them: its key
-- is (id, at).

-- A table's partition for one district month, with the parent's guards against TRUNCATE (PostgreSQL clones row
-- triggers to partitions, not statement triggers). Nothing happens, and false is returned, when the partition
-- exists, when rows of that month already sit in the default partition (they stay there: PostgreSQL would refuse the
-- partition), or when the month overlaps a partition made in another time zone.
create function month_partition(parent regclass, month date, zone text) returns boolean language plpgsql as $$
declare
    base      text := (select relname from pg_class where oid = parent);
    partition text := base || '_' || to_char(month, 'YYYY_MM');
    time_col  text := (select a.attname from pg_partitioned_table p
                       join pg_attribute a on a.attrelid = p.partrelid and a.attnum = p.partattrs[0]
                       where p.partrelid = parent);
    lower     timestamptz := date_trunc('month', month)::timestamp at time zone zone;
    upper     timestamptz := (date_trunc('month', month) + interval '1 month')::timestamp at time zone zone;
    taken     boolean;
begin
    if to_regclass(partition) is not null then
        return false;
    end if;
    execute format('select exists (select 1 from %I where %I >= $1 and %I < $2)', base || '_default', time_col,
                   time_col) into taken using lower, upper;
    if taken then
        raise warning '% keeps the rows of % in its default partition', base, to_char(month, 'YYYY-MM');
        return false;
    end if;
    execute format('create table %I partition of %s for values from (%L) to (%L)', partition, parent, lower, upper);
    perform guard_partition(parent, partition::regclass);
    return true;
exception when invalid_object_definition then
    raise warning '% for % overlaps an existing partition: %', partition, zone, sqlerrm;
    return false;
end
$$;

-- Gives a partition its parent's statement-level TRUNCATE triggers (the audit log's append-only guard).
create function guard_partition(parent regclass, partition regclass) returns void language plpgsql as $$
declare
    guard record;
begin
    for guard in select tgname, tgfoid::regproc as fn from pg_trigger
                 where tgrelid = parent and not tgisinternal and (tgtype & 32) <> 0 loop
        execute format('create trigger %I before truncate on %s for each statement execute function %s()',
                       guard.tgname, partition, guard.fn);
    end loop;
end
$$;

-- Turns a table into one partitioned by month on time_col, for this migration only: same columns, defaults, checks,
-- indexes, foreign keys and triggers; the primary key gains time_col; the unique indexes listed move to key_table
-- (made beforehand, filled with the rows' keys), which the foreign keys that referred to the table now refer to.
-- A unique index not listed stops the migration rather than be lost.
create function pg_temp.partition_by_month(tab text, time_col text, zone text, moved_keys text[], key_table text)
    returns void language plpgsql as $$
declare
    def          record;
    indexes      text[] := '{}';
    constraints  text[] := '{}';
    triggers     text[] := '{}';
    sequences    text[] := '{}';
    pk_columns   text;
    month        date;
    last_month   date;
    statement    text;
begin
    for def in select i.indexrelid::regclass::text as name, pg_get_indexdef(i.indexrelid) as sql, i.indisunique
               from pg_index i where i.indrelid = tab::regclass loop
        if not def.indisunique then
            indexes := indexes || def.sql;
        elsif not def.name = any (moved_keys) then
            raise exception '% has the unique index %, which V28 does not move to a key table', tab, def.name;
        end if;
    end loop;
    select string_agg(quote_ident(a.attname), ', ' order by k.ord) into pk_columns
    from pg_constraint c cross join unnest(c.conkey) with ordinality k(attnum, ord)
    join pg_attribute a on a.attrelid = c.conrelid and a.attnum = k.attnum
    where c.conrelid = tab::regclass and c.contype = 'p';
    -- the foreign keys from the table to others, as they were
    for def in select conname, pg_get_constraintdef(oid) as sql from pg_constraint
               where conrelid = tab::regclass and contype = 'f' and confrelid <> tab::regclass loop
        constraints := constraints || format('alter table %I add constraint %I %s', tab, def.conname, def.sql);
    end loop;
    -- the foreign keys to the table (its own among them), now to its key table
    for def in select conname, conrelid::regclass::text as source, pg_get_constraintdef(oid) as sql
               from pg_constraint where confrelid = tab::regclass and contype = 'f' loop
        if key_table is null then
            raise exception '%.% refers to %, which has no key table', def.source, def.conname, tab;
        end if;
        execute format('alter table %s drop constraint %I', def.source, def.conname);
        constraints := constraints || format('alter table %s add constraint %I %s', def.source, def.conname,
            regexp_replace(def.sql, 'REFERENCES ' || tab || '\(', 'REFERENCES ' || key_table || '('));
    end loop;
    for def in select pg_get_triggerdef(oid) as sql from pg_trigger where tgrelid = tab::regclass and not tgisinternal loop
        triggers := triggers || def.sql;
    end loop;
    -- the sequences of serial columns belong to the table: they move to the new one
    for def in select a.attname, pg_get_serial_sequence(tab, a.attname) as seq from pg_attribute a
               where a.attrelid = tab::regclass and a.attnum > 0 and not a.attisdropped
                 and pg_get_serial_sequence(tab, a.attname) is not null loop
        execute format('alter sequence %s owned by none', def.seq);
        sequences := sequences || format('alter sequence %s owned by %I.%I', def.seq, tab, def.attname);
    end loop;

    execute format('create table %I (like %I including all excluding indexes) partition by range (%I)',
                   tab || '_by_month', tab, time_col);
    execute format('create table %I partition of %I default', tab || '_by_month_default', tab || '_by_month');
    execute format('select date_trunc(''month'', min(%1$I) at time zone %2$L)::date,'
                   || ' date_trunc(''month'', max(%1$I) at time zone %2$L)::date from %3$I', time_col, zone, tab)
        into month, last_month;
    while month <= last_month loop
        perform month_partition((tab || '_by_month')::regclass, month, zone);
        month := month + interval '1 month';
    end loop;
    execute format('insert into %I select * from %I', tab || '_by_month', tab);
    execute format('drop table %I', tab);
    execute format('alter table %I rename to %I', tab || '_by_month', tab);
    for def in select c.relname from pg_inherits i join pg_class c on c.oid = i.inhrelid
               where i.inhparent = tab::regclass and c.relname like tab || '\_by\_month\_%' loop
        execute format('alter table %I rename to %I', def.relname, replace(def.relname, tab || '_by_month', tab));
    end loop;

    execute format('alter table %I add constraint %I primary key (%s, %I)', tab, tab || '_pkey', pk_columns, time_col);
    foreach statement in array indexes || constraints || triggers || sequences loop
        execute statement;
    end loop;
    for def in select inhrelid::regclass as partition from pg_inherits where inhparent = tab::regclass loop
        perform guard_partition(tab::regclass, def.partition);
    end loop;
end
$$;


-- Inspections: the key table holds every record's id — a retried submission (the client makes the id) finds its
-- record there, whatever month it was made in — and whether a later record corrects it, so that coverage asks one
-- index rather than every month's.
create table inspection_key (
    id         uuid    primary key,
    corrected  boolean not null default false
);
insert into inspection_key (id, corrected)
select i.id, exists (select 1 from inspection later where later.corrects = i.id) from inspection i;

do $$ begin perform pg_temp.partition_by_month('inspection', 'inspected_at', '${district_zone}', '{inspection_pkey}',
                                  'inspection_key'); end $$;

create function inspection_key_follows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into inspection_key (id) values (new.id);
    elsif tg_op = 'DELETE' then
        delete from inspection_key where id = old.id;
    elsif new.id <> old.id then
        update inspection_key set id = new.id where id = old.id;
    end if;
    if tg_op <> 'INSERT' then
        update inspection_key k set corrected = exists (select 1 from inspection later where later.corrects = k.id)
        where k.id = old.corrects;
    end if;
    if tg_op <> 'DELETE' then
        update inspection_key set corrected = true where id = new.corrects;
    end if;
    return null;
end
$$;

create trigger inspection_key_follows after insert or update of id, corrects or delete on inspection
    for each row execute function inspection_key_follows();


-- Complaints: ids, submission keys, the complainant's tokens and the problem case a complaint opened stay unique
-- across all months in the key table.
create table complaint_key (
    id               bigint primary key,
    submission_key   text unique,
    rating_token     text not null unique,
    status_token     text not null unique,
    problem_case_id  bigint unique
);
insert into complaint_key (id, submission_key, rating_token, status_token, problem_case_id)
select id, submission_key, rating_token, status_token, problem_case_id from complaint;

do $$ begin perform pg_temp.partition_by_month('complaint', 'received_at', '${district_zone}',
    '{complaint_pkey,complaint_submission_key_key,complaint_rating_token_key,complaint_status_token_key,complaint_case_idx}',
    'complaint_key'); end $$;

create function complaint_key_follows() returns trigger language plpgsql as $$
begin
    if tg_op = 'INSERT' then
        insert into complaint_key (id, submission_key, rating_token, status_token, problem_case_id)
        values (new.id, new.submission_key, new.rating_token, new.status_token, new.problem_case_id);
    elsif tg_op = 'UPDATE' then
        update complaint_key set id = new.id, submission_key = new.submission_key, rating_token = new.rating_token,
                                 status_token = new.status_token, problem_case_id = new.problem_case_id
        where id = old.id;
    else
        delete from complaint_key where id = old.id;
    end if;
    return null;
end
$$;

create trigger complaint_key_follows
    after insert or update of id, submission_key, rating_token, status_token, problem_case_id or delete on complaint
    for each row execute function complaint_key_follows();


-- The audit log: its append-only triggers move with it, onto every partition (guard_partition for TRUNCATE).
do $$ begin perform pg_temp.partition_by_month('audit_log', 'at', '${district_zone}', '{audit_log_pkey}', null); end $$;

-- a temporary function lasts as long as its session, which the pool keeps open
drop function pg_temp.partition_by_month(text, text, text, text[], text);
