#!/usr/bin/env bash
# Checks the HAProxy configuration that `./run.sh --nodes` writes, against two stand-in nodes
# instead of Payara (a few seconds, loopback only): node1 passes its health check but closes every
# other request unanswered, as a node dying mid-request does; node2 answers. A GET pinned to node1
# must be answered by node2; a POST pinned to node1 must fail (502) and never reach node2.
# Usage: tools/check-balancer-retries.sh [BASE_PORT]   (default 19150; uses BASE_PORT…BASE_PORT+2)
# Needs haproxy and python3. Exit 0 when the balancer behaves so, 1 otherwise.
set -euo pipefail
cd "$(dirname "$0")/.."

port="${1:-19150}"
nodes=2
work="$(mktemp -d)"
pids=()
trap 'for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; wait; rm -rf "$work"' EXIT
haproxy="$(command -v haproxy || echo /usr/sbin/haproxy)"

# The configuration run.sh generates, from its own function.
eval "$(sed -n '/^write_haproxy_config() {/,/^}/p' run.sh)"
write_haproxy_config "$work/haproxy.cfg"

cat >"$work/node.py" <<'PY'
import http.server, socket, sys
name, port, crash = sys.argv[1], int(sys.argv[2]), sys.argv[3] == "crash"
class Node(http.server.BaseHTTPRequestHandler):
    protocol_version = "HTTP/1.1"
    def answer(self):
        if self.path != "/health/ready":
            self.rfile.read(int(self.headers.get("Content-Length") or 0))
            print(self.command, self.path, flush=True)
            if crash:
                self.connection.shutdown(socket.SHUT_RDWR)
                self.close_connection = True
                return
        self.send_response(200)
        self.send_header("Content-Length", str(len(name)))
        self.end_headers()
        self.wfile.write(name.encode())
    do_GET = do_POST = answer
    def log_message(self, *args): pass
http.server.ThreadingHTTPServer(("127.0.0.1", port), Node).serve_forever()
PY
python3 "$work/node.py" node1 $((port + 1)) crash >"$work/node1.txt" 2>&1 &
pids+=($!)
python3 "$work/node.py" node2 $((port + 2)) answer >"$work/node2.txt" 2>&1 &
pids+=($!)
"$haproxy" -db -f "$work/haproxy.cfg" >"$work/haproxy.log" 2>&1 &
pids+=($!)

# Both stand-ins up in the balancer's eyes (health checks every second).
for _ in $(seq 50); do
  [ "$(curl -s --cookie LANTERN_NODE=node2 "http://127.0.0.1:$port/probe")" = node2 ] && break
  sleep 0.2
done
sleep 1.5
get=$(curl -s -w ' %{http_code}' --cookie LANTERN_NODE=node1 "http://127.0.0.1:$port/read")
post=$(curl -s -o /dev/null -w '%{http_code}' --cookie LANTERN_NODE=node1 -d x=1 "http://127.0.0.1:$port/write")
sleep 0.2

failed=0
[ "$get" = "node2 200" ] || { echo "GET after node1 closed it: '$get', expected node2's 200" >&2; failed=1; }
[ "$post" = 502 ] || { echo "POST after node1 closed it: $post, expected 502" >&2; failed=1; }
grep -q "POST /write" "$work/node1.txt" || { echo "the POST never reached node1" >&2; failed=1; }
if grep -q "POST /write" "$work/node2.txt"; then
  echo "the POST was sent again to node2: a POST must never be retried" >&2
  failed=1
fi
if ((failed)); then
  sed 's/^/  haproxy: /' "$work/haproxy.log" >&2
  exit 1
fi
echo "balancer retries: a GET went on to node2, a POST was not resent (502)"
