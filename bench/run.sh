#!/usr/bin/env bash
# Directory search benchmark: 10,000 clinics and 50,000 providers (the demo generator, bigger),
# then wrk at 32 connections on loopback against the search API (50 distinct searches, mostly
# answered from the search-result cache; then thousands of distinct ones, mostly not) and against a
# static 1 KB file served by the same Payara Micro (bench/static/, deployed next to Lantern as
# bench.war, so the product ships no benchmark file). Prints one RESULT line per run;
# docs/benchmarks.md records them.
#
#   bench/run.sh   # BENCH_PORT (18090), BENCH_SECONDS (30), BENCH_CONNECTIONS (32),
#                  # BENCH_CLINICS (10000), BENCH_PROVIDERS (50000), BENCH_MAX_LOAD (1.5) and
#                  # BENCH_WAIT_SECONDS (600): how quiet the machine should be, how long to wait;
#                  # BENCH_SWEEP ("16 8 4"): fewer connections, for the cached search and the file
#                  # (empty: none);
#                  # BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD: an empty PostgreSQL database
#                  # instead of a fresh H2 file (jdbc:postgresql://127.0.0.1:5432/lantern_bench)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

port="${BENCH_PORT:-18090}"
seconds="${BENCH_SECONDS:-30}"
connections="${BENCH_CONNECTIONS:-32}"
data="$(mktemp -d)"
trap 'status=$?; kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null; rm -rf "$data"; exit $status' EXIT

if [[ -n "${BENCH_DB_URL:-}" ]]; then
  export LANTERN_DB_URL="$BENCH_DB_URL" LANTERN_DB_USER="${BENCH_DB_USER:-postgres}"
  export LANTERN_DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
fi
# The static file's own WAR, at /bench (its file name): the baseline served by the same server.
jar --create --no-manifest --file "$data/bench.war" -C bench/static .
LANTERN_EXTRA_DEPLOY="$data/bench.war" LANTERN_DATA_DIR="$data" PORT="$port" LANTERN_DEMO=true LANTERN_DEMO_CLINICS="${BENCH_CLINICS:-10000}" \
  LANTERN_DEMO_PROVIDERS="${BENCH_PROVIDERS:-50000}" LANTERN_START_TIMEOUT=1800 JAVA_OPTS="${JAVA_OPTS:--Xmx2g}" \
  ./run.sh >"$data/run.out" 2>&1 &
server=$!
until grep -qs "ready after" "$data/run.out"; do
  kill -0 "$server" 2>/dev/null || { cat "$data/run.out" >&2; exit 1; }
  sleep 5
done
grep -a "Demo data loaded" "$data/logs/lantern.log" | sed 's/.*Demo data/Demo data/'

# Every ZIP code within 20 miles of search.lua's metros, for the cache-defeating run.
anchors="10001 60601 94103 77002 33130 90012 85004 19107 98101 02108"
awk -F, -v anchors="$anchors" '
  function rad(d) { return d * 3.141592653589793 / 180 }
  NR == 1 { next }
  { lat[$1] = $2; lon[$1] = $3; order[++n] = $1 }
  END {
    split(anchors, a, " ")
    for (i = 1; i <= n; i++) {
      z = order[i]
      for (j in a) {
        dlat = rad(lat[z] - lat[a[j]]); dlon = rad(lon[z] - lon[a[j]])
        h = sin(dlat / 2) ^ 2 + cos(rad(lat[a[j]])) * cos(rad(lat[z])) * sin(dlon / 2) ^ 2
        if (7917.6 * atan2(sqrt(h), sqrt(1 - h)) <= 20) { print z; break }
      }
    }
  }' directory-ejb/src/main/resources/care/lantern/directory/zip-codes.csv >"$data/zips.txt"

base="http://localhost:$port"
run() { local at="$1"; shift; wrk -t2 -c"$at" -d"${seconds}s" "$@" | grep RESULT; }
# Other work on the same cores skews every figure: wait a while for a quiet machine.
waited=0
while awk -v max="${BENCH_MAX_LOAD:-1.5}" '{ exit !($1 >= max) }' /proc/loadavg &&
  ((waited < ${BENCH_WAIT_SECONDS:-600})); do
  sleep 10
  waited=$((waited + 10))
done
# The JIT needs more than one run to compile the search's path: the first measured round after a
# single warm-up run was half as fast as the next.
echo "warm-up (${seconds}s each: search, static file, search)..."
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/search.lua "$base" >/dev/null
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/static.lua "$base/bench/static-1k.txt" >/dev/null
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/search.lua "$base" >/dev/null
# The JIT keeps compiling for minutes after the warm-up, on the same two cores: measure once the
# server has been idle (under 10% of a core) for three seconds, or after five more minutes.
pid="$(pgrep -f "java.*$data" | head -1)"
cpu_ticks() { awk '{ print $14 + $15 }' "/proc/$pid/stat"; }
for _ in $(seq 100); do
  before=$(cpu_ticks)
  sleep 3
  (($(cpu_ticks) - before < 30)) && break
done
echo "load average before measuring (waited ${waited} s): $(cut -d' ' -f1-3 /proc/loadavg)"
# Search and static file take turns, three rounds: the machine's speed drifts between runs.
for round in 1 2 3; do
  echo "round $round: search, 50 distinct searches (cache hits), $connections connections, ${seconds}s:"
  run "$connections" -s bench/search.lua "$base"
  echo "round $round: static 1 KB file, $connections connections, ${seconds}s:"
  run "$connections" -s bench/static.lua "$base/bench/static-1k.txt"
done
for fewer in ${BENCH_SWEEP-16 8 4}; do
  echo "search, 50 distinct searches (cache hits), $fewer connections, ${seconds}s:"
  run "$fewer" -s bench/search.lua "$base"
  echo "static 1 KB file, $fewer connections, ${seconds}s:"
  run "$fewer" -s bench/static.lua "$base/bench/static-1k.txt"
done
# Last: thousands of one-off searches crowd the popular pages out of memory.
echo "search, $(($(wc -l <"$data/zips.txt") * 8)) distinct searches (cache misses), $connections connections, ${seconds}s:"
run "$connections" -s bench/search-uncached.lua "$base" -- "$data/zips.txt"
echo "server RSS: $(ps -o rss= -p "$pid" | awk '{printf "%d MB", $1/1024}')"
