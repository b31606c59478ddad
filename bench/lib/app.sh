# Sourced by the bench scripts: builds the jar once, starts the app on a throw-away embedded database,
# and serves static copies of pages with nginx for the comparison the issues ask for.
set -euo pipefail
BENCH_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ROOT="$(cd "$BENCH_DIR/.." && pwd)"
WORK="${BENCH_WORK:-/tmp/bashke-bench}"
APP_PORT="${APP_PORT:-18080}"
DB_PORT="${DB_PORT:-15432}"
NGINX_PORT="${NGINX_PORT:-18090}"
APP_URL="http://127.0.0.1:$APP_PORT"

bench_build() {
  if [ ! -f "$ROOT/target/bashke.jar" ] || [ -n "${REBUILD:-}" ]; then
    (cd "$ROOT" && ./mvnw -q -B -DskipTests package)
  fi
}

# The server (the app with its database, or nginx) and the load generator on different cores, as the
# issues ask: SERVER_CPUS for the one, LOAD_CPUS for the other. Defaults: on two or more cores, the last
# core generates load and the others serve; on one core, no pinning.
CORES=$(nproc)
if [ "$CORES" -ge 2 ]; then
  SERVER_CPUS="${SERVER_CPUS:-0-$((CORES - 2))}"
  LOAD_CPUS="${LOAD_CPUS:-$((CORES - 1))}"
fi
# a prefix, not a function, so that "$!" after "$SERVER_PIN java … &" is the java process itself (taskset execs it)
SERVER_PIN=""
[ -n "${SERVER_CPUS:-}" ] && SERVER_PIN="taskset -c $SERVER_CPUS"
on_load_cpus() { if [ -n "${LOAD_CPUS:-}" ]; then taskset -c "$LOAD_CPUS" "$@"; else "$@"; fi; }

bench_start_app() {
  rm -rf "$WORK" && mkdir -p "$WORK"
  BASHKE_DATA_DIR="$WORK/pg" BASHKE_FILES_DIR="$WORK/files" BASHKE_EMBEDDED_DB_PORT="$DB_PORT" PORT="$APP_PORT" \
    $SERVER_PIN java -Xmx1g -jar "$ROOT/target/bashke.jar" ${EXTRA_ARGS:-} > "$WORK/app.log" 2>&1 &
  echo $! > "$WORK/app.pid"
  for _ in $(seq 1 180); do
    if curl -fs "$APP_URL/actuator/health" > /dev/null 2>&1; then return 0; fi
    sleep 1
  done
  echo "the app did not start; see $WORK/app.log" >&2
  exit 1
}

bench_psql() {
  PGPASSWORD=postgres psql -q -v ON_ERROR_STOP=1 -h 127.0.0.1 -p "$DB_PORT" -U postgres -d postgres "$@"
}

# bench_static name url...: saves each page and serves the copies with nginx on $NGINX_PORT
bench_static() {
  command -v nginx > /dev/null || { apt-get install -y -qq nginx-light > /dev/null 2>&1 || apt-get install -y -qq nginx > /dev/null; }
  mkdir -p "$WORK/static"
  local i=0
  for url in "$@"; do
    curl -fs "$url" -o "$WORK/static/page$i.html"; i=$((i + 1))
  done
  local workers=1
  [ -n "${SERVER_CPUS:-}" ] && workers=$(( $(taskset -c "$SERVER_CPUS" nproc) ))
  cat > "$WORK/nginx.conf" <<CONF
worker_processes $workers;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static; default_type text/html; }
}
CONF
  # an nginx a previous run left up (KEEP_RUNNING) holds the port
  pkill -f "nginx -c $WORK/nginx.conf" 2> /dev/null && sleep 1
  $SERVER_PIN nginx -c "$WORK/nginx.conf"
}

# bench_wrk label url [wrk options...]: 16 keep-alive connections for DURATION seconds (default 15) after a
# 3-second warm-up, from the load cores; prints: label, p50, p90, p99 (ms), requests/s, errors
bench_wrk() {
  command -v wrk > /dev/null || apt-get install -y -qq wrk > /dev/null
  local label=$1 url=$2; shift 2
  on_load_cpus wrk -t1 -c16 -d3s "$@" "$url" > /dev/null
  on_load_cpus wrk -t1 -c16 -d"${DURATION:-15}s" --latency "$@" "$url" > "$WORK/wrk.txt"
  python3 - "$label" "$WORK/wrk.txt" <<'PY'
import re, sys
label, text = sys.argv[1], open(sys.argv[2]).read()
def ms(v):
    n, unit = float(re.match(r"[\d.]+", v).group()), re.sub(r"[\d.]+", "", v)
    return n * {"us": 0.001, "ms": 1, "s": 1000, "m": 60000}[unit]
pct = dict(re.findall(r"^\s+(50|90|99)%\s+(\S+)", text, re.M))
rps = float(re.search(r"Requests/sec:\s+([\d.]+)", text).group(1))
bad = re.search(r"Non-2xx or 3xx responses: (\d+)", text)
errors = int(bad.group(1)) if bad else 0
open(sys.argv[2] + ".rps", "w").write(f"{rps:.0f}")
sock = re.search(r"Socket errors: (.*)", text)
print(f"{label:34} p50 {ms(pct['50']):7.2f}  p90 {ms(pct['90']):7.2f}  p99 {ms(pct['99']):7.2f} ms  {rps:9.0f} req/s"
      + (f"  {errors} non-2xx" if errors else "") + (f"  socket errors: {sock.group(1)}" if sock else ""))
PY
}

bench_stop() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -f "$WORK/app.pid" ] && kill "$(cat "$WORK/app.pid")" 2>/dev/null || true
  sleep 2
}
trap bench_stop EXIT
