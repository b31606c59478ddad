#!/usr/bin/env bash
# Issue 4 benchmark: an action plan of 1,000 activities with 20,000 progress updates (half of them assessed by
# the CSO side) under the demo strategy; measures the public tracker, a scorecard page and an obligation page
# (p50/p99), and the time to build the annual report PDF and DOCX.
# Usage: bench/monitoring.sh   (needs psql and curl; ~5 minutes)
export APP_PORT="${APP_PORT:-18180}" DB_PORT="${DB_PORT:-15532}" BENCH_WORK="${BENCH_WORK:-/tmp/bashke-bench-monitoring}"
source "$(dirname "$0")/lib/app.sh"
# its own build directory, so it never clobbers another build
JAR="$ROOT/target-bench/bashke.jar"
[ -f "$JAR" ] && [ -z "${REBUILD:-}" ] || (cd "$ROOT" && ./mvnw -q -B -Dbuild.dir=target-bench -DskipTests package)
rm -rf "$WORK" && mkdir -p "$WORK"
BASHKE_DATA_DIR="$WORK/pg" BASHKE_FILES_DIR="$WORK/files" BASHKE_EMBEDDED_DB_PORT="$DB_PORT" PORT="$APP_PORT" \
  java -Xmx1g -jar "$JAR" --server.port="$APP_PORT" > "$WORK/app.log" 2>&1 &
echo $! > "$WORK/app.pid"
trap bench_stop EXIT
for _ in $(seq 1 240); do curl -fs "$APP_URL/actuator/health" > /dev/null 2>&1 && break; sleep 1; done

bench_psql <<'SQL'
WITH s AS (SELECT id FROM monitoring_strategy WHERE code = 'SCCS-2019'),
     m AS (SELECT ms.id AS measure_id, ms.objective_id, row_number() OVER (ORDER BY ms.id) - 1 AS n
             FROM monitoring_measure ms JOIN monitoring_objective o ON o.id = ms.objective_id WHERE o.strategy_id = (SELECT id FROM s)),
     inst AS (SELECT DISTINCT institution_id AS id FROM monitoring_obligation WHERE institution_id IS NOT NULL)
INSERT INTO monitoring_obligation (source_module, source_type, code, strategy_id, objective_id, measure_id,
    title_sq, title_sr, title_en, title_sq_status, title_sr_status, title_en_status, institution_id, deadline, original_deadline,
    budget_eur, budget_source, status, percent, created_at, status_changed_at)
SELECT 'monitoring', 'activity', 'B' || g, (SELECT id FROM s), m.objective_id, m.measure_id,
       'Aktiviteti i planit ' || g, 'Aktivnost plana ' || g, 'Plan activity ' || g, 'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED',
       (SELECT id FROM inst ORDER BY id OFFSET (g % (SELECT count(*) FROM inst)) LIMIT 1),
       DATE '2019-06-30' + (g % 1600), DATE '2019-06-30' + (g % 1600), 1000 + g, 'Buxheti i Kosovës',
       (ARRAY['NOT_STARTED','IN_PROGRESS','DELAYED','IN_PROGRESS'])[1 + g % 4], (g % 4) * 20, now(), now()
FROM generate_series(1, 1000) g JOIN m ON m.n = g % (SELECT count(*) FROM m);

INSERT INTO monitoring_update (obligation_id, status, percent, narrative_sq, narrative_sr, narrative_en,
    narrative_sq_status, narrative_sr_status, narrative_en_status, author_name, created_at)
SELECT o.id, o.status, o.percent, 'Raporti ' || k || ' për ' || o.code, 'Izveštaj ' || k || ' za ' || o.code, 'Report ' || k || ' on ' || o.code,
       'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED', 'Zyrtari', now() - ((20 - k) || ' days')::interval
FROM monitoring_obligation o, generate_series(1, 20) k WHERE o.code LIKE 'B%';

INSERT INTO monitoring_assessment (update_id, verdict, narrative_sq, narrative_sr, narrative_en,
    narrative_sq_status, narrative_sr_status, narrative_en_status, author_name, created_at)
SELECT u.id, (ARRAY['AGREE','PARTLY','DISAGREE'])[1 + u.id % 3], 'Vlerësimi ' || u.id, 'Ocena ' || u.id, 'Assessment ' || u.id,
       'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED', 'Anëtari i Këshillit', u.created_at + interval '1 day'
FROM monitoring_update u JOIN monitoring_obligation o ON o.id = u.obligation_id WHERE o.code LIKE 'B%' AND u.id % 2 = 0;
ANALYZE;
SQL
strategy=$(bench_psql -At -c "SELECT id FROM monitoring_strategy WHERE code = 'SCCS-2019'")
some=$(bench_psql -At -c "SELECT id FROM monitoring_obligation WHERE code = 'B500' AND strategy_id = $strategy")
echo "data: $(bench_psql -At -c 'SELECT count(*) FROM monitoring_obligation') obligations, $(bench_psql -At -c 'SELECT count(*) FROM monitoring_update') updates, $(bench_psql -At -c 'SELECT count(*) FROM monitoring_assessment') assessments"

on_load_cpus python3 "$BENCH_DIR/lib/load.py" --clients 4 --requests 800 \
  "$APP_URL/monitoring" "$APP_URL/monitoring?strategy=$strategy&status=IN_PROGRESS&page=3" \
  "$APP_URL/monitoring/obligations/$some" "$APP_URL/monitoring/scorecards?strategy=$strategy"

for fmt in pdf docx; do
  for i in 1 2 3; do
    curl -s -o /dev/null -w "report.$fmt build: %{time_total}s (%{size_download} bytes)\n" "$APP_URL/monitoring/strategies/$strategy/report.$fmt?year=2026"
  done
done
