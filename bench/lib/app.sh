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

bench_start_app() {
  rm -rf "$WORK" && mkdir -p "$WORK"
  BASHKE_DATA_DIR="$WORK/pg" BASHKE_FILES_DIR="$WORK/files" BASHKE_EMBEDDED_DB_PORT="$DB_PORT" PORT="$APP_PORT" \
    java -Xmx1g -jar "$ROOT/target/bashke.jar" ${EXTRA_ARGS:-} > "$WORK/app.log" 2>&1 &
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
  cat > "$WORK/nginx.conf" <<CONF
worker_processes 2;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log;
events { worker_connections 256; }
http {
  access_log off;
  keepalive_requests 100000;
  server { listen 127.0.0.1:$NGINX_PORT; root $WORK/static; default_type text/html; }
}
CONF
  nginx -c "$WORK/nginx.conf"
}

bench_stop() {
  [ -f "$WORK/nginx.pid" ] && kill "$(cat "$WORK/nginx.pid")" 2>/dev/null || true
  [ -f "$WORK/app.pid" ] && kill "$(cat "$WORK/app.pid")" 2>/dev/null || true
  sleep 2
}
trap bench_stop EXIT
