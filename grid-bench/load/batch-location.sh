#!/usr/bin/env bash
# The location step of a batch (a directory import, re-location after a grid import): BatchLocator next to
# PostGIS's best serial spatial join, on the same grids (the benchmark district's 4,000 deepest grids, effective
# geometries as hex WKB) and the same random points, in one run; then the answers on which the two differ.
# PostGIS comes from Debian (postgresql-15-postgis-3, installed here if missing: this benchmark only, never the
# tests) into the machine's PostgreSQL 15 on 127.0.0.1:5432, in a database of its own (dropped and made again).
# Usage: [BUILD=0] [DB=bench_batch] grid-bench/load/batch-location.sh [points]   (default 1,000,000: the JMH figure's)
set -euo pipefail
cd "$(dirname "$0")/../.."
points=${1:-1000000}
db=${DB:-bench_batch}
psql="psql -X -h 127.0.0.1 -U postgres"
if [ "${BUILD:-1}" = 1 ]; then
  mvn -B -o -q -Pbench -pl grid-bench -am -DskipTests package
fi
if ! dpkg -s postgresql-15-postgis-3 >/dev/null 2>&1; then
  apt-get install -y -q postgresql-15-postgis-3 >/dev/null
fi
data=$(mktemp -d)
trap 'rm -rf "$data"' EXIT
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.BatchLocationData "$data" "$points"
$psql -q -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
$psql -q -d "$db" -c "CREATE EXTENSION postgis" \
  -c "CREATE TABLE grid_in (code text, wkb text)" -c "CREATE TABLE point_in (id int, lon float8, lat float8, batch_grid text)"
$psql -q -d "$db" -c "\\copy grid_in FROM '$data/grids.tsv'" -c "\\copy point_in FROM '$data/points.tsv'"
echo "PostGIS $($psql -Atq -d "$db" -c 'SELECT postgis_lib_version()'), serial (max_parallel_workers_per_gather = 0):"
$psql -q -d "$db" -v ON_ERROR_STOP=1 -f grid-bench/load/batch-location.sql
echo "BatchLocator (JMH, same grids and points; batch: all cores, oneByOne: GridLocator.locate per point, one thread):"
java -Djmh.ignoreLock=true -jar grid-bench/target/benchmarks.jar 'BatchLocationBenchmark' -f 1 -wi 2 -w 5 -i 3 -r 5 2>&1 \
  | grep -E '^(Benchmark|BatchLocationBenchmark)'
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
