#!/usr/bin/env bash
# Coverage speed on a city of benchmark districts (4,000 grids, 20,000 sources each) with a year of inspections:
# GET /api/coverage for 2026-Q3 for one district and for the city, next to the bare SQL aggregations timed by psql
# on the same data in the same run; then each table's rows and bytes per row.
# Usage: [BUILD=0] grid-bench/load/coverage.sh [port] [districts] [inspections per district-year]
#   defaults 18081, 1, 1000000 (the province figures: 10 districts → 10,000,000 inspections); the embedded
#   PostgreSQL listens on port+36300. The city's layer is ~25 MB of GeoJSON per district: the grid import's limit
#   is raised to 400MB (ENVGRID_GRIDS_MAX_IMPORT_SIZE), enough for 10 districts. The import of several districts in
#   one request runs longer than Micronaut's 5-minute idle timeouts, which close the connection without an answer:
#   they are raised to an hour. Body pieces of up to 1 MB instead of 8 KB: Micronaut 4.10 assembles a buffered body
#   by copying it again every 16 pieces (micronaut-core #12855), 20 minutes for 4 districts' 92 MB on a loaded machine.
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
data=$(mktemp -d)
ENVGRID_DATA_DIR="$data" ENVGRID_EMBEDDED_DB_PORT=$dbport PORT=$port \
  ENVGRID_ADMIN_USERNAME=bench ENVGRID_ADMIN_PASSWORD=Bench-pass-2026 ENVGRID_GRIDS_MAX_IMPORT_SIZE=400MB \
  java -Dmicronaut.server.idle-timeout=60m -Dmicronaut.server.read-idle-timeout=60m \
  -Dmicronaut.server.write-idle-timeout=60m -Dmicronaut.server.netty.max-chunk-size=1048576 \
  -jar grid-api/target/grid-api-0.1.0-SNAPSHOT.jar > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -sf "http://localhost:$port/health" >/dev/null && break; sleep 1; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
load="java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.CoverageLoad http://localhost:$port"
$load import "$districts"
echo "loading $districts × $per_district inspections ..."
time psql -q -h localhost -p $dbport -U postgres postgres -v per_district="$per_district" -f grid-bench/load/coverage-data.sql
$load measure "$districts"
for prefix in 990101 9901; do
  echo "bare SQL, same data, grids $prefix…:"
  for _ in 1 2 3; do
    psql -h localhost -p $dbport -U postgres postgres -v prefix=$prefix -f grid-bench/load/coverage-sql.sql | grep Time
  done
done
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
