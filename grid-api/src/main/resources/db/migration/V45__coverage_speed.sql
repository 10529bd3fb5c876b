-- Coverage (#19 point 4): the indexes its aggregations ask for, each reading only the period's rows, and a change
-- counter per day that tells a node whether the coverage it keeps in memory for a period is still the stored one.

-- The period's inspections by date, with every column the coverage counts (index-only scans); it replaces the plain
-- date index, which it serves as well.
create index inspection_period_idx on inspection (inspected_at)
    include (grid_code, target_kind, target_code, location_plausible, id);
drop index inspection_inspected_idx;

-- The few corrected records, read whole as a hashed set, rather than one probe per inspection of the period.
create index inspection_key_corrected_idx on inspection_key (id) where corrected;

-- The period's routine duties by due date (nothing led with it: the duties of every quarter were read).
create index duty_routine_due_idx on duty (due_by) include (grid_code, target_kind, target_code, done_at)
    where purpose = 'routine';

-- The cases open at some time in a period: not closed before it starts (still open ones last for ever), opened
-- before it ends — rather than every case ever opened before its end.
create index problem_case_open_until_idx on problem_case ((coalesce(closed_at, 'infinity'::timestamptz)), opened_at);

-- The measures due in a period that are not cancelled (the older index holds the planned and reported ones only).
create index plan_measure_due_idx on plan_measure (deadline) where state <> 'cancelled';


-- What changed on which day, for the coverage kept in memory (Coverage): a row per day — of an inspection, a duty's
-- due date, a complaint, a measure's deadline; `open` for the day a problem case was opened, as a case counts in
-- every period from its opening on — and `version`, the number of the row's latest change from one sequence. The
-- coverage of a period is still current while the sum of the versions of its days (and of the open days before its
-- end) is the one it was computed at: a sum, not the greatest, because a change numbered before another may commit
-- after it, and must still tell. Days are UTC dates; readers take a day more on each side. Statement triggers write one row per
-- day a statement touches, so an import or a bulk load costs one upsert per day, not per row; `backend` (the
-- writing server process) gives each connection rows of its own, so that concurrent intakes of the same day never
-- wait on one another's row until commit.
create sequence coverage_change_version;
create table coverage_change (
    open     boolean  not null,
    day      date     not null,
    backend  integer  not null,
    version  bigint   not null,
    primary key (open, day, backend)
);

create function coverage_changed(days date[], open boolean) returns void language sql as $$
    insert into coverage_change (open, day, backend, version)
    select open, d, pg_backend_pid(), nextval('coverage_change_version')
    from (select distinct d from unnest(days) as d where d is not null) as changed(d)
    on conflict (open, day, backend) do update set version = excluded.version
$$;

-- Changes that reach every period (a source moved to another grid, a remediation plan's enterprise, a table
-- emptied): the open row of day -infinity.
create function coverage_changed_everywhere() returns trigger language plpgsql as $$
begin
    perform coverage_changed(array[date '-infinity'], true);
    return null;
end
$$;

-- The days the rows of a statement count on, before it (updates, deletes) and after it (inserts, updates); every
-- trigger below calls its transition tables old_rows and new_rows. A review or a correction changes the figures of
-- its inspection's day.
create function coverage_changed_rows() returns trigger language plpgsql as $$
declare
    days date[] := '{}';
begin
    if tg_table_name = 'inspection' then
        if tg_op <> 'DELETE' then days := days || array(select (inspected_at at time zone 'UTC')::date from new_rows); end if;
        if tg_op <> 'INSERT' then days := days || array(select (inspected_at at time zone 'UTC')::date from old_rows); end if;
    elsif tg_table_name = 'inspection_review' then
        if tg_op <> 'DELETE' then days := days || array(select (i.inspected_at at time zone 'UTC')::date
            from inspection i where i.id in (select inspection_id from new_rows)); end if;
        if tg_op <> 'INSERT' then days := days || array(select (i.inspected_at at time zone 'UTC')::date
            from inspection i where i.id in (select inspection_id from old_rows)); end if;
    elsif tg_table_name = 'inspection_key' then
        days := array(select (i.inspected_at at time zone 'UTC')::date from inspection i
                      where i.id in (select n.id from new_rows n join old_rows o using (id) where n.corrected <> o.corrected));
    elsif tg_table_name = 'duty' then
        if tg_op <> 'DELETE' then days := days || array(select due_by from new_rows); end if;
        if tg_op <> 'INSERT' then days := days || array(select due_by from old_rows); end if;
    elsif tg_table_name = 'problem_case' then
        if tg_op <> 'DELETE' then days := days || array(select (opened_at at time zone 'UTC')::date from new_rows); end if;
        if tg_op <> 'INSERT' then days := days || array(select (opened_at at time zone 'UTC')::date from old_rows); end if;
    elsif tg_table_name = 'complaint' then
        if tg_op <> 'DELETE' then days := days || array(select (received_at at time zone 'UTC')::date from new_rows); end if;
        if tg_op <> 'INSERT' then days := days || array(select (received_at at time zone 'UTC')::date from old_rows); end if;
    elsif tg_table_name = 'plan_measure' then
        if tg_op <> 'DELETE' then days := days || array(select deadline from new_rows); end if;
        if tg_op <> 'INSERT' then days := days || array(select deadline from old_rows); end if;
    else
        raise exception 'coverage_changed_rows has no days for %', tg_table_name;
    end if;
    perform coverage_changed(days, tg_table_name = 'problem_case');
    return null;
end
$$;

do $$
declare
    t text;
begin
    foreach t in array array['inspection', 'inspection_review', 'duty', 'problem_case', 'complaint', 'plan_measure'] loop
        execute format('create trigger coverage_changed_insert after insert on %I referencing new table as new_rows'
                       ' for each statement execute function coverage_changed_rows()', t);
        execute format('create trigger coverage_changed_update after update on %I'
                       ' referencing old table as old_rows new table as new_rows'
                       ' for each statement execute function coverage_changed_rows()', t);
        execute format('create trigger coverage_changed_delete after delete on %I referencing old table as old_rows'
                       ' for each statement execute function coverage_changed_rows()', t);
    end loop;
    foreach t in array array['inspection', 'inspection_review', 'inspection_key', 'duty', 'problem_case', 'complaint',
                             'plan_measure', 'remediation_plan', 'source'] loop
        execute format('create trigger coverage_changed_truncate after truncate on %I'
                       ' for each statement execute function coverage_changed_everywhere()', t);
    end loop;
end
$$;

-- a measure counts in the grid of its plan's enterprise
create trigger coverage_changed_grid after update of grid_code or delete on source
    for each statement execute function coverage_changed_everywhere();
create trigger coverage_changed_source after update of source_code on remediation_plan
    for each statement execute function coverage_changed_everywhere();

-- inspection_key changes only its `corrected` flag that coverage reads (its rows follow inspection's)
create trigger coverage_changed_update after update on inspection_key
    referencing old table as old_rows new table as new_rows
    for each statement execute function coverage_changed_rows();
