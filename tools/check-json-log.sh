#!/usr/bin/env bash
# Starts ./run.sh with LANTERN_LOG_FORMAT=json on a fresh H2 database, makes it log (start-up,
# requests, a failed one, shutdown), stops it and checks that every line of its log is one JSON
# object. Usage: tools/check-json-log.sh [PORT] (default 8089). Needs curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${1:-8089}"
data_dir="$(mktemp -d)"
trap 'rm -rf "$data_dir"' EXIT
PORT="$port" LANTERN_DATA_DIR="$data_dir" LANTERN_DEMO=false LANTERN_LOG_FORMAT=json \
  ./run.sh >"$data_dir/run.out" 2>&1 &
lantern=$!
until grep -q "is ready" "$data_dir/run.out"; do
  if ! kill -0 "$lantern" 2>/dev/null; then
    cat "$data_dir/run.out" >&2
    exit 1
  fi
  sleep 1
done
curl -fs -o /dev/null "http://localhost:$port/api/v1/treatments"
curl -s -o /dev/null "http://localhost:$port/api/v1/providers?zip=10001"
curl -s -o /dev/null "http://localhost:$port/api/v1/appointments" -H 'Content-Type: application/json' -d '{'
curl -s -o /dev/null "http://localhost:$port/metrics"
kill -TERM "$lantern"
wait "$lantern" || true

python3 - "$data_dir/logs/lantern.log" <<'PY'
import json, sys

lines = open(sys.argv[1], encoding="utf-8").read().splitlines()
bad = []
for number, line in enumerate(lines, 1):
    try:
        if not isinstance(json.loads(line), dict):
            bad.append((number, line))
    except ValueError:
        bad.append((number, line))
print(f"{len(lines)} log lines, {len(bad)} not one JSON object")
for number, line in bad[:10]:
    print(f"  line {number}: {line[:160]}")
sys.exit(1 if bad or not lines else 0)
PY
