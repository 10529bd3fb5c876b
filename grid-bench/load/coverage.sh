#!/usr/bin/env bash
# Coverage speed on a city of benchmark districts (4,000 grids, 20,000 sources each) with a year of inspections:
# GET /api/coverage for 2026-Q3 for one district and for the city, next to the SQL that computes the same figures,
# timed by psql on the same data in the same run — the endpoint's own five queries bare, and the best bare SQL found
# (coverage-sql.sql); then each table's rows and bytes per row.
# Usage: [BUILD=0] [DATA=dir] [JAR=file] grid-bench/load/coverage.sh [port] [districts] [inspections per district-year]
#   defaults 18081, 1, 1000000 (the province figures: 10 districts → 10,000,000 inspections); the embedded
#   PostgreSQL listens on port+36300. The city's layer is ~25 MB of GeoJSON per district: the grid import's limit
#   is raised to 400MB (ENVGRID_GRIDS_MAX_IMPORT_SIZE), enough for 10 districts. (The import of several districts in
#   one request runs for tens of minutes: application.yml's idle timeouts and body pieces allow for that.)
#   DATA keeps the data directory (default: a temporary one, removed at the end); a directory already loaded by an
#   earlier run is measured again without importing or loading. JAR runs another build of the platform (default
#   grid-api/target's).
# The endpoints are timed twice: on a server that keeps no coverage in memory (ENVGRID_COVERAGE_CACHED_PERIODS=0:
# every request computes the figures, what the SQL is compared with), then on one that does (the default: the
# first view of a period computes, the next ones of the same period come from memory).
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-18081}
districts=${2:-1}
per_district=${3:-1000000}
dbport=$((port + 36300))
if [ "${BUILD:-1}" = 1 ]; then
  mvn -B -q -DskipTests package
  mvn -B -q -Pbench -pl grid-bench -am -DskipTests package
fi
jar=${JAR:-grid-api/target/grid-api-0.1.0-SNAPSHOT.jar}
data=${DATA:-$(mktemp -d)}
mkdir -p "$data"
server=
start() {  # start [cached periods]
  ENVGRID_DATA_DIR="$data" ENVGRID_EMBEDDED_DB_PORT=$dbport PORT=$port ENVGRID_COVERAGE_CACHED_PERIODS=$1 \
    ENVGRID_ADMIN_USERNAME=bench ENVGRID_ADMIN_PASSWORD=Bench-pass-2026 ENVGRID_GRIDS_MAX_IMPORT_SIZE=400MB \
    java -jar "$jar" >> "$data/server.log" 2>&1 &
  server=$!
  for _ in $(seq 1 300); do curl -sf "http://localhost:$port/health" >/dev/null && return; sleep 1; done
  echo "the server did not start: $data/server.log" >&2; exit 1
}
stop() { kill "$server" 2>/dev/null; wait "$server" 2>/dev/null || true; }
trap 'stop; [ -n "${DATA:-}" ] || rm -rf "$data"' EXIT
# a server already on the port would answer the health checks below, and the figures would be its
curl -sf "http://localhost:$port/health" >/dev/null && { echo "port $port already answers: stop what runs there or pick another" >&2; exit 1; }
start 0
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
load="java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.CoverageLoad http://localhost:$port"
sql="psql -q -h localhost -p $dbport -U postgres postgres"
if [ ! -f "$data/loaded" ]; then
  $load import "$districts"
  echo "loading $districts × $per_district inspections ..."
  time $sql -v per_district="$per_district" -f grid-bench/load/coverage-data.sql
  echo "$districts $per_district" > "$data/loaded"
fi
echo "data: $(cat "$data/loaded") (districts, inspections per district-year)"
echo "== endpoints computing every request (no coverage kept in memory)"
$load measure "$districts"
for prefix in 990101 9901; do
  echo "== SQL for the same figures, grids $prefix…, ms (five queries summed; each run):"
  for _ in 1 2 3 4 5; do
    $sql -v prefix=$prefix -f grid-bench/load/coverage-sql.sql \
      | awk '/^-- /{side=$0} /^Time:/{sum[side]+=$2} END{for (s in sum) printf "  %s %.0f", s, sum[s]; print ""}'
  done
done
stop
echo "== endpoints with coverage kept in memory (first view of the period, then the next ones)"
start 16
$load cached "$districts"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
