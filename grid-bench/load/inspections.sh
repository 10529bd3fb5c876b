#!/usr/bin/env bash
# Load figure: inspections recorded per second over HTTP into PostgreSQL, next to GET /health on the same server.
# Starts the platform on the embedded database (a fresh data directory, demo data), runs the load client, stops.
# Usage: grid-bench/load/inspections.sh [threads] [seconds]
set -euo pipefail
cd "$(dirname "$0")/../.."
threads=${1:-8}
seconds=${2:-20}
mvn -B -q -DskipTests package
mvn -B -q -Pbench -pl grid-bench -am -DskipTests package
data=$(mktemp -d)
port=18080
ENVGRID_DATA_DIR="$data" ENVGRID_EMBEDDED_DB_PORT=54391 PORT=$port \
  java -jar grid-demo/target/grid-demo-0.1.0-SNAPSHOT.jar > "$data/server.log" 2>&1 &
server=$!
trap 'kill $server 2>/dev/null; wait $server 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 90); do curl -sf "http://localhost:$port/health" >/dev/null && break; sleep 1; done
java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.InspectionLoad "http://localhost:$port" "$threads" "$seconds"
