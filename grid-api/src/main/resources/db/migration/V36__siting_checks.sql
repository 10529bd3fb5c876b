-- Siting checks (#18): a project's site checked against the drinking-water source protection zones, kept as a
-- report. The result is kept as it was found then (the zones may change later); the site is kept as WKB so the
-- report's map shows what was checked. A request id sent by the client makes a retried upload return the first
-- report instead of a second one.

create table siting_check (
    id             bigserial primary key,
    request_id     uuid unique,
    district_code  text        not null,
    checked_at     timestamptz not null,
    checked_on     date        not null,    -- the district's date, for the list per year
    checked_by_id  bigint,                  -- like audit_log.actor_id: the report outlives the account
    checked_by     text        not null,
    project        text        not null,
    applicant      text,
    site           bytea       not null,    -- WKB, EPSG:4326
    verdict        text        not null check (verdict in ('prohibited', 'restricted', 'conditional', 'clear')),
    result         jsonb       not null
);

create index siting_check_district_on_idx on siting_check (district_code, checked_on);
