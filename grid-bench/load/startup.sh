#!/usr/bin/env bash
# Start-up figure: the time from `java -jar` to GET /health 200 and to the first located request (GET
# /api/grids/locate answered from the held layer and its index) on a second start, with a city of benchmark districts
# (4,041 grids each) stored. The first start, on a fresh embedded database, imports the layer and stops; the second
# start on the same data directory is timed, `runs` times over.
# Usage: [BUILD=0] grid-bench/load/startup.sh [port] [districts] [runs]
#   defaults 18110, 1, 3; the embedded PostgreSQL listens on port+36300.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-18110}
districts=${2:-1}
runs=${3:-3}
dbport=$((port + 36300))
if [ "${BUILD:-1}" = 1 ]; then
  mvn -B -q -DskipTests package
  mvn -B -q -Pbench -pl grid-bench -am -DskipTests package
fi
data=$(mktemp -d)
jar=grid-api/target/grid-api-0.1.0-SNAPSHOT.jar
server=
start() {
  ENVGRID_DATA_DIR="$data" ENVGRID_EMBEDDED_DB_PORT=$dbport PORT=$port \
    ENVGRID_ADMIN_USERNAME=bench ENVGRID_ADMIN_PASSWORD=Bench-pass-2026 ENVGRID_GRIDS_MAX_IMPORT_SIZE=400MB \
    java -jar $jar >> "$data/server.log" 2>&1 &
  server=$!
}
stop() {
  kill "$server" 2>/dev/null || true
  wait "$server" 2>/dev/null || true
}
trap 'stop; rm -rf "$data"' EXIT
millis() { echo $(($(date +%s%N) / 1000000)); }

start
for _ in $(seq 1 300); do curl -sf "http://localhost:$port/health" >/dev/null && break; sleep 1; done
java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.CoverageLoad "http://localhost:$port" import "$districts"
# a point inside a second-level grid of the stored layer: the centre of the first one's envelope
point=$(psql -qtA -F, -h localhost -p $dbport -U postgres postgres \
  -c "SELECT (min_lon + max_lon) / 2, (min_lat + max_lat) / 2 FROM grid WHERE tier = 2 ORDER BY code LIMIT 1")
lon=${point%,*}
lat=${point#*,}
stop
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
for run in $(seq 1 "$runs"); do
  t0=$(millis)
  start
  until curl -sf "http://localhost:$port/health" >/dev/null; do sleep 0.05; done
  health=$(($(millis) - t0))
  token=$(curl -sf -H 'Content-Type: application/json' -d '{"username":"bench","password":"Bench-pass-2026"}' \
    "http://localhost:$port/login" | sed 's/.*"access_token":"\([^"]*\)".*/\1/')
  status=$(curl -s -o /dev/null -w '%{http_code}' -H "Authorization: Bearer $token" \
    "http://localhost:$port/api/grids/locate?lon=$lon&lat=$lat")
  located=$(($(millis) - t0))
  echo "start $run: /health 200 after $health ms; first located request (HTTP $status, after signing in) after $located ms"
  stop
done
grep -o "grid layer version .* held and indexed in [0-9]* ms" "$data/server.log" | tail -n "$runs" || true
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
