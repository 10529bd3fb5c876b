-- Benchmark data for the province figures on a city of benchmark districts (4,000 second-level grids each),
-- set-based: 5 sources per grid, their monthly duties and a weekly patrol per grid in 2026-Q3, and
-- :per_district inspections per district over the year 2026 (3 % flagged), spread evenly over the sources and so
-- over the districts; 2,000 cases and 10,000 complaints per district. Written against the columns only, so it
-- loads the same into plain or month-partitioned tables. Run after the layer is imported:
--   psql -v per_district=1000000 -f coverage-city-data.sql
\set ON_ERROR_STOP on
INSERT INTO person (name, username, password_hash, role, created_at)
VALUES ('巡查员', 'bench-supervisor', 'x', 'supervisor', now());

-- the quarter's monthly partitions (V28), as a platform running through the quarter would have made them ahead
SELECT month_partition(t, m::date, 'Asia/Shanghai')
FROM unnest(ARRAY['inspection', 'complaint', 'audit_log']::regclass[]) AS t,
     generate_series(date '2026-07-01', date '2026-09-01', interval '1 month') AS m;

INSERT INTO source (code, kind, name, lon, lat, key_discharger, rating, status, grid_code, updated_at)
SELECT 'S' || g.code || '-' || n, 'other', '源' || n, (g.min_lon + g.max_lon) / 2, (g.min_lat + g.max_lat) / 2,
       n = 1, (ARRAY['A','B','C','D'])[1 + (n % 4)], 'operating', g.code, now()
FROM grid g CROSS JOIN generate_series(1, 5) AS n
WHERE g.tier = 2;

INSERT INTO duty (target_kind, target_code, grid_code, due_from, due_by, supervisor_id, done_at, created_at)
SELECT 'source', s.code, s.grid_code, m, (m + interval '1 month' - interval '1 day')::date,
       (SELECT id FROM person WHERE username = 'bench-supervisor'),
       CASE WHEN random() < 0.8 THEN m + interval '10 days' END, now()
FROM source s CROSS JOIN (VALUES (date '2026-07-01'), (date '2026-08-01'), (date '2026-09-01')) AS months(m);

INSERT INTO duty (target_kind, target_code, grid_code, due_from, due_by, created_at, done_at)
SELECT 'grid_patrol', g.code, g.code, w::date, w::date + 6, now(), CASE WHEN random() < 0.7 THEN w + interval '3 days' END
FROM grid g CROSS JOIN generate_series(timestamptz '2026-07-01 00:00+08', timestamptz '2026-09-24 00:00+08', interval '7 days') AS w
WHERE g.tier = 2;

SELECT count(*) AS districts FROM grid WHERE tier = 0 \gset

WITH sources AS (SELECT code, grid_code, lon, lat, row_number() OVER (ORDER BY code) AS n FROM source),
     total AS (SELECT count(*) AS c FROM source)
INSERT INTO inspection (id, payload_hash, inspector_id, target_kind, target_code, grid_code, inspected_at,
                        fix_lon, fix_lat, fix_crs, sent_lon, sent_lat, accuracy_m, checklist, findings,
                        location_plausible, location_distance_m, received_at)
SELECT gen_random_uuid(), 'bench', (SELECT id FROM person WHERE username = 'bench-supervisor'), 'source', s.code,
       s.grid_code, timestamptz '2026-01-01 00:00+08' + (i % 365) * interval '1 day' + (i % 600) * interval '1 minute',
       s.lon, s.lat, 'wgs84', s.lon, s.lat, 10, '{}', '[]', i % 33 <> 0, 0, now()
FROM generate_series(1, :per_district::bigint * :districts) AS i
JOIN sources s ON s.n = 1 + (i % (SELECT c FROM total));

INSERT INTO problem_case (inspection_id, finding_index, category, severity, description, grid_code, target_kind,
                          target_code, state, due_by, opened_at, closed_at)
SELECT i.id, 0, 'wastewater', 'general', 'bench', i.grid_code, 'source', i.target_code,
       CASE WHEN row_number() OVER () % 3 = 0 THEN 'rectifying' ELSE 'closed' END, date '2026-08-15',
       timestamptz '2026-08-01 09:00+08', CASE WHEN row_number() OVER () % 3 = 0 THEN NULL ELSE timestamptz '2026-08-10 09:00+08' END
FROM (SELECT id, grid_code, target_code, inspected_at FROM inspection
      WHERE inspected_at >= timestamptz '2026-07-01 00:00+08' AND inspected_at < timestamptz '2026-10-01 00:00+08'
      LIMIT 2000 * :districts) AS i;

INSERT INTO complaint (channel, category, description, lon, lat, grid_code, near_boundary, also_shown_to, state,
                       received_at, accept_by, close_by, closed_at, satisfaction, rated_at, rating_token, status_token,
                       client_key)
SELECT 'web', 'noise', 'bench', s.lon, s.lat, s.grid_code, false, '[]', 'closed',
       timestamptz '2026-07-01 09:00+08' + (n % 90) * interval '1 day', date '2026-07-02' + (n % 90)::int,
       date '2026-07-08' + (n % 90)::int, timestamptz '2026-07-03 09:00+08' + (n % 90) * interval '1 day',
       (ARRAY['satisfied','basically_satisfied','unsatisfied'])[1 + n % 3],
       timestamptz '2026-07-04 09:00+08' + (n % 90) * interval '1 day', 'r' || n, 's' || n, 'bench'
FROM (SELECT code, grid_code, lon, lat, row_number() OVER (ORDER BY code) AS n FROM source
      LIMIT 10000 * :districts) AS s;

ANALYZE;

-- bytes per row, over every partition when the table is partitioned, indexes and TOAST included; rows are counted
-- in the leaves only (ANALYZE gives a partitioned parent the sum of its partitions' rows)
SELECT t AS "table", sum(greatest(c.reltuples, 0)) FILTER (WHERE c.relkind <> 'p')::bigint AS rows,
       pg_size_pretty(sum(pg_total_relation_size(c.oid))) AS size,
       (sum(pg_total_relation_size(c.oid))
        / greatest(sum(c.reltuples) FILTER (WHERE c.relkind <> 'p'), 1))::int AS bytes_per_row
FROM unnest(ARRAY['inspection', 'duty', 'source', 'complaint', 'problem_case', 'grid']) AS t
JOIN pg_class c ON c.oid = t::regclass OR c.oid IN (SELECT relid FROM pg_partition_tree(t::regclass))
GROUP BY t;
