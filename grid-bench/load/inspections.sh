#!/usr/bin/env bash
# Load figure: inspections recorded per second over HTTP into PostgreSQL, next to GET /health on the same server.
# Starts the platform on the embedded database (a fresh data directory, demo data) and, with nodes=2, a second
# node (`java -jar`) on that same PostgreSQL with the first's token secret; the load client measures the first node
# alone and, with nodes=2, then both nodes in turn, in the same run; stops.
# Usage: [BUILD=0] grid-bench/load/inspections.sh [threads] [seconds] [nodes: 1 or 2] [port]
#   defaults 8, 20, 1, 18080; the nodes listen on port and port+1, the embedded PostgreSQL on port+36300
set -euo pipefail
cd "$(dirname "$0")/../.."
threads=${1:-8}
seconds=${2:-20}
nodes=${3:-1}
port=${4:-18080}
dbport=$((port + 36300))
if [ "${BUILD:-1}" = 1 ]; then
  mvn -B -q -DskipTests package
  mvn -B -q -Pbench -pl grid-bench -am -DskipTests package
fi
data=$(mktemp -d)
jar=grid-demo/target/grid-demo-0.1.0-SNAPSHOT.jar
ENVGRID_DATA_DIR="$data" ENVGRID_EMBEDDED_DB_PORT=$dbport PORT=$port java -jar $jar > "$data/server.log" 2>&1 &
servers=$!
trap 'kill $servers 2>/dev/null; wait $servers 2>/dev/null || true; rm -rf "$data"' EXIT
for _ in $(seq 1 300); do curl -sf "http://localhost:$port/health" >/dev/null && break; sleep 1; done
urls="http://localhost:$port"
if [ "$nodes" = 2 ]; then
  DATASOURCES_DEFAULT_URL="jdbc:postgresql://localhost:$dbport/postgres" DATASOURCES_DEFAULT_USERNAME=postgres \
    ENVGRID_JWT_SECRET="$(cat "$data/jwt-secret")" ENVGRID_DEMO_ENABLED=false PORT=$((port + 1)) \
    java -jar $jar > "$data/server2.log" 2>&1 &
  servers="$servers $!"
  for _ in $(seq 1 300); do curl -sf "http://localhost:$((port + 1))/health" >/dev/null && break; sleep 1; done
  urls="$urls,http://localhost:$((port + 1))"
fi
echo "load average before: $(cut -d' ' -f1-3 /proc/loadavg)"
java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.InspectionLoad "$urls" "$threads" "$seconds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
