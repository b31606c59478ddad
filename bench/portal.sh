#!/usr/bin/env bash
# Issue 6 benchmark: 20,000 published news items (and their search entries, in three languages) and
# 6,000 further search entries of other kinds; measures the home page and a hub's news page next to
# nginx serving the same bytes, and search latency over 50 representative queries, at 16 clients.
# Usage: bench/portal.sh   (needs psql, curl, python3; installs nginx-light if missing; a few minutes)
# The app (with its database) and nginx run on SERVER_CPUS, wrk and the search load on LOAD_CPUS (see lib/app.sh).
source "$(dirname "$0")/lib/app.sh"
bench_build
bench_start_app
trap bench_stop EXIT

cols=$(bench_psql -At -c "SELECT string_agg(column_name, ',' ORDER BY ordinal_position) FROM information_schema.columns
                         WHERE table_name = 'portal_article' AND column_name NOT IN ('id', 'slug', 'kind', 'published_at', 'title_sq')")
bench_psql <<SQL
INSERT INTO portal_article (kind, title_sq, published_at, $cols)
SELECT 'NEWS', a.title_sq || ' ' || g, now() - (g || ' minutes')::interval, ${cols//title_sq,/}
  FROM portal_article a, generate_series(1, 20000) g
 WHERE a.id = (SELECT min(id) FROM portal_article WHERE kind = 'NEWS' AND status = 'PUBLISHED');
INSERT INTO portal_search_document (module, type, record_id, language, title, body, folded, url, hub_code, published_at)
SELECT 'portal', 'news', a.id::text, l.lang,
       CASE l.lang WHEN 'sq' THEN 'Konsultimi publik për buxhetin ' || a.id WHEN 'sr' THEN 'Javne konsultacije o budžetu ' || a.id
                   ELSE 'Public consultation on the budget ' || a.id END,
       CASE l.lang WHEN 'sq' THEN 'Organizatat e shoqërisë civile në Prizren, Pejë dhe Mitrovicë ftohen të komentojnë strategjinë.'
                   WHEN 'sr' THEN 'Organizacije civilnog društva u Prizrenu, Peći i Mitrovici pozvane su da komentarišu strategiju.'
                   ELSE 'Civil society organisations in Prizren, Pejë and Mitrovicë are invited to comment on the strategy.' END,
       '', '/news/' || a.id, (ARRAY['PRZ','PEJ','MIT','FER','GJI',NULL])[1 + a.id % 6], a.published_at
  FROM portal_article a CROSS JOIN (VALUES ('sq'), ('sr'), ('en')) l(lang)
 WHERE a.kind = 'NEWS' AND a.id > 100
ON CONFLICT DO NOTHING;
INSERT INTO portal_search_document (module, type, record_id, language, title, body, folded, url, hub_code, published_at)
SELECT 'council', (ARRAY['decision','meeting','minutes'])[1 + g % 3], (100000 + g)::text, 'sq',
       'Vendimi i Këshillit për raportin vjetor ' || g, 'Këshilli miratoi raportin e zbatimit të strategjisë dhe detyrimet e institucioneve.',
       '', '/council/x/' || g, NULL, now() - (g || ' hours')::interval
  FROM generate_series(1, 6000) g
ON CONFLICT DO NOTHING;
UPDATE portal_search_document SET folded = lower(title || ' ' || body) WHERE folded = '';
ANALYZE;
SQL
echo "data: $(bench_psql -At -c "SELECT count(*) FROM portal_article WHERE kind = 'NEWS'") news, $(bench_psql -At -c 'SELECT count(*) FROM portal_search_document') search rows"

pages=("/" "/hubs/PRZ" "/news?hub=PRZ")
bench_static "${pages[@]/#/$APP_URL}"
echo "pages: wrk, 16 connections, ${DURATION:-15} s each; server on cpu ${SERVER_CPUS:-any}, load on cpu ${LOAD_CPUS:-any}"
for i in "${!pages[@]}"; do
  bench_wrk "nginx, the same bytes" "http://127.0.0.1:$NGINX_PORT/page$i.html"; nginx_rps=$(cat "$WORK/wrk.txt.rps")
  bench_wrk "app ${pages[$i]}" "$APP_URL${pages[$i]}"; app_rps=$(cat "$WORK/wrk.txt.rps")
  echo "  -> $((100 * app_rps / nginx_rps))% of nginx's throughput ($(wc -c < "$WORK/static/page$i.html") bytes)"
  # any cookie but the language one passes the page cache: what a signed-in reader, or the first reader, waits for
  bench_wrk "app ${pages[$i]}, rendered each time" "$APP_URL${pages[$i]}" -H "Cookie: bench_fresh=1"
done

queries=(konsultim konsultimi "konsultime publike" buxhet buxhetin strategjia strategjinë organizatat "shoqërisë civile"
         prizren pejë peje mitrovicë mitrovica këshilli keshilli raporti "raportin vjetor" vendimi detyrimet
         konsultacije budžet budzet strategiju organizacije "civilnog društva" prizrenu peći mitrovici
         консултације буџет стратегију "public consultation" budget strategy organisations "civil society" council
         report decision obligations konsultimm buxhett strategia organizatta prizen mitrovic "annual report"
         "zbatimit të strategjisë" komentojnë ftohen institucioneve)
urls=()
for q in "${queries[@]:0:50}"; do
  urls+=("$APP_URL/search?q=$(python3 -c 'import sys, urllib.parse; print(urllib.parse.quote_plus(sys.argv[1]))' "$q")")
done
echo "search: ${#urls[@]} queries, 16 clients, 64 requests each"
python3 "$BENCH_DIR/lib/load.py" --clients 16 --requests 64 --warmup 16 "${urls[@]}" > "$WORK/search.txt"
cat "$WORK/search.txt"
python3 - "$WORK/search.txt" <<'PY'
import sys
p50, p99 = [], []
for line in open(sys.argv[1]):
    f = line.split()
    if len(f) >= 8 and f[0].startswith("http"):
        p50.append(float(f[-5])); p99.append(float(f[-3]))
if p50:
    p50.sort(); p99.sort()
    print(f"search over {len(p50)} queries: median p50 = {p50[len(p50)//2]:.1f} ms, "
          f"p95 of the per-query p50s = {p50[int(len(p50)*0.95)-1]:.1f} ms, worst p99 = {p99[-1]:.1f} ms")
PY
