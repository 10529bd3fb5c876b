#!/usr/bin/env bash
# Coverage speed: 4,000 grids, 20,000 sources, 1,000,000 inspections in PostgreSQL; GET /api/coverage for a quarter
# at first and at second level, next to the bare SQL aggregations timed by psql in the same run.
# Usage: grid-bench/load/coverage.sh
set -euo pipefail
cd "$(dirname "$0")/../.."
mvn -B -q -DskipTests package
mvn -B -q -Pbench -pl grid-bench -am -DskipTests package
data=$(mktemp -d)
port=18081
dbport=54392
ENVGRID_DATA_DIR="$data" ENVGRID_EMBEDDED_DB_PORT=$dbport PORT=$port \
  ENVGRID_ADMIN_USERNAME=bench ENVGRID_ADMIN_PASSWORD=Bench-pass-2026 \
  java -jar grid-api/target/grid-api-0.1.0-SNAPSHOT.jar > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 90); do curl -sf "http://localhost:$port/health" >/dev/null && break; sleep 1; done
java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.CoverageLoad "http://localhost:$port" import
echo "loading 1,000,000 inspections ..."
psql -q -h localhost -p $dbport -U postgres postgres -f grid-bench/load/coverage-data.sql
java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.CoverageLoad "http://localhost:$port" measure
echo "bare SQL, same data:"
for _ in 1 2 3; do psql -h localhost -p $dbport -U postgres postgres -f grid-bench/load/coverage-sql.sql | grep Time; done
