package org.bashke.council.body;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A member's public conflict-of-interest declaration for a term, or for one agenda item of a meeting.
 * Never edited: a later declaration for the same term and item supersedes it on the public page.
 */
@Entity(name = "CouncilDeclaration")
@Table(name = "council_declaration")
public class Declaration {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "term_id")
    private long termId;
    @Column(name = "account_id")
    private long accountId;
    @Column(name = "agenda_item_id")
    private Long agendaItemId;
    @Column(name = "nothing_to_declare")
    private boolean nothingToDeclare;
    private String interests;
    @Column(name = "filed_at")
    private Instant filedAt;

    protected Declaration() {
    }

    public Declaration(long termId, long accountId, Long agendaItemId, boolean nothingToDeclare, String interests, Instant now) {
        String text = interests == null || interests.isBlank() ? null : interests.strip();
        if (nothingToDeclare == (text != null)) {
            // either "nothing to declare" or the interests, never both nor neither: the public must read one clear answer
            throw new SeatRuleBroken("council.rule.declaration.answer");
        }
        if (text != null && text.length() > 5000) {
            throw new SeatRuleBroken("council.rule.declaration.tooLong");
        }
        this.termId = termId;
        this.accountId = accountId;
        this.agendaItemId = agendaItemId;
        this.nothingToDeclare = nothingToDeclare;
        this.interests = text;
        this.filedAt = now;
    }

    public Map<String, Object> auditValues() {
        Map<String, Object> v = new LinkedHashMap<>();
        v.put("termId", termId);
        v.put("accountId", accountId);
        v.put("agendaItemId", agendaItemId);
        v.put("nothingToDeclare", nothingToDeclare);
        v.put("interests", interests);
        return v;
    }

    public Long getId() { return id; }
    public long getTermId() { return termId; }
    public long getAccountId() { return accountId; }
    public Long getAgendaItemId() { return agendaItemId; }
    public boolean isNothingToDeclare() { return nothingToDeclare; }
    public String getInterests() { return interests; }
    public Instant getFiledAt() { return filedAt; }
}
