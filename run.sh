#!/usr/bin/env bash
# Starts Lantern on Payara Micro: the patient site at /, the API at /api, with an embedded H2 file
# database under ./data and demo data. Builds whatever is missing first. Ctrl-C stops it.
#
#   ./run.sh              one node on PORT
#   ./run.sh --nodes N    N >= 2 clustered nodes on PORT+1 … PORT+N behind HAProxy on PORT, their
#                         data grid (Hazelcast) on loopback ports PORT+N+1 … PORT+2N. Needs a
#                         jdbc:postgresql: LANTERN_DB_URL (the nodes share one database) and
#                         Debian's haproxy package. Logs: <data>/logs/node-K.log, haproxy.log.
#
# Settings (environment): PORT (8080), LANTERN_DATA_DIR (./data), LANTERN_DEMO (true),
# LANTERN_DB_URL / LANTERN_DB_USER / LANTERN_DB_PASSWORD (H2 file database by default; a
# jdbc:postgresql: URL switches to PostgreSQL), JAVA_OPTS (-Xmx768m, per node),
# LANTERN_LOG_FORMAT (text; json: one JSON object per log line),
# LANTERN_OUTBOX_DIR (<data>/outbox), LANTERN_PUBLIC_URL (http://localhost:<port>),
# LANTERN_START_TIMEOUT (seconds; 180, plus 60 per node after the first),
# LANTERN_EXTRA_DEPLOY (none): more WARs to deploy on the same server, space-separated, each at the
# context root its file name gives (bench/run.sh adds its static file this way).
# Clustering: LANTERN_CLUSTER (false; on with --nodes) joins this node to a data grid named after
# a secret, LANTERN_CLUSTER_SECRET (default: generated once into <data>/cluster-secret); every
# member needs the same secret. On several hosts also LANTERN_CLUSTER_INTERFACES (the address the
# grid binds to, e.g. 10.0.0.5), LANTERN_CLUSTER_MEMBERS (host:port,… of the members; multicast
# when unset) and LANTERN_CLUSTER_PORT (the grid's port). --nodes sets all of them for loopback.
set -euo pipefail
cd "$(dirname "$0")"

usage="usage: ./run.sh [--nodes N]   (N >= 2: a cluster behind HAProxy; see README, Scale-out)"
nodes=0
while (($#)); do
  case "$1" in
    --nodes) nodes="${2:-}"; shift $(($# > 1 ? 2 : 1)) ;;
    --nodes=*) nodes="${1#--nodes=}"; shift ;;
    -h | --help) echo "$usage"; exit 0 ;;
    *) echo "$usage" >&2; exit 2 ;;
  esac
done
if [[ "$nodes" != 0 ]] && ! [[ "$nodes" =~ ^[0-9]+$ && "$nodes" -ge 2 ]]; then
  echo "--nodes needs a number of nodes, 2 or more. $usage" >&2
  exit 2
fi

port="${PORT:-8080}"
data_dir="$(mkdir -p "${LANTERN_DATA_DIR:-./data}" && cd "${LANTERN_DATA_DIR:-./data}" && pwd)"
db_url="${LANTERN_DB_URL:-jdbc:h2:file:${data_dir}/lantern}"
db_user="${LANTERN_DB_USER:-sa}"
db_password="${LANTERN_DB_PASSWORD:-sa}"
export LANTERN_DEMO="${LANTERN_DEMO:-true}"
# Without SMTP settings (LANTERN_SMTP_HOST…) confirmation emails land here as .eml files.
export LANTERN_OUTBOX_DIR="${LANTERN_OUTBOX_DIR:-$data_dir/outbox}"
export LANTERN_PUBLIC_URL="${LANTERN_PUBLIC_URL:-http://localhost:$port}"

haproxy=""
if ((nodes)); then
  if [[ "$db_url" != jdbc:postgresql:* ]]; then
    echo "./run.sh --nodes needs LANTERN_DB_URL=jdbc:postgresql://…: the nodes share one database," >&2
    echo "and an H2 file database cannot be shared between processes (README, PostgreSQL)." >&2
    exit 2
  fi
  # Debian installs it in /usr/sbin, which is not on every user's PATH.
  haproxy="$(command -v haproxy || { [ -x /usr/sbin/haproxy ] && echo /usr/sbin/haproxy; } || true)"
  if [ -z "$haproxy" ]; then
    echo "./run.sh --nodes puts HAProxy in front of the nodes, and it is not installed:" >&2
    echo "  sudo apt-get install haproxy" >&2
    exit 2
  fi
fi

micro=target/payara-micro.jar
wars=(booking-web/target/ROOT.war referral-api/target/api.war)
if [[ ! -f "$micro" || ! -f "${wars[0]}" || ! -f "${wars[1]}" ]]; then
  echo "Building Lantern (first run only; about a minute)..."
  ./mvnw -q -DskipTests package
fi

# asadmin property values need ':' and '=' escaped.
escape() { sed -e 's/\\/\\\\/g' -e 's/:/\\:/g' -e 's/=/\\=/g' <<<"$1"; }

# Options every node gets, whatever its port and clustering.
micro_args=()
# After Lantern's own modules, so that they deploy and start first, as without extras.
extra_deploys=()
for extra in ${LANTERN_EXTRA_DEPLOY:-}; do
  extra_deploys+=(--deploy "$extra")
done
case "$db_url" in
  jdbc:postgresql:*)
    datasource=org.postgresql.ds.PGSimpleDataSource
    micro_args+=(--addlibs target/postgresql.jar)
    ;;
  jdbc:h2:*) datasource=org.h2.jdbcx.JdbcDataSource ;;
  *) echo "LANTERN_DB_URL must be a jdbc:h2: or jdbc:postgresql: URL" >&2; exit 2 ;;
esac
mkdir -p "$data_dir/logs"

# Writes a node's post-boot commands (they hold the database password, hence mode 600).
# HTTP threads and EJB instances are sized together, so that 32 concurrent requests each find a
# thread and a bean ready instead of waiting for the pools to grow; database connections are
# fewer, as more concurrent queries than cores only contend (in H2, on its page cache's locks).
# See docs/benchmarks.md. The tests' server (config/test-postboot.txt) sizes its pool the same, so
# that they meet the same limit: a request must never hold one connection while waiting for another.
write_postboot() {
  cat >"$1" <<ASADMIN
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.min-thread-pool-size=32
set configs.config.server-config.thread-pools.thread-pool.http-thread-pool.max-thread-pool-size=64
set configs.config.server-config.ejb-container.steady-pool-size=32
set configs.config.server-config.ejb-container.max-pool-size=64
create-jdbc-connection-pool --datasourceclassname $datasource --restype javax.sql.DataSource --steadypoolsize 4 --maxpoolsize 8 --property url=$(escape "$db_url"):user=$(escape "$db_user"):password=$(escape "$db_password") LanternPool
create-jdbc-resource --connectionpoolid LanternPool jdbc/lantern
ASADMIN
  chmod 600 "$1"
}

# LANTERN_LOG_FORMAT=json: every log record one JSON object on one line, for a log shipper.
case "${LANTERN_LOG_FORMAT:-text}" in
  json) micro_args+=(--logproperties config/logging-json.properties) ;;
  text) ;;
  *) echo "LANTERN_LOG_FORMAT must be text or json" >&2; exit 2 ;;
esac

# The data grid's name carries a secret, so that a Payara Micro that does not know it cannot join
# (Hazelcast 5, inside Payara 6, has no cluster password: members only compare names).
cluster_name() {
  local secret="${LANTERN_CLUSTER_SECRET:-}"
  if [ -z "$secret" ]; then
    local file="$data_dir/cluster-secret"
    if [ ! -s "$file" ]; then
      (umask 077 && head -c 24 /dev/urandom | base64 | tr '+/' '-_' >"$file")
    fi
    secret="$(cat "$file")"
  fi
  echo "lantern-$secret"
}

# Options joining a node to the data grid: $1 the interface to bind, $2 the members (host:port,…),
# $3 the grid port; each may be empty for Payara's defaults (all interfaces, multicast, 6900).
cluster_args() {
  # Without this flag Hazelcast listens on every interface whatever --interfaces says.
  java_opts+=(-Dhazelcast.socket.bind.any="$([ -n "$1" ] && echo false || echo true)")
  # The name goes through a file, not the command line that any local user can list (ps); Payara
  # logs it, so the logs are the owner's only too.
  local properties="$data_dir/cluster.properties"
  (umask 077 && echo "payaramicro.clusterName=$(cluster_name)" >"$properties")
  chmod 700 "$data_dir/logs"
  node_args+=(--systemproperties "$properties")
  if [ -n "$1" ]; then node_args+=(--interfaces "$1"); fi
  if [ -n "$2" ]; then node_args+=(--clustermode "tcpip:$2"); fi
  if [ -n "$3" ]; then node_args+=(--startport "$3"); fi
}

pids=()
# Stops every process this script started and waits for them.
stop_all() {
  for pid in "${pids[@]}"; do kill -TERM "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do wait "$pid" 2>/dev/null || true; done
}
trap 'echo; echo "Stopping Lantern..."; stop_all; exit 0' INT TERM

# Starts a Payara Micro with both modules on port $1, logging to $2, with node_args and java_opts
# (set by the caller) after the common options; its pid is left in node_pid, and the first line
# of the log it writes in log_from.
start_micro() {
  touch "$2"
  log_from=$(($(wc -l <"$2") + 1))
  # shellcheck disable=SC2086 # JAVA_OPTS is a list of JVM flags.
  java ${JAVA_OPTS:--Xmx768m} "${java_opts[@]}" -jar "$micro" --port "$1" "${micro_args[@]}" "${node_args[@]}" \
    --deploy "${wars[0]}" --deploy "${wars[1]}" "${extra_deploys[@]}" >>"$2" 2>&1 &
  node_pid=$!
  pids+=("$node_pid")
}

# Payara Micro's health check can answer while a module failed to deploy: both modules must also
# answer before a node counts as started.
modules_answer() {
  curl -fs -o /dev/null "http://localhost:$1/" && curl -fs -o /dev/null "http://localhost:$1/api/v1/treatments"
}

# Waits until the node on port $1 (pid $2, log $3 from line $4) is ready: 0 when both modules
# answer, 1 when it stopped or timed out, 2 when it is up without one of its modules.
wait_ready() {
  until curl -fs "http://localhost:$1/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! kill -0 "$2" 2>/dev/null; then
      echo "Lantern did not start. The last errors from $3:" >&2
      tail -n +"$4" "$3" | grep -a -A3 SEVERE | tail -40 >&2 || true
      return 1
    fi
    if ((SECONDS - started > start_timeout)); then
      echo "Lantern is not ready after $start_timeout s; see $3" >&2
      return 1
    fi
    sleep 1
  done
  modules_answer "$1" || { sleep 2 && modules_answer "$1"; } || {
    echo "A module of Lantern failed to deploy. The error, from $3:" >&2
    tail -n +"$4" "$3" | grep -a -m1 -A3 "Exception while" >&2 || true
    return 2
  }
}

print_ready() {
  local portal_login=""
  if [ "$LANTERN_DEMO" = "true" ]; then
    portal_login=" (demo: demo.clinic@lantern.test / demo-clinic-pass)"
  fi
  cat <<READY
Lantern is ready after $((SECONDS - started)) s$1.
  Patient site:  http://localhost:$port/
  Clinic portal: http://localhost:$port/clinic/$portal_login
  API:           http://localhost:$port/api/v1/treatments
  OpenAPI:       http://localhost:$port/openapi
  Try the API:   http://localhost:$port/api/docs/
  Health:        http://localhost:$port/health/ready
READY
}

# Writes HAProxy's configuration for the nodes on ports $port+1 … $port+$nodes to $1.
# Health: /health/ready every second, twice failed (the second half a second after the first) and
# the node is out, so a dead or not-ready node stops getting requests within 3 s; one success and
# it is back. A GET or HEAD that finds no connection, no answer or a 503 is tried once more on
# another node; any other method only when its connection failed, so before the node saw it: a
# POST is never sent twice. The cookie keeps a portal session on its node while that node is up.
# At most 48 requests at a time per node (HAProxy queues the rest), so that a node under load still
# has HTTP threads (64) free to answer its health check instead of being taken out for being busy.
write_haproxy_config() {
  cat >"$1" <<HAPROXY
# Generated by run.sh --nodes $nodes; rewritten at each start.
global
  log stdout format raw local0

defaults
  mode http
  log global
  option httplog
  option dontlog-normal
  option forwardfor
  timeout connect 1s
  timeout client 60s
  timeout server 60s
  timeout http-request 10s
  timeout queue 10s
  timeout check 1s

frontend lantern
  bind :$port
  default_backend nodes

backend nodes
  balance roundrobin
  cookie LANTERN_NODE insert indirect nocache httponly
  option httpchk GET /health/ready
  http-check expect status 200
  default-server check inter 1s fastinter 500ms downinter 1s fall 2 rise 1 maxconn 48
  retries $nodes
  option redispatch 1
  retry-on conn-failure empty-response junk-response response-timeout 503
  http-request disable-l7-retry if !METH_GET
HAPROXY
  for ((k = 1; k <= nodes; k++)); do
    echo "  server node$k 127.0.0.1:$((port + k)) cookie node$k" >>"$1"
  done
}

started=$SECONDS
if ((nodes == 0)); then
  log="$data_dir/logs/lantern.log"
  postboot="$data_dir/postboot.txt"
  write_postboot "$postboot"
  java_opts=()
  node_args=(--postbootcommandfile "$postboot")
  if [[ "${LANTERN_CLUSTER:-false}" == true ]]; then
    cluster_args "${LANTERN_CLUSTER_INTERFACES:-}" "${LANTERN_CLUSTER_MEMBERS:-}" "${LANTERN_CLUSTER_PORT:-}"
  else
    node_args+=(--nocluster)
  fi
  start_timeout="${LANTERN_START_TIMEOUT:-180}"
  echo "Starting Lantern on port $port (log: $log)..."
  start_micro "$port" "$log"
  wait_ready "$port" "$node_pid" "$log" "$log_from" || { stop_all; exit 1; }
  print_ready ""
  echo "Press Ctrl-C to stop."
  wait "$node_pid"
  exit
fi

# A cluster: the balancer first, so that a port in use stops the start before any node boots.
haproxy_cfg="$data_dir/haproxy.cfg"
haproxy_log="$data_dir/logs/haproxy.log"
write_haproxy_config "$haproxy_cfg"
"$haproxy" -c -q -f "$haproxy_cfg" >&2 || { echo "HAProxy refused $haproxy_cfg" >&2; exit 1; }
"$haproxy" -db -f "$haproxy_cfg" >>"$haproxy_log" 2>&1 &
haproxy_pid=$!
pids+=("$haproxy_pid")
sleep 0.5
if ! kill -0 "$haproxy_pid" 2>/dev/null; then
  echo "HAProxy did not start (is port $port in use?). Its log, $haproxy_log:" >&2
  tail -5 "$haproxy_log" >&2
  exit 1
fi

members=""
for ((k = 1; k <= nodes; k++)); do
  members+="${members:+,}127.0.0.1:$((port + nodes + k))"
done
echo "Starting $nodes Lantern nodes on ports $((port + 1))-$((port + nodes)) behind HAProxy on port $port" \
  "(logs: $data_dir/logs/node-K.log, haproxy.log)..."
node_pids=()
node_logs=()
node_log_from=()
for ((k = 1; k <= nodes; k++)); do
  postboot="$data_dir/postboot-node-$k.txt"
  write_postboot "$postboot"
  java_opts=()
  node_args=(--postbootcommandfile "$postboot" --name "node-$k"
    # On one host every backup would otherwise be skipped: host-aware partitioning keeps backups
    # off members with the backed-up member's address, and here all share 127.0.0.1.
    --nohostaware)
  cluster_args 127.0.0.1 "$members" "$((port + nodes + k))"
  node_logs+=("$data_dir/logs/node-$k.log")
  start_micro "$((port + k))" "${node_logs[k - 1]}"
  node_pids+=("$node_pid")
  node_log_from+=("$log_from")
done
start_timeout="${LANTERN_START_TIMEOUT:-$((180 + 60 * (nodes - 1)))}"
for ((k = 1; k <= nodes; k++)); do
  wait_ready "$((port + k))" "${node_pids[k - 1]}" "${node_logs[k - 1]}" "${node_log_from[k - 1]}" || {
    echo "Node $k of $nodes did not start; stopping the others." >&2
    stop_all
    exit 1
  }
done
until curl -fs "http://localhost:$port/health/ready" 2>/dev/null | grep -q '"status":"UP"'; do
  if ((SECONDS - started > start_timeout)) || ! kill -0 "$haproxy_pid" 2>/dev/null; then
    echo "The nodes are ready but HAProxy does not answer on port $port; see $haproxy_log" >&2
    stop_all
    exit 1
  fi
  sleep 0.2
done

print_ready " ($nodes nodes behind HAProxy)"
for ((k = 1; k <= nodes; k++)); do
  printf '  Node %-9s http://localhost:%s/  (log: %s)\n' "$k:" "$((port + k))" "${node_logs[k - 1]}"
done
echo "  Balancer:      $haproxy_cfg (log: $haproxy_log)"
echo "  Data grid:     ${members//,/ } (loopback; its name from $data_dir/cluster-secret)"
echo "Press Ctrl-C to stop."
# A node may die and the others carry on; without the balancer nothing does.
wait "$haproxy_pid" || true
echo "HAProxy stopped; stopping the nodes." >&2
stop_all
exit 1
