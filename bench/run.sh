#!/usr/bin/env bash
# Directory search benchmark: 10,000 clinics and 50,000 providers (the demo generator, bigger),
# then wrk at 32 connections on loopback against the search API (50 distinct searches, mostly
# answered from the search-result cache; the same while a writer books and cancels through the API;
# then thousands of distinct ones, mostly not, from the API and from the patient site's results
# page) and against a static 1 KB file served by the same Payara Micro (bench/static/, deployed next
# to Lantern as bench.war, so the product ships no benchmark file); then booking throughput on
# distinct slots and, on PostgreSQL, how soon a booking on one node leaves a second node's search.
# Prints one line per figure (RESULT from wrk; WRITES, BOOKINGS, FRESHNESS from bench/Bookings.java);
# docs/benchmarks.md records them and describes the method.
#
#   bench/run.sh   # BENCH_PORT (18090; a second node, for freshness, on the next port),
#                  # BENCH_SECONDS (30), BENCH_CONNECTIONS (32),
#                  # BENCH_CLINICS (10000), BENCH_PROVIDERS (50000), BENCH_MAX_LOAD (1.5) and
#                  # BENCH_WAIT_SECONDS (600): how quiet the machine should be, how long to wait;
#                  # BENCH_RUNS ("popular writes uncached html booking freshness"): which runs, of
#                  #   popular: three rounds of cached search and static file, then BENCH_SWEEP;
#                  #   writes: the popular mix while bench/Bookings.java books and cancels;
#                  #   uncached: thousands of distinct API searches; html: the same through the
#                  #   results page; booking: distinct slots booked once each, then again;
#                  #   freshness: two nodes on one PostgreSQL database (BENCH_DB_URL only);
#                  # BENCH_SWEEP ("16 8 4"): fewer connections, for the cached search and the file
#                  # (empty: none);
#                  # BENCH_WRITES_PER_SECOND (20): the writer's rate beside the popular mix;
#                  # BENCH_BOOKINGS (2000) and BENCH_BOOKING_CLIENTS (32): slots booked, by how many
#                  # concurrent clients;
#                  # BENCH_FRESHNESS_SAMPLES (100), BENCH_FRESHNESS_TIMEOUT_MS (10000): bookings
#                  # timed, and how long each may take to show on the second node;
#                  # BENCH_DB_URL, BENCH_DB_USER, BENCH_DB_PASSWORD: an empty PostgreSQL database
#                  # instead of a fresh H2 file (jdbc:postgresql://127.0.0.1:5432/lantern_bench)
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install wrk" >&2; exit 2; }

port="${BENCH_PORT:-18090}"
seconds="${BENCH_SECONDS:-30}"
connections="${BENCH_CONNECTIONS:-32}"
runs=" ${BENCH_RUNS-popular writes uncached html booking freshness} "
selected() { [[ "$runs" == *" $1 "* ]]; }
data="$(mktemp -d)"
server="" second=""
# (The stopped servers' own exit status is no failure of the benchmark's: hence || true.)
trap 'status=$?; kill -TERM $server $second 2>/dev/null; wait $server $second 2>/dev/null || true; rm -rf "$data"; exit $status' EXIT
# The writing side (pacing by the clock, chaining a booking to its cancel, timing across nodes) is
# a small Java program, compiled once here so that no compiler runs during a measurement.
javac -d "$data/classes" bench/Bookings.java
bookings() { java -cp "$data/classes" Bookings "$@"; }

if [[ -n "${BENCH_DB_URL:-}" ]]; then
  export LANTERN_DB_URL="$BENCH_DB_URL" LANTERN_DB_USER="${BENCH_DB_USER:-postgres}"
  export LANTERN_DB_PASSWORD="${BENCH_DB_PASSWORD:-}"
fi
# The static file's own WAR, at /bench (its file name): the baseline served by the same server.
jar --create --no-manifest --file "$data/bench.war" -C bench/static .
# Starts ./run.sh in the background with the given settings, keeps its process id in the variable
# named first (for the exit trap) and waits for its ready line.
start_node() { # VARIABLE LOG SETTING=VALUE...
  local log="$2"
  env "${@:3}" ./run.sh >"$log" 2>&1 &
  printf -v "$1" %s "$!"
  until grep -qs "ready after" "$log"; do
    kill -0 "$!" 2>/dev/null || { cat "$log" >&2; exit 1; }
    sleep 5
  done
}
node_settings=(LANTERN_DATA_DIR="$data" PORT="$port" LANTERN_DEMO=true LANTERN_DEMO_CLINICS="${BENCH_CLINICS:-10000}"
  LANTERN_DEMO_PROVIDERS="${BENCH_PROVIDERS:-50000}" LANTERN_START_TIMEOUT=1800)
start_node server "$data/run.out" "${node_settings[@]}" LANTERN_EXTRA_DEPLOY="$data/bench.war" JAVA_OPTS="${JAVA_OPTS:--Xmx2g}"
grep -a "Demo data loaded" "$data/logs/lantern.log" | sed 's/.*Demo data/Demo data/'

# Every ZIP code within 20 miles of search.lua's metros, for the cache-defeating runs.
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
# The writer's slots: the two earliest free consultations of calendars near search.lua's metros,
# the times those searches show, so that the writes change what is being searched.
if selected writes; then
  bookings collect "$base" "$data/writer-slots.txt" 2 400 25 $anchors
fi
# The JIT needs more than one run to compile the search's path: the first measured round after a
# single warm-up run was half as fast as the next. The writer, when its run is selected, warms the
# booking and cancel paths alongside the last one.
echo "warm-up (${seconds}s each: search, static file, search)..."
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/search.lua "$base" >/dev/null
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/static.lua "$base/bench/static-1k.txt" >/dev/null
if selected writes; then
  bookings writer "$base" "$data/writer-slots.txt" "$seconds" "${BENCH_WRITES_PER_SECOND:-20}" >/dev/null &
  writer=$!
fi
wrk -t2 -c"$connections" -d"${seconds}s" -s bench/search.lua "$base" >/dev/null
[[ -z "${writer:-}" ]] || wait "$writer"
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
if selected popular; then
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
fi
if selected writes; then
  # Every write changes what the popular searches answer: the writer's own line says whether it
  # kept its rate and that every write got a 201/200 or an honest 409 (other must be 0).
  rate="${BENCH_WRITES_PER_SECOND:-20}"
  echo "search, 50 distinct searches, $connections connections, ${seconds}s, with $rate writes/s (book, cancel) alongside:"
  bookings writer "$base" "$data/writer-slots.txt" "$seconds" "$rate" >"$data/writer.out" &
  writer=$!
  run "$connections" -s bench/search.lua "$base"
  wait "$writer"
  cat "$data/writer.out"
fi
# Then thousands of one-off searches, which crowd the popular pages out of memory.
if selected uncached; then
  echo "search, $(($(wc -l <"$data/zips.txt") * 8)) distinct searches (cache misses), $connections connections, ${seconds}s:"
  run "$connections" -s bench/search-uncached.lua "$base" -- "$data/zips.txt"
fi
if selected html; then
  # The page must show providers, or the run would measure an error page.
  page="$(curl -fsS "$base/providers/search.xhtml?zip=10001&radiusMiles=25&treatment=TMS&payer=AETNA&language=")"
  grep -q 'href="/providers/view.xhtml?id=' <<<"$page" || { echo "the results page shows no provider" >&2; exit 1; }
  echo "results page, $(($(wc -l <"$data/zips.txt") * 8)) distinct searches (cache misses), $connections connections, ${seconds}s:"
  run "$connections" -s bench/search-uncached.lua "$base" -- "$data/zips.txt" html
fi
echo "server RSS: $(ps -o rss= -p "$pid" | awk '{printf "%d MB", $1/1024}')"
if selected booking; then
  # The two earliest free consultations of calendars within 50 miles of the metros, the metros
  # taking turns: many calendars, as many patients booking at once would spread. These stay booked.
  bookings collect "$base" "$data/booking-slots.txt" 2 "${BENCH_BOOKINGS:-2000}" 50 $anchors
  clients="${BENCH_BOOKING_CLIENTS:-32}"
  echo "booking throughput, each slot once, then each again, $clients concurrent clients:"
  bookings book "$base" "$data/booking-slots.txt" "$clients"
fi
if selected freshness; then
  if [[ "${BENCH_DB_URL:-}" != jdbc:postgresql:* ]]; then
    echo "freshness: skipped, it needs two nodes on one PostgreSQL database (BENCH_DB_URL)"
  else
    # Nodes serve one site as a cluster (README, "Scale-out"), which is how a change reaches the
    # other node's kept search pages today: node A starts again with clustering on, then a second
    # node on the same database with its own data directory, both under a cluster secret of this
    # run's own (each data directory would generate its own) so that no other Payara Micro joins. The demo data is loaded once per
    # database: node B must find it there.
    kill -TERM "$server"
    wait "$server" || true
    cluster=(LANTERN_CLUSTER=true LANTERN_CLUSTER_SECRET="bench-$$-$RANDOM" JAVA_OPTS="${JAVA_OPTS:--Xmx2g}")
    start_node server "$data/run-a.out" "${node_settings[@]}" "${cluster[@]}"
    start_node second "$data/run-b.out" "${node_settings[@]}" "${cluster[@]}" LANTERN_DATA_DIR="$data/node-b" PORT="$((port + 1))"
    if grep -aq "Demo data loaded" "$data/node-b/logs/lantern.log"; then
      echo "the second node loaded the demo data again" >&2
      exit 1
    fi
    grep -aq "DG Size: 2" "$data/node-b/logs/lantern.log" || { echo "the two nodes formed no cluster" >&2; exit 1; }
    second_base="http://localhost:$((port + 1))"
    samples="${BENCH_FRESHNESS_SAMPLES:-100}"
    echo "freshness: from a booking's 201 on node A to node B's search no longer offering it, $samples samples:"
    bookings freshness "$base" "$second_base" "$samples" "${BENCH_FRESHNESS_TIMEOUT_MS:-10000}" $anchors
  fi
fi
