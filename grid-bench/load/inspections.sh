#!/usr/bin/env bash
# Load figure: inspections recorded per second over HTTP into PostgreSQL, next to three endpoints of the same server
# in the same run: GET /health (asks the database), GET /api/today (trivial: no database) and GET /favicon.svg (a
# static file); the ratio intake / trivial endpoint is the figure. Starts the platform on the embedded database (a
# fresh data directory, demo data) and, with nodes=2, a second node (`java -jar`) on that same PostgreSQL with the
# first's token secret; the load client measures the first node alone and, with nodes=2, then both nodes in turn, in
# the same run, each endpoint `seconds` per round, a warm-up round and `rounds` rounds (each and the median); stops.
# Usage: [BUILD=0] [SERVER_JAVA_OPTS=…] grid-bench/load/inspections.sh [threads] [seconds] [nodes: 1 or 2] [port] [rounds]
#   defaults 8, 20, 1, 18080, 1; the nodes listen on port and port+1, the embedded PostgreSQL on port+36300.
#   SERVER_JAVA_OPTS go to the first node's JVM, e.g. a flight recording of the run:
#   SERVER_JAVA_OPTS="-XX:StartFlightRecording=filename=/tmp/intake.jfr,settings=profile"
set -euo pipefail
cd "$(dirname "$0")/../.."
threads=${1:-8}
seconds=${2:-20}
nodes=${3:-1}
port=${4:-18080}
rounds=${5:-1}
dbport=$((port + 36300))
if [ "${BUILD:-1}" = 1 ]; then
  mvn -B -q -DskipTests package
  mvn -B -q -Pbench -pl grid-bench -am -DskipTests package
fi
# a server already on the port would answer the health checks below, and the figures would be its
curl -sf "http://localhost:$port/health" >/dev/null && { echo "port $port already answers: stop what runs there or pick another" >&2; exit 1; }
data=$(mktemp -d)
jar=grid-demo/target/grid-demo-0.1.0-SNAPSHOT.jar
# shellcheck disable=SC2086 # the options are words
ENVGRID_DATA_DIR="$data" ENVGRID_EMBEDDED_DB_PORT=$dbport PORT=$port java ${SERVER_JAVA_OPTS:-} -jar $jar > "$data/server.log" 2>&1 &
servers=$!
trap 'kill $servers 2>/dev/null; wait $servers 2>/dev/null || true; rm -rf "$data"' EXIT
# up to 10 minutes: on a shared machine the start can be slow; a server that does not answer says why
for _ in $(seq 1 600); do curl -sf "http://localhost:$port/health" >/dev/null && break; sleep 1; done
curl -sf "http://localhost:$port/health" >/dev/null || { echo "no answer on port $port:"; tail -20 "$data/server.log"; exit 1; }
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
java -cp grid-bench/target/benchmarks.jar com.envgrid.bench.load.InspectionLoad "$urls" "$threads" "$seconds" "$rounds"
echo "load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
