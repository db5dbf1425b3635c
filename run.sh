#!/usr/bin/env bash
# Starts Lantern on Payara Micro: the patient site at /, the API at /api, with an embedded H2 file
# database under ./data and demo data. Builds whatever is missing first. Ctrl-C stops it.
#
# Settings (environment): PORT (8080), LANTERN_DATA_DIR (./data), LANTERN_DEMO (true),
# LANTERN_DB_URL / LANTERN_DB_USER / LANTERN_DB_PASSWORD (H2 file database by default; a
# jdbc:postgresql: URL switches to PostgreSQL), LANTERN_CLUSTER (false), JAVA_OPTS (-Xmx768m),
# LANTERN_OUTBOX_DIR (<data>/outbox), LANTERN_PUBLIC_URL (http://localhost:<port>),
# LANTERN_EXTRA_DEPLOY (none): more WARs to deploy on the same server, space-separated, each at the
# context root its file name gives (bench/run.sh adds its static file this way).
set -euo pipefail
cd "$(dirname "$0")"

port="${PORT:-8080}"
data_dir="$(mkdir -p "${LANTERN_DATA_DIR:-./data}" && cd "${LANTERN_DATA_DIR:-./data}" && pwd)"
db_url="${LANTERN_DB_URL:-jdbc:h2:file:${data_dir}/lantern}"
db_user="${LANTERN_DB_USER:-sa}"
db_password="${LANTERN_DB_PASSWORD:-sa}"
export LANTERN_DEMO="${LANTERN_DEMO:-true}"
# Without SMTP settings (LANTERN_SMTP_HOST…) confirmation emails land here as .eml files.
export LANTERN_OUTBOX_DIR="${LANTERN_OUTBOX_DIR:-$data_dir/outbox}"
export LANTERN_PUBLIC_URL="${LANTERN_PUBLIC_URL:-http://localhost:$port}"

micro=target/payara-micro.jar
wars=(booking-web/target/ROOT.war referral-api/target/api.war)
if [[ ! -f "$micro" || ! -f "${wars[0]}" || ! -f "${wars[1]}" ]]; then
  echo "Building Lantern (first run only; about a minute)..."
  ./mvnw -q -DskipTests package
fi

# asadmin property values need ':' and '=' escaped.
escape() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g' <<<"$1"; }

micro_args=(--port "$port")
# After Lantern's own modules, so that they deploy and start first, as without extras.
extra_deploys=()
for extra in ${LANTERN_EXTRA_DEPLOY:-}; do
  extra_deploys+=(--deploy "$extra")
done
log="$data_dir/logs/lantern.log"
case "$db_url" in
  jdbc:postgresql:*)
    datasource=org.postgresql.ds.PGSimpleDataSource
    micro_args+=(--addlibs target/postgresql.jar)
    ;;
  jdbc:h2:*) datasource=org.h2.jdbcx.JdbcDataSource ;;
  *) echo "LANTERN_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL" >&2; exit 2 ;;
esac
mkdir -p "$data_dir/logs"
postboot="$data_dir/postboot.txt"
# HTTP threads and EJB instances are sized together, so that 32 concurrent requests each find a
# thread and a bean ready instead of waiting for the pools to grow; database connections are
# fewer, as more concurrent queries than cores only contend (in H2, on its page cache's locks).
# See docs/benchmarks.md. The tests' server (config/test-postboot.txt) sizes its pool the same, so
# that they meet the same limit: a request must never hold one connection while waiting for another.
cat >"$postboot" <<ASADMIN
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=32
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64
set configs.config.server-config.ejb-container.steady-pool-size=32
set configs.config.server-config.ejb-container.max-pool-size=64
create-jdbc-connection-pool --datasourceclassname $datasource --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 8 --property url=$(escape "$db_url"):user=$(escape "$db_user"):password=$(escape "$db_password") LanternPool
create-jdbc-resource --connectionpoolid LanternPool jdbc/lantern
ASADMIN
chmod 600 "$postboot"
micro_args+=(--postbootcommandfile "$postboot")
if [[ "${LANTERN_CLUSTER:-false}" != true ]]; then
  micro_args+=(--nocluster)
fi
# LANTERN_LOG_FORMAT=json: every log record one JSON object on one line, for a log shipper.
case "${LANTERN_LOG_FORMAT:-text}" in
  json) micro_args+=(--logproperties config/logging-json.properties) ;;
  text) ;;
  *) echo "LANTERN_LOG_FORMAT must be text or json" >&2; exit 2 ;;
esac

# Payara Micro's health check can answer while a module failed to deploy: both modules must also
# answer before Lantern counts as started.
modules_answer() {
  curl -fs -o /dev/null "http://localhost:$port/" && curl -fs -o /dev/null "http://localhost:$port/api/v1/treatments"
}

server=""
trap 'echo; echo "Stopping Lantern..."; [ -n "$server" ] && kill -TERM "$server" 2>/dev/null; wait "$server" 2>/dev/null; exit 0' INT TERM

# Starts the server and waits until it is ready: 0 when both modules answer, 1 when the server
# stopped or timed out, 2 when it is up without one of its modules.
start_server() {
  touch "$log"
  log_from=$(($(wc -l <"$log") + 1))
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM flags.
  java ${JAVA_OPTS:--Xmx768m} -jar "$micro" "${micro_args[@]}" --deploy "${wars[0]}" --deploy "${wars[1]}" "${extra_deploys[@]}" >>"$log" 2>&1 &
  server=$!
  until curl -fs "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$server" 2>/dev/null; then
      echo "Lantern did not start. The last errors from the log:" >&2
      tail -n +"$log_from" "$log" | grep -a -A3 SEVERE | tail -40 >&2 || true
      return 1
    fi
    if (( SECONDS - started > ${LANTERN_START_TIMEOUT:-180} )); then
      echo "Lantern is not ready after ${LANTERN_START_TIMEOUT:-180} s; see $log" >&2
      kill -TERM "$server"
      return 1
    fi
    sleep 1
  done
  modules_answer || { sleep 2; modules_answer; } || return 2
}

echo "Starting Lantern on port $port (log: $log)..."
started=$SECONDS
status=0
start_server || status=$?
if (( status != 0 )); then
  if (( status == 2 )); then
    echo "A module of Lantern failed to deploy. The error, from $log:" >&2
    tail -n +"$log_from" "$log" | grep -a -m1 -A3 "Exception while" >&2 || true
  fi
  kill -TERM "$server" 2>/dev/null || true
  exit 1
fi

portal_login=""
if [ "$LANTERN_DEMO" = "true" ]; then
  portal_login=" (demo: demo.clinic@lantern.test / demo-clinic-pass)"
fi
cat <<READY
Lantern is ready after $((SECONDS - started)) s.
  Patient site:  http://localhost:$port/
  Clinic portal: http://localhost:$port/clinic/$portal_login
  API:           http://localhost:$port/api/v1/treatments
  OpenAPI:       http://localhost:$port/openapi
  Try the API:   http://localhost:$port/api/docs/
  Health:        http://localhost:$port/health/ready
Press Ctrl-C to stop.
READY
wait "$server"
