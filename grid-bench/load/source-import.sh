#!/usr/bin/env bash
# A directory import end to end: the platform (JAR, default this build's) on a fresh database of the machine's
# PostgreSQL 15 (127.0.0.1:5432, database DB, dropped and made again), the benchmark district imported, then a CSV
# of [rows] new sources timed from request to answer, and the same file again (every row an update).
# Usage: [BUILD=0] [JAR=…] [DB=bench_batch_api] grid-bench/load/source-import.sh [port] [rows]   (18120, 20000)
# Before/after: JAR=<a build of the previous commit> with the same arguments, in the same session.
set -euo pipefail
cd "$(dirname "$0")/../.."
port=${1:-18120}
rows=${2:-20000}
db=${DB:-bench_batch_api}
jar=${JAR:-grid-api/target/grid-api-0.1.0-SNAPSHOT.jar}
if [ "${BUILD:-1}" = 1 ]; then
  mvn -B -o -q -DskipTests package -pl grid-api -am
  mvn -B -o -q -Pbench -pl grid-bench -am -DskipTests package
fi
psql -X -q -h 127.0.0.1 -U postgres -d postgres -c "DROP DATABASE IF EXISTS $db" -c "CREATE DATABASE $db"
data=$(mktemp -d)
DATASOURCES_DEFAULT_URL=jdbc:postgresql://127.0.0.1:5432/$db DATASOURCES_DEFAULT_USERNAME=postgres \
  ENVGRID_DATA_DIR="$data" PORT=$port ENVGRID_ADMIN_USERNAME=bench ENVGRID_ADMIN_PASSWORD=Bench-pass-2026 \
  ENVGRID_JWT_SECRET=bench-batch-secret-0123456789abcdef-0123456789 ENVGRID_GRIDS_MAX_IMPORT_SIZE=400MB \
  java -jar "$jar" > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -sf "http://localhost:$port/health" >/dev/null && break; kill -0 $server 2>/dev/null || { tail -30 "$data/server.log"; exit 1; }; sleep 1; done
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.SourceImportLoad "http://localhost:$port" "$rows"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
