#!/usr/bin/env bash
# Issue 3 benchmark: the Council (body 1) with ten years of quarterly meetings — six agenda items, two papers,
# the attendance register, two decisions and published minutes each — then the public Council page, the
# body's page, the meetings list and one meeting page, each beside nginx serving a static copy of the same HTML.
# Usage: bench/council.sh   (needs psql and curl; installs nginx-light if missing; ~3 minutes)
source "$(dirname "$0")/lib/app.sh"
bench_build
bench_start_app

bench_psql <<'SQL'
DO $$
DECLARE
  q int; k int; m bigint; item bigint; paper bigint; first_file bigint;
BEGIN
  SELECT v.file_id INTO first_file FROM council_paper_version v JOIN council_paper p ON p.id = v.paper_id
   WHERE p.meeting_id = 1 ORDER BY v.id LIMIT 1;
  FOR q IN 1..40 LOOP
    INSERT INTO council_meeting (body_id, title_sq, title_sr, title_en, title_sq_status, title_sr_status, title_en_status,
                                 starts_at, ends_at, place, status, invitations_sent, created_at, updated_at, updated_by)
    VALUES (1, 'Mbledhja e ' || q || '-të e Këshillit', q || '. sednica Saveta', 'Council meeting no. ' || q,
            'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED', now() - make_interval(months => 3 * q),
            now() - make_interval(months => 3 * q) + interval '3 hours', 'Prishtinë, Zyra e Kryeministrit', 'HELD', 1,
            now(), now(), 'bench')
    RETURNING id INTO m;
    FOR k IN 1..6 LOOP
      INSERT INTO council_agenda_item (meeting_id, position, title_sq, title_sr, title_en, title_sq_status, title_sr_status,
                                       title_en_status, presenter, decision_expected)
      VALUES (m, k, 'Pika ' || k || ': raporti për objektivin ' || (1 + k % 4), 'Tačka ' || k || ': izveštaj o cilju ' || (1 + k % 4),
              'Item ' || k || ': report on objective ' || (1 + k % 4), 'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED', 'Sekretariati', k <= 2)
      RETURNING id INTO item;
      IF k <= 2 THEN
        IF first_file IS NOT NULL THEN
          INSERT INTO council_paper (meeting_id, agenda_item_id, title, restricted, created_at)
          VALUES (m, item, 'Materiali ' || k || ' i mbledhjes ' || q, k = 2, now()) RETURNING id INTO paper;
          INSERT INTO council_paper_version (paper_id, number, file_id, uploaded_at, uploaded_by)
          VALUES (paper, 1, first_file, now(), 'bench');
        END IF;
        INSERT INTO council_decision (body_id, meeting_id, agenda_item_id, number, text_sq, text_sr, text_en, text_sq_status,
                                      text_sr_status, text_en_status, responsible, deadline, votes_for, votes_against,
                                      votes_abstain, adopted_on, created_at, created_by)
        VALUES (1, m, item, 'B' || q || '/' || k, 'Këshilli miraton raportin ' || k || ' të mbledhjes ' || q,
                'Savet usvaja izveštaj ' || k || ' sa sednice ' || q, 'The Council adopts report ' || k || ' of meeting ' || q,
                'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED', 'Zyra për Qeverisje të Mirë',
                (now() - make_interval(months => 3 * q) + interval '60 days')::date, 20, 2, 1,
                (now() - make_interval(months => 3 * q))::date, now(), 'bench');
      END IF;
    END LOOP;
    INSERT INTO council_attendance (meeting_id, seat_id, holder_account_id, substitute_account_id, organisation_id, status,
                                    recorded_at, recorded_by)
    SELECT m, seat_id, holder_account_id, substitute_account_id, organisation_id, status, now(), 'bench'
      FROM council_attendance WHERE meeting_id = 1;
    INSERT INTO council_minutes (meeting_id, number, text_sq, text_sr, text_en, text_sq_status, text_sr_status, text_en_status,
                                 status, circulated_at, approved_on, published_at, created_at, updated_at, updated_by)
    VALUES (m, 1, repeat('Procesverbali i mbledhjes ' || q || '. ', 40), repeat('Zapisnik sa sednice ' || q || '. ', 40),
            repeat('Minutes of meeting ' || q || '. ', 40), 'AUTHORITATIVE', 'TRANSLATED', 'TRANSLATED', 'PUBLISHED',
            now(), (now() - make_interval(months => 3 * q - 3))::date, now(), now(), now(), 'bench');
  END LOOP;
END $$;
ANALYZE;
SQL
last=$(bench_psql -At -c "SELECT max(id) FROM council_meeting")
echo "data: $(bench_psql -At -c 'SELECT count(*) FROM council_meeting WHERE body_id = 1') meetings of the Council," \
     "$(bench_psql -At -c 'SELECT count(*) FROM council_decision WHERE body_id = 1') decisions," \
     "$(bench_psql -At -c 'SELECT count(*) FROM council_attendance') attendance rows," \
     "$(bench_psql -At -c 'SELECT count(*) FROM council_paper') papers"

pages=("$APP_URL/council" "$APP_URL/council/bodies/1" "$APP_URL/council/meetings" "$APP_URL/council/meetings/$last")
bench_static "${pages[@]}"
on_load_cpus python3 "$BENCH_DIR/lib/load.py" --clients 16 --requests 1600 "${pages[@]}" \
  "http://127.0.0.1:$NGINX_PORT/page0.html" "http://127.0.0.1:$NGINX_PORT/page1.html" \
  "http://127.0.0.1:$NGINX_PORT/page2.html" "http://127.0.0.1:$NGINX_PORT/page3.html"
bench_stop
