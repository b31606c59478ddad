#!/usr/bin/env bash
# Durability check: a write the embedded PostgreSQL acknowledged survives a kill -9.
#
# What it does, on a fresh data directory and free ports:
#   1. starts `java -jar $JAR` (BASHKE_DEMO=false, a fixed BASHKE_EMBEDDED_DB_PORT so that psql can
#      reach the app's own PostgreSQL) and waits for /actuator/health to say UP;
#   2. round 1 - crash of everything: a psql session inserts rows into durability_probe, one autocommit
#      transaction each, writing down every n whose INSERT ... RETURNING came back (acknowledged);
#      half-way through, kill -9 hits the java process AND the postmaster with all its children (found
#      through postmaster.pid: the server is a daemon that would otherwise outlive the app);
#   3. round 2 - crash of the app only: same loop, kill -9 hits java alone; the server lives on and the
#      next start of the app has to deal with it (OrphanedServer);
#   after each round the app is started again on the same data, must come back healthy, and every
#   acknowledged n must be in the table. Prints, per round:
#       durability: acknowledged=A present=P lost=L
#   (present = rows of that round found after restart; it may exceed A by the one in-flight commit).
#   Exits non-zero if anything was lost or the app did not recover.
#
# Scope: kill -9 takes processes away, not the machine; what the kernel had been handed survives. The
# server settings that make a commit wait for the disk (fsync, synchronous_commit) are checked by
# PlatformIntegrationTest.
#
# Usage:  scripts/durability-check.sh            (after ./mvnw verify or package: uses target/bashke.jar)
#   JAR=path/to/bashke.jar  INSERTS=3000  KEEP=1 (keep the data dir and logs)  HEALTH_TIMEOUT=180
#   UNSAFE_WRITES=1: the probe session turns synchronous_commit off, so commits are acknowledged before
#   they reach the WAL on disk; round 1 then loses writes and the check fails - proof that it can.
# Needs: java 17+, psql (Debian: postgresql-client), curl, pgrep/pkill (procps).
set -euo pipefail
cd "$(dirname "$0")/.."

JAR=${JAR:-target/bashke.jar}
INSERTS=${INSERTS:-3000}
HEALTH_TIMEOUT=${HEALTH_TIMEOUT:-180}
WRITE_TIMEOUT=${WRITE_TIMEOUT:-120}
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java

for tool in "$JAVA" psql curl pgrep pkill timeout; do
  command -v "$tool" >/dev/null 2>&1 || { echo "durability: $tool is missing" >&2; exit 2; }
done
[ -f "$JAR" ] || { echo "durability: $JAR not found (build it with ./mvnw -DskipTests package)" >&2; exit 2; }

WORK=$(mktemp -d "${TMPDIR:-/tmp}/bashke-durability.XXXXXX")
DATA="$WORK/pg"
APP_PID=""
WRITER_PID=""
STARTS=0

log() { echo "durability: $*"; }

# Ports are taken below the kernel's ephemeral range: a port inside it can be taken at any moment as the
# local end of an outgoing connection (the app's own connections to PostgreSQL among them), and then the
# server cannot listen on it. CI failed once that way ("Port 52736 was already in use").
EPHEMERAL_LOW=$(cut -f1 /proc/sys/net/ipv4/ip_local_port_range 2>/dev/null || echo 32768)
[ "$EPHEMERAL_LOW" -gt 12000 ] 2>/dev/null || EPHEMERAL_LOW=32768
free_port() {
  local port
  for _ in $(seq 1 200); do
    port=$((10000 + RANDOM % (EPHEMERAL_LOW - 10000)))
    if ! (exec 3<>"/dev/tcp/127.0.0.1/$port") 2>/dev/null; then
      echo "$port"
      return
    fi
  done
  echo "durability: no free port found" >&2
  exit 2
}

APP_PORT=$(free_port)
DB_PORT=$(free_port)
while [ "$DB_PORT" = "$APP_PORT" ]; do DB_PORT=$(free_port); done

postmaster_pid() {
  [ -f "$DATA/postmaster.pid" ] && head -n 1 "$DATA/postmaster.pid" | tr -dc '0-9' || true
}

alive() { [ -n "${1:-}" ] && kill -0 "$1" 2>/dev/null; }

cleanup() {
  local rc=$?
  set +e
  alive "$WRITER_PID" && kill -9 "$WRITER_PID"
  if alive "$APP_PID"; then
    kill -TERM "$APP_PID"
    timeout 30 tail --pid="$APP_PID" -f /dev/null || kill -9 "$APP_PID"
  fi
  local pm
  pm=$(postmaster_pid)
  if alive "$pm"; then
    kill -INT "$pm"  # fast shutdown
    timeout 20 tail --pid="$pm" -f /dev/null || { pkill -9 -P "$pm"; kill -9 "$pm"; }
  fi
  if [ "${KEEP:-0}" = 1 ] || [ $rc -ne 0 ]; then
    log "data and logs kept in $WORK"
  else
    rm -rf "$WORK"
  fi
  exit $rc
}
trap cleanup EXIT
trap 'exit 130' INT TERM

app_log() { echo "$WORK/app-$STARTS.log"; }

start_app() {
  STARTS=$((STARTS + 1))
  env -u SPRING_DATASOURCE_URL BASHKE_DATA_DIR="$DATA" BASHKE_DEMO=false BASHKE_EMBEDDED_DB_PORT="$DB_PORT" \
    "$JAVA" -Xmx512m -jar "$JAR" --server.port="$APP_PORT" >"$(app_log)" 2>&1 &
  APP_PID=$!
  local deadline=$((SECONDS + HEALTH_TIMEOUT)) started=$SECONDS
  until curl -fsS --max-time 3 "http://127.0.0.1:$APP_PORT/actuator/health" 2>/dev/null | grep -q '"status":"UP"'; do
    if ! alive "$APP_PID"; then
      if [ "${1:-retry}" = retry ] && grep -q "Port $APP_PORT was already in use" "$(app_log)"; then
        # someone took the port after we checked it: try once more on another one
        log "http port $APP_PORT was taken meanwhile; starting again on another port"
        APP_PORT=$(free_port)
        while [ "$DB_PORT" = "$APP_PORT" ]; do APP_PORT=$(free_port); done
        start_app no-retry
        return
      fi
      log "the app (start $STARTS) exited before it was healthy; its log ends with:"
      tail -n 40 "$(app_log)" >&2
      exit 1
    fi
    if [ $SECONDS -ge $deadline ]; then
      log "the app (start $STARTS) was not healthy after ${HEALTH_TIMEOUT}s; its log ends with:"
      tail -n 40 "$(app_log)" >&2
      exit 1
    fi
    sleep 1
  done
  log "app start $STARTS healthy after $((SECONDS - started))s (http port $APP_PORT, PostgreSQL port $DB_PORT)"
}

sql() {
  PGCONNECT_TIMEOUT=5 timeout 60 psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres "$@"
}

# Starts the write loop for n in [$1, $2] in the background; acknowledged n go to $3, one a line.
start_writes() {
  local first=$1 last=$2 acks=$3
  : >"$acks"
  seq "$first" "$last" | sed 's/.*/INSERT INTO durability_probe (n, at) VALUES (&, now()) RETURNING n;/' |
    PGOPTIONS="${UNSAFE_WRITES:+-c synchronous_commit=off}" PGCONNECT_TIMEOUT=5 timeout "$WRITE_TIMEOUT" stdbuf -oL \
      psql -X -q -At -v ON_ERROR_STOP=1 -h localhost -p "$DB_PORT" -U postgres -d postgres \
      >"$acks" 2>"$acks.err" &
  WRITER_PID=$!
}

acknowledged() { grep -cE '^[0-9]+$' "$1" || true; }

# Waits until $2 writes of the loop writing to $1 are acknowledged (the loop must still be running).
wait_for_acks() {
  local acks=$1 wanted=$2 deadline=$((SECONDS + WRITE_TIMEOUT))
  until [ "$(acknowledged "$acks")" -ge "$wanted" ]; do
    if ! alive "$WRITER_PID"; then
      log "the write loop stopped early:"; cat "$acks.err" >&2; exit 1
    fi
    [ $SECONDS -lt $deadline ] || { log "the write loop is too slow"; exit 1; }
    sleep 0.05
  done
}

wait_writer() {
  # the loop ends by itself: its server went away (error) or it wrote everything
  timeout 90 tail --pid="$WRITER_PID" -f /dev/null || { log "the write loop did not end"; exit 1; }
  wait "$WRITER_PID" 2>/dev/null || true
  WRITER_PID=""
}

LOST_TOTAL=0

# Counts round $1's rows in [$2, $3] against the acknowledgements in $4.
count() {
  local label=$1 first=$2 last=$3 acks=$4
  grep -E '^[0-9]+$' "$acks" | sort -n >"$acks.sorted"
  sql -c "SELECT n FROM durability_probe WHERE n BETWEEN $first AND $last ORDER BY n" | sort -n >"$acks.present"
  local a p l
  a=$(wc -l <"$acks.sorted")
  p=$(wc -l <"$acks.present")
  l=$(comm -23 "$acks.sorted" "$acks.present" | wc -l)
  echo "durability: $label: acknowledged=$a present=$p lost=$l"
  if [ "$l" -gt 0 ]; then
    log "lost (first 20): $(comm -23 "$acks.sorted" "$acks.present" | head -n 20 | tr '\n' ' ')"
  fi
  LOST_TOTAL=$((LOST_TOTAL + l))
}

log "jar $JAR, $INSERTS inserts per round, data in $DATA"
start_app
sql -c "CREATE TABLE IF NOT EXISTS durability_probe (n int PRIMARY KEY, at timestamptz NOT NULL)"
log "server: $(sql -c "SELECT 'PostgreSQL ' || current_setting('server_version') || ', fsync=' || current_setting('fsync') || ', synchronous_commit=' || current_setting('synchronous_commit')")"
KILL_AT=$((INSERTS / 2))

# ---- round 1: java and every postgres process of the data directory, kill -9 ----------------------
R1_FIRST=1
R1_LAST=$INSERTS
start_writes "$R1_FIRST" "$R1_LAST" "$WORK/round1.acks"
wait_for_acks "$WORK/round1.acks" "$KILL_AT"
PM=$(postmaster_pid)
alive "$PM" || { log "no running postmaster in $DATA/postmaster.pid"; exit 1; }
CHILDREN=$(pgrep -P "$PM" | tr '\n' ' ')
# one kill for all, so that no process gets to react to another one's death first
# shellcheck disable=SC2086
kill -9 "$APP_PID" "$PM" $CHILDREN
pkill -9 -P "$PM" 2>/dev/null || true
log "round 1: killed -9 java ($APP_PID) and postgres ($PM and $(echo $CHILDREN | wc -w) children) after $(acknowledged "$WORK/round1.acks") acknowledged inserts"
wait "$APP_PID" 2>/dev/null || true
wait_writer
if pgrep -f -- "-D $DATA" >/dev/null; then
  log "a postgres process of $DATA survived the kill"; exit 1
fi
start_app
count "round 1 (java + postgres killed)" "$R1_FIRST" "$R1_LAST" "$WORK/round1.acks"

# ---- round 2: java only; its PostgreSQL lives on and the next start must take over ----------------
R2_FIRST=$((1000000 + 1))
R2_LAST=$((1000000 + INSERTS))
start_writes "$R2_FIRST" "$R2_LAST" "$WORK/round2.acks"
wait_for_acks "$WORK/round2.acks" "$KILL_AT"
PM=$(postmaster_pid)
kill -9 "$APP_PID"
log "round 2: killed -9 java ($APP_PID) after $(acknowledged "$WORK/round2.acks") acknowledged inserts; postgres ($PM) left running"
wait "$APP_PID" 2>/dev/null || true
alive "$PM" || { log "postgres did not outlive java: round 2 proves nothing"; exit 1; }
start_app
wait_writer
count "round 2 (java killed, postgres survived)" "$R2_FIRST" "$R2_LAST" "$WORK/round2.acks"

if [ "$LOST_TOTAL" -gt 0 ]; then
  log "FAILED: $LOST_TOTAL acknowledged write(s) lost"
  exit 1
fi
log "OK: no acknowledged write lost; the app recovered after each crash"
