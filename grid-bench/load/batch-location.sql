-- PostGIS's side of batch-location.sh: the grid of every point, by the best serial spatial join found.
-- Geometries are built and indexed first (not timed: the platform's layer and points are in memory too);
-- the points are clustered on their index so that neighbours are neighbours on disk, as BatchLocator walks them.
CREATE TABLE grid AS SELECT code, ST_GeomFromWKB(decode(wkb, 'hex'), 4326) AS geom FROM grid_in;
CREATE TABLE point AS SELECT id, ST_SetSRID(ST_MakePoint(lon, lat), 4326) AS geom, batch_grid FROM point_in;
CREATE INDEX grid_geom ON grid USING gist (geom);
CREATE INDEX point_geom ON point USING gist (geom);
CLUSTER point USING point_geom;
VACUUM ANALYZE grid;
VACUUM ANALYZE point;
SET max_parallel_workers_per_gather = 0;
SELECT count(*) AS points FROM point \gset
\echo points: :points

-- Two plans, the first three times: for each grid (prepared once: PostGIS caches it across the inner loop) the points
-- its box holds, from the points' index; and for each point the grids whose box holds it, from the grids' index.
-- EXPLAIN ANALYZE runs the whole join and discards the rows, so no client transfer is counted against PostGIS.
\echo plan 1: grids outer, points index inner
BEGIN;
DROP INDEX grid_geom;
EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) SELECT p.id, g.code FROM grid g JOIN point p ON ST_Covers(g.geom, p.geom);
EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) SELECT p.id, g.code FROM grid g JOIN point p ON ST_Covers(g.geom, p.geom);
EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) SELECT p.id, g.code FROM grid g JOIN point p ON ST_Covers(g.geom, p.geom);
ROLLBACK;
\echo plan 2 (once: some 20 times slower than plan 1 when measured): points outer, grids index inner
BEGIN;
DROP INDEX point_geom;
EXPLAIN (ANALYZE, TIMING OFF, COSTS OFF) SELECT p.id, g.code FROM point p JOIN grid g ON ST_Covers(g.geom, p.geom);
ROLLBACK;

-- The same answers? A point on a shared edge goes to the smallest code, as the platform's rule says.
SELECT count(*) FILTER (WHERE l.code IS DISTINCT FROM p.batch_grid) AS points_answered_differently,
       count(*) FILTER (WHERE l.code IS NULL) AS points_in_no_grid
FROM point p
LEFT JOIN (SELECT p.id, min(g.code) AS code FROM point p JOIN grid g ON ST_Covers(g.geom, p.geom) GROUP BY p.id) l
       USING (id);
