package org.bashke.audit.chain;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.UnaryOperator;
import org.bashke.audit.chain.ChainReport.Problem;
import org.junit.jupiter.api.Test;

class HashChainTest {

    private static List<AuditEntry> chain(int n) {
        List<AuditEntry> entries = new ArrayList<>();
        String prev = HashChain.GENESIS;
        for (int i = 1; i <= n; i++) {
            Instant at = Instant.parse("2026-11-27T06:00:00.123456Z").plusSeconds(i);
            String before = i == 1 ? null : "{\"name\":\"Shoqata " + (i - 1) + "\"}";
            String after = "{\"name\":\"Shoqata " + i + " – ë ç Љубав\"}";
            String hash = HashChain.hash(prev, i, at, "admin", "directory.organisation.updated", "organisation",
                    String.valueOf(i), before, after, i % 2 == 0 ? "127.0.0.1" : null);
            entries.add(new AuditEntry(i, at, "admin", "directory.organisation.updated", "organisation",
                    String.valueOf(i), before, after, i % 2 == 0 ? "127.0.0.1" : null, prev, hash));
            prev = hash;
        }
        return entries;
    }

    private static ChainReport verify(List<AuditEntry> entries) {
        ChainCheck check = new ChainCheck();
        entries.forEach(check::accept);
        return check.report();
    }

    private static List<AuditEntry> with(List<AuditEntry> entries, int index, UnaryOperator<AuditEntry> change) {
        List<AuditEntry> copy = new ArrayList<>(entries);
        copy.set(index, change.apply(copy.get(index)));
        return copy;
    }

    @Test
    void an_intact_chain_verifies_with_its_count() {
        ChainReport report = verify(chain(10));
        assertThat(report.intact()).isTrue();
        assertThat(report.checked()).isEqualTo(10);
    }

    @Test
    void an_empty_log_is_intact() {
        assertThat(verify(List.of()).intact()).isTrue();
    }

    @Test
    void changing_any_field_of_an_entry_is_detected_at_that_entry() {
        List<AuditEntry> c = chain(6);
        List<UnaryOperator<AuditEntry>> tamperings = List.of(
                e -> new AuditEntry(e.seq(), e.at().plusNanos(1000), e.actor(), e.action(), e.recordType(), e.recordId(), e.beforeJson(), e.afterJson(), e.clientIp(), e.prevHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.at(), "someone-else", e.action(), e.recordType(), e.recordId(), e.beforeJson(), e.afterJson(), e.clientIp(), e.prevHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.at(), e.actor(), "directory.organisation.deleted", e.recordType(), e.recordId(), e.beforeJson(), e.afterJson(), e.clientIp(), e.prevHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), "hub", e.recordId(), e.beforeJson(), e.afterJson(), e.clientIp(), e.prevHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.recordType(), "999", e.beforeJson(), e.afterJson(), e.clientIp(), e.prevHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), "{\"name\":\"x\"}", e.afterJson(), e.clientIp(), e.prevHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.beforeJson(), e.afterJson().replace('ë', 'e'), e.clientIp(), e.prevHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.beforeJson(), e.afterJson(), "10.0.0.9", e.prevHash(), e.hash()),
                e -> new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.recordType(), e.recordId(), e.beforeJson(), e.afterJson(), e.clientIp(), e.prevHash(), "f" + e.hash().substring(1)));
        for (UnaryOperator<AuditEntry> tamper : tamperings) {
            ChainReport report = verify(with(c, 3, tamper));
            assertThat(report.intact()).isFalse();
            assertThat(report.brokenSeq()).isEqualTo(4L);
            assertThat(report.problem()).isEqualTo(Problem.HASH_MISMATCH);
            assertThat(report.checked()).isEqualTo(3);
        }
    }

    @Test
    void rewriting_an_entry_and_its_own_hash_is_detected_at_the_next_entry() {
        List<AuditEntry> c = chain(6);
        List<AuditEntry> tampered = with(c, 2, e -> {
            String after = "{\"name\":\"forged\"}";
            String hash = HashChain.hash(e.prevHash(), e.seq(), e.at(), e.actor(), e.action(), e.recordType(),
                    e.recordId(), e.beforeJson(), after, e.clientIp());
            return new AuditEntry(e.seq(), e.at(), e.actor(), e.action(), e.recordType(), e.recordId(),
                    e.beforeJson(), after, e.clientIp(), e.prevHash(), hash);
        });
        ChainReport report = verify(tampered);
        assertThat(report.brokenSeq()).isEqualTo(4L);
        assertThat(report.problem()).isEqualTo(Problem.PREV_HASH_MISMATCH);
    }

    @Test
    void deleting_an_entry_is_detected_as_a_gap() {
        List<AuditEntry> c = new ArrayList<>(chain(6));
        c.remove(2);
        ChainReport report = verify(c);
        assertThat(report.problem()).isEqualTo(Problem.GAP);
        assertThat(report.brokenSeq()).isEqualTo(4L);
        assertThat(report.expectedSeq()).isEqualTo(3L);
    }

    @Test
    void deleting_the_first_entry_is_detected() {
        List<AuditEntry> c = new ArrayList<>(chain(3));
        c.remove(0);
        assertThat(verify(c).brokenSeq()).isEqualTo(2L);
    }

    @Test
    void reordering_entries_is_detected() {
        List<AuditEntry> c = chain(5);
        // swap the contents of entries 2 and 3 but keep the seq numbers in order
        AuditEntry two = c.get(1);
        AuditEntry three = c.get(2);
        List<AuditEntry> swapped = new ArrayList<>(c);
        swapped.set(1, new AuditEntry(2, three.at(), three.actor(), three.action(), three.recordType(), three.recordId(),
                three.beforeJson(), three.afterJson(), three.clientIp(), three.prevHash(), three.hash()));
        swapped.set(2, new AuditEntry(3, two.at(), two.actor(), two.action(), two.recordType(), two.recordId(),
                two.beforeJson(), two.afterJson(), two.clientIp(), two.prevHash(), two.hash()));
        ChainReport report = verify(swapped);
        assertThat(report.intact()).isFalse();
        assertThat(report.brokenSeq()).isEqualTo(2L);
    }

    @Test
    void the_hash_form_is_unambiguous_between_adjacent_fields() {
        Instant at = Instant.parse("2026-11-27T06:00:00Z");
        String a = HashChain.hash(HashChain.GENESIS, 1, at, "ab", "c", "t", null, null, null, null);
        String b = HashChain.hash(HashChain.GENESIS, 1, at, "a", "bc", "t", null, null, null, null);
        String nullVsEmpty = HashChain.hash(HashChain.GENESIS, 1, at, "a", "bc", "t", "", null, null, null);
        assertThat(a).isNotEqualTo(b);
        assertThat(b).isNotEqualTo(nullVsEmpty);
        assertThat(a).hasSize(64).matches("[0-9a-f]{64}");
    }

    record Sample(String zeta, LocalDate day, Instant at, Map<String, Object> extra, String alpha) {
    }

    @Test
    void values_serialise_with_sorted_keys_and_iso_dates() {
        Sample s = new Sample("z", LocalDate.of(2026, 2, 17), Instant.parse("2026-11-27T06:15:00Z"),
                Map.of("b", 2, "a", 1), "Ç");
        assertThat(AuditJson.write(s)).isEqualTo(
                "{\"alpha\":\"Ç\",\"at\":\"2026-11-27T06:15:00Z\",\"day\":\"2026-02-17\",\"extra\":{\"a\":1,\"b\":2},\"zeta\":\"z\"}");
        assertThat(AuditJson.write(null)).isNull();
    }

    record Named(org.bashke.shared.text.LocalizedText name) {
    }

    @Test
    void localized_text_is_logged_as_its_three_texts_and_statuses() {
        Named n = new Named(org.bashke.shared.text.LocalizedText.of(org.bashke.shared.text.Language.SQ, "Shoqëria", "Društvo", null));
        assertThat(AuditJson.write(n)).isEqualTo("{\"name\":{\"en\":null,\"enStatus\":\"MISSING\",\"sq\":\"Shoqëria\","
                + "\"sqStatus\":\"AUTHORITATIVE\",\"sr\":\"Društvo\",\"srStatus\":\"TRANSLATED\"}}");
    }

    @Test
    void the_diff_lists_only_changed_fields() {
        List<BrowseAuditLog.FieldChange> changes = BrowseAuditLog.changes(
                "{\"name\":\"Old\",\"region\":\"Prizren\",\"gone\":1}", "{\"name\":\"New\",\"region\":\"Prizren\",\"tags\":[\"a\"]}");
        assertThat(changes).containsExactly(
                new BrowseAuditLog.FieldChange("gone", "1", null),
                new BrowseAuditLog.FieldChange("name", "Old", "New"),
                new BrowseAuditLog.FieldChange("tags", null, "[\"a\"]"));
    }
}
