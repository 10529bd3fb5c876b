-- The bare SQL aggregations behind GET /api/coverage for 2026-Q3 on the grids whose code starts with :prefix
-- (a district: 990101; the city: 9901), timed by psql: psql -v prefix=990101 -f coverage-city-sql.sql
\timing on
SELECT count(*) FROM (
SELECT d.grid_code, count(*), count(d.done_at),
       count(*) FILTER (WHERE (d.done_at AT TIME ZONE 'Asia/Shanghai')::date <= d.due_by),
       count(*) FILTER (WHERE d.done_at IS NULL AND d.due_by < date '2026-11-30'),
       count(*) FILTER (WHERE d.target_kind <> 'source'), count(d.done_at) FILTER (WHERE d.target_kind <> 'source'),
       count(DISTINCT d.target_code) FILTER (WHERE d.target_kind = 'source'),
       count(DISTINCT d.target_code) FILTER (WHERE d.target_kind = 'source' AND EXISTS (
           SELECT 1 FROM inspection i WHERE i.target_kind = 'source' AND i.target_code = d.target_code
           AND i.inspected_at >= timestamptz '2026-07-01 00:00+08' AND i.inspected_at < timestamptz '2026-10-01 00:00+08'
           -- what counts as inspected: CountsAsInspectedSql.ON_I, as the API runs it
           AND ((i.location_plausible
                 OR EXISTS (SELECT 1 FROM inspection_review r WHERE r.inspection_id = i.id AND r.accepted))
                AND NOT EXISTS (SELECT 1 FROM inspection_key k WHERE k.id = i.id AND k.corrected))))
FROM duty d WHERE d.purpose = 'routine' AND d.due_by >= date '2026-07-01' AND d.due_by < date '2026-10-01'
  AND d.grid_code LIKE :'prefix' || '%'
GROUP BY d.grid_code) AS duties;
SELECT count(*) FROM (
SELECT i.grid_code, count(*), count(*) FILTER (WHERE NOT i.location_plausible) FROM inspection i
WHERE i.inspected_at >= timestamptz '2026-07-01 00:00+08' AND i.inspected_at < timestamptz '2026-10-01 00:00+08'
  AND NOT EXISTS (SELECT 1 FROM inspection_key k WHERE k.id = i.id AND k.corrected)
  AND i.grid_code LIKE :'prefix' || '%'
GROUP BY i.grid_code) AS inspections;
