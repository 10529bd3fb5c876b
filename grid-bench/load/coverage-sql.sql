-- The figures behind GET /api/coverage for 2026-Q3, every grid's (the endpoint counts the whole city whoever asks),
-- computed twice on the same data and timed by psql, output discarded (\o /dev/null) so that PostgreSQL computes
-- every aggregate — wrapping a query in count(*) lets it skip them:
--   1. "endpoint SQL": CoverageQueries' five aggregations exactly as the API runs them (duties, inspections,
--      problem cases, complaints, remediation measures), with the API's time zone and constants;
--   2. "best bare SQL": the same figures written for PostgreSQL, the floor the endpoint is held to — duties
--      aggregated once per grid and target before per grid, the inspected sources found once as a hashed set,
--      hashed NOT IN over the few corrected records instead of an anti-join over every record, the cases by
--      "not closed before the period" as well as "opened before its end".
-- :prefix narrows both to the grids whose code starts with it (a district: 990101; the city: 9901).
-- psql -v prefix=9901 -f coverage-sql.sql | grep -E '^(--|Time)'
\set from '''2026-07-01 00:00+08'''
\set to '''2026-10-01 00:00+08'''
\set zone '''Asia/Shanghai'''
\set today 'current_date'
\set fromday '''2026-07-01'''
\set endday '''2026-10-01'''
SET plan_cache_mode = force_custom_plan;
\timing on
\o /dev/null
\echo -- endpoint SQL
WITH inspected AS (
    SELECT DISTINCT i.target_code FROM inspection i
    WHERE i.target_kind = 'source' AND i.inspected_at >= timestamptz :from AND i.inspected_at < timestamptz :to
      AND ((i.location_plausible
            OR EXISTS (SELECT 1 FROM inspection_review r WHERE r.inspection_id = i.id AND r.accepted))
           AND NOT EXISTS (SELECT 1 FROM inspection_key k WHERE k.id = i.id AND k.corrected))),
per_target AS (
    SELECT d.grid_code, d.target_kind, d.target_code, count(*) AS due, count(d.done_at) AS done,
           count(*) FILTER (WHERE (d.done_at AT TIME ZONE :zone)::date <= d.due_by) AS on_time,
           count(*) FILTER (WHERE d.done_at IS NULL AND d.due_by < :today) AS overdue
    FROM duty d
    WHERE d.purpose = 'routine' AND d.due_by >= date :fromday AND d.due_by < date :endday
      AND d.grid_code LIKE :'prefix' || '%'
    GROUP BY d.grid_code, d.target_kind, d.target_code)
SELECT t.grid_code, sum(t.due)::int AS duties_due, sum(t.done)::int AS duties_done,
       sum(t.on_time)::int AS duties_done_on_time, sum(t.overdue)::int AS duties_overdue,
       coalesce(sum(t.due) FILTER (WHERE t.target_kind <> 'source'), 0)::int AS patrols_due,
       coalesce(sum(t.done) FILTER (WHERE t.target_kind <> 'source'), 0)::int AS patrols_done,
       count(*) FILTER (WHERE t.target_kind = 'source') AS objects_due,
       count(*) FILTER (WHERE t.target_kind = 'source'
                        AND t.target_code IN (SELECT target_code FROM inspected)) AS objects_inspected
FROM per_target t
GROUP BY t.grid_code;
SELECT i.grid_code, count(*) AS inspections, count(*) FILTER (WHERE NOT i.location_plausible) AS inspections_flagged
FROM inspection i
WHERE i.inspected_at >= timestamptz :from AND i.inspected_at < timestamptz :to
  AND NOT EXISTS (SELECT 1 FROM inspection_key k WHERE k.id = i.id AND k.corrected) AND i.grid_code LIKE :'prefix' || '%'
GROUP BY i.grid_code;
SELECT c.grid_code,
       count(*) FILTER (WHERE c.closed_at IS NULL OR c.closed_at >= timestamptz :to) AS problems_open,
       count(*) FILTER (WHERE (c.closed_at IS NULL OR c.closed_at >= timestamptz :to) AND c.due_by < date :endday) AS problems_overdue,
       count(*) FILTER (WHERE c.closed_at < timestamptz :to AND c.state = 'closed') AS problems_closed,
       count(*) FILTER (WHERE c.closed_at < timestamptz :to AND c.state = 'closed'
                        AND (c.closed_at AT TIME ZONE :zone)::date <= c.due_by) AS problems_closed_on_time
FROM problem_case c
WHERE c.opened_at < timestamptz :to AND coalesce(c.closed_at, 'infinity') >= timestamptz :from
  AND c.grid_code LIKE :'prefix' || '%'
GROUP BY c.grid_code;
SELECT c.grid_code, count(*) AS complaints_received, count(c.closed_at) AS complaints_closed,
       count(*) FILTER (WHERE (c.closed_at AT TIME ZONE :zone)::date <= c.close_by) AS complaints_closed_on_time,
       count(c.satisfaction) AS complaints_rated,
       count(*) FILTER (WHERE c.satisfaction IN ('satisfied', 'basically_satisfied')) AS complaints_satisfied
FROM complaint c
WHERE c.grid_code IS NOT NULL AND c.received_at >= timestamptz :from AND c.received_at < timestamptz :to
  AND c.grid_code LIKE :'prefix' || '%'
GROUP BY c.grid_code;
SELECT s.grid_code, count(*) AS measures_due, count(*) FILTER (WHERE m.verified_at < timestamptz :to) AS measures_verified
FROM plan_measure m
JOIN remediation_plan p ON p.id = m.plan_id
JOIN source s ON s.code = p.source_code
WHERE m.state <> 'cancelled' AND m.deadline >= date :fromday AND m.deadline < date :endday AND s.grid_code IS NOT NULL
  AND s.grid_code LIKE :'prefix' || '%'
GROUP BY s.grid_code;

\echo -- best bare SQL
WITH inspected AS (
    SELECT DISTINCT i.target_code FROM inspection i
    WHERE i.target_kind = 'source' AND i.inspected_at >= timestamptz :from AND i.inspected_at < timestamptz :to
      AND (i.location_plausible OR i.id IN (SELECT r.inspection_id FROM inspection_review r WHERE r.accepted))
      AND i.id NOT IN (SELECT k.id FROM inspection_key k WHERE k.corrected)),
per_target AS (
    SELECT d.grid_code, d.target_kind, d.target_code, count(*) AS due, count(d.done_at) AS done,
           count(*) FILTER (WHERE (d.done_at AT TIME ZONE :zone)::date <= d.due_by) AS on_time,
           count(*) FILTER (WHERE d.done_at IS NULL AND d.due_by < :today) AS overdue
    FROM duty d
    WHERE d.purpose = 'routine' AND d.due_by >= date :fromday AND d.due_by < date :endday AND d.grid_code LIKE :'prefix' || '%'
    GROUP BY d.grid_code, d.target_kind, d.target_code)
SELECT t.grid_code, sum(t.due), sum(t.done), sum(t.on_time), sum(t.overdue),
       coalesce(sum(t.due) FILTER (WHERE t.target_kind <> 'source'), 0),
       coalesce(sum(t.done) FILTER (WHERE t.target_kind <> 'source'), 0),
       count(*) FILTER (WHERE t.target_kind = 'source'),
       count(*) FILTER (WHERE t.target_kind = 'source' AND t.target_code IN (SELECT target_code FROM inspected))
FROM per_target t
GROUP BY t.grid_code;
SELECT i.grid_code, count(*), count(*) FILTER (WHERE NOT i.location_plausible)
FROM inspection i
WHERE i.inspected_at >= timestamptz :from AND i.inspected_at < timestamptz :to
  AND i.id NOT IN (SELECT k.id FROM inspection_key k WHERE k.corrected) AND i.grid_code LIKE :'prefix' || '%'
GROUP BY i.grid_code;
SELECT c.grid_code,
       count(*) FILTER (WHERE c.closed_at IS NULL OR c.closed_at >= timestamptz :to),
       count(*) FILTER (WHERE (c.closed_at IS NULL OR c.closed_at >= timestamptz :to) AND c.due_by < date :endday),
       count(*) FILTER (WHERE c.closed_at < timestamptz :to AND c.state = 'closed'),
       count(*) FILTER (WHERE c.closed_at < timestamptz :to AND c.state = 'closed'
                        AND (c.closed_at AT TIME ZONE :zone)::date <= c.due_by)
FROM problem_case c
WHERE c.opened_at < timestamptz :to AND coalesce(c.closed_at, 'infinity') >= timestamptz :from
  AND c.grid_code LIKE :'prefix' || '%'
GROUP BY c.grid_code;
SELECT c.grid_code, count(*), count(c.closed_at),
       count(*) FILTER (WHERE (c.closed_at AT TIME ZONE :zone)::date <= c.close_by),
       count(c.satisfaction), count(*) FILTER (WHERE c.satisfaction IN ('satisfied', 'basically_satisfied'))
FROM complaint c
WHERE c.grid_code IS NOT NULL AND c.received_at >= timestamptz :from AND c.received_at < timestamptz :to
  AND c.grid_code LIKE :'prefix' || '%'
GROUP BY c.grid_code;
SELECT s.grid_code, count(*), count(*) FILTER (WHERE m.verified_at < timestamptz :to)
FROM plan_measure m
JOIN remediation_plan p ON p.id = m.plan_id
JOIN source s ON s.code = p.source_code
WHERE m.state <> 'cancelled' AND m.deadline >= date :fromday AND m.deadline < date :endday AND s.grid_code IS NOT NULL
  AND s.grid_code LIKE :'prefix' || '%'
GROUP BY s.grid_code;
