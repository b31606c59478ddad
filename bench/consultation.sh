#!/usr/bin/env bash
# Issue 5 benchmark: 1,000 consultations, one of them with 10,000 comments in three languages; measures the
# consultation page, the list and the compliance page, and comment intake (real logged-in form posts with CSRF)
# at concurrency 16 — then checks that every acknowledged comment is in the database.
# Usage: bench/consultation.sh   (needs psql and curl; installs nginx-light if missing; ~5 minutes)
source "$(dirname "$0")/lib/app.sh"
bench_build
EXTRA_ARGS="--bashke.consultation.comments-per-10-minutes=1000000" 
bench_start_app

cols=$(bench_psql -At -c "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns
                         WHERE table_name = 'consultation_consultation' AND column_name NOT IN ('id')")
numbered="title_sq || ' ' || g,"
bench_psql -c "INSERT INTO consultation_consultation ($cols)
  SELECT ${cols//title_sq,/$numbered} FROM consultation_consultation c, generate_series(1, 998) g WHERE c.id = 1"
bench_psql <<'SQL'
INSERT INTO consultation_comment (consultation_id, article_id, author_account_id, author_name, author_email, author_language,
                                  body, public_comment, created_at, outcome, answer, answered_by, answered_at)
SELECT 1,
       (SELECT a.id FROM consultation_article a JOIN consultation_document_version v ON v.id = a.version_id
         WHERE v.consultation_id = 1 ORDER BY a.id OFFSET (g % 4) LIMIT 1),
       1, 'Qytetar ' || g, 'bench' || g || '@example.org',
       (ARRAY['sq', 'sr', 'en'])[1 + g % 3],
       (ARRAY['Propozoj që neni të qartësohet për organizatat në komuna ' || g,
              'Predlažem da se član precizira za organizacije u opštinama ' || g,
              'I propose the article be clarified for organisations in municipalities ' || g])[1 + g % 3],
       true, now() - (g || ' seconds')::interval,
       CASE WHEN g % 2 = 0 THEN 'ACCEPTED' END, CASE WHEN g % 2 = 0 THEN 'Pranohet.' END,
       CASE WHEN g % 2 = 0 THEN 'Zyra' END, CASE WHEN g % 2 = 0 THEN now() END
FROM generate_series(1, 10000) g;
ANALYZE;
SQL
echo "data: $(bench_psql -At -c 'SELECT count(*) FROM consultation_consultation') consultations, $(bench_psql -At -c 'SELECT count(*) FROM consultation_comment WHERE consultation_id = 1') comments on consultation 1"

pages=("$APP_URL/consultations/1" "$APP_URL/consultations?page=3" "$APP_URL/consultations/compliance")
bench_static "${pages[@]}"
on_load_cpus python3 "$BENCH_DIR/lib/load.py" --clients 16 --requests 1600 "${pages[@]}" \
  "http://127.0.0.1:$NGINX_PORT/page0.html" "http://127.0.0.1:$NGINX_PORT/page1.html" "http://127.0.0.1:$NGINX_PORT/page2.html"

# sixteen members, one per client, with the demo member's password (the login throttle counts per address)
bench_psql -c "INSERT INTO identity_account (email, display_name, password_hash, status, language_tag, email_verified_at,
                                             created_at, updated_at)
  SELECT 'bench' || g || '@example.org', 'Anëtar ' || g, password_hash, 'ACTIVE', (ARRAY['sq', 'sr', 'en'])[1 + g % 3],
         now(), now(), now()
    FROM identity_account a, generate_series(0, 15) g WHERE a.email = 'anetar@bashke.demo'"
before=$(bench_psql -At -c "SELECT count(*) FROM consultation_comment WHERE consultation_id = 1")
python3 "$BENCH_DIR/lib/intake.py" --base "$APP_URL" --consultation 1 --email 'bench{n}@example.org' \
  --password bashke-demo-2026 --clients 16 --per-client 50 --acked "$WORK/acked.txt"
missing=0
while read -r marker; do
  [ -z "$marker" ] && continue
  n=$(bench_psql -At -c "SELECT count(*) FROM consultation_comment WHERE body LIKE 'Koment $marker:%'")
  [ "$n" = "1" ] || { echo "acknowledged but missing or doubled: $marker ($n)"; missing=$((missing + 1)); }
done < "$WORK/acked.txt"
after=$(bench_psql -At -c "SELECT count(*) FROM consultation_comment WHERE consultation_id = 1")
echo "acknowledged comments missing afterwards: $missing; rows added: $((after - before)); acknowledged: $(grep -c . "$WORK/acked.txt")"
