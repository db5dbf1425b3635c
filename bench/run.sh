#!/usr/bin/env bash
# Directory search benchmark: 10,000 clinics and 50,000 providers (the demo generator, bigger),
# then wrk at 32 connections on loopback against the search API and against a static 1 KB file
# served by the same Payara Micro. Prints one RESULT line per run; docs/benchmarks.md records them.
#
#   bench/run.sh   # BENCH_PORT (18090), BENCH_SECONDS (30), BENCH_CONNECTIONS (32),
#                  # BENCH_CLINICS (10000), BENCH_PROVIDERS (50000)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

port="${BENCH_PORT:-18090}"
seconds="${BENCH_SECONDS:-30}"
connections="${BENCH_CONNECTIONS:-32}"
data="$(mktemp -d)"
trap 'kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"' EXIT

LANTERN_DATA_DIR="$data" PORT="$port" LANTERN_DEMO=true LANTERN_DEMO_CLINICS="${BENCH_CLINICS:-10000}" \
  LANTERN_DEMO_PROVIDERS="${BENCH_PROVIDERS:-50000}" LANTERN_START_TIMEOUT=1800 JAVA_OPTS="${JAVA_OPTS:--Xmx2g}" \
  ./run.sh >"$data/run.out" 2>&1 &
server=$!
until grep -q "ready after" "$data/run.out"; do
  kill -0 "$server" 2>/dev/null || { cat "$data/run.out" >&2; exit 1; }
  sleep 5
done
grep -a "Demo data loaded" "$data/logs/lantern.log" | sed 's/.*Demo data/Demo data/'

base="http://localhost:$port"
echo "warm-up (${seconds}s)..."
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/search.lua "$base" >/dev/null
echo "search, $connections connections, ${seconds}s:"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/search.lua "$base" | grep RESULT
echo "static 1 KB file, $connections connections, ${seconds}s:"
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/static.lua "$base/bench/static-1k.txt" | grep RESULT
echo "server RSS: $(ps -o rss= -p "$(pgrep -f "java.*$data" | head -1)" | awk '{printf "%d MB", $1/1024}')"
