package org.bashke.dialogue.checklist;

import java.util.List;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.dialogue.process.DialogueAccess;
import org.bashke.dialogue.process.DialogueRuleException;
import org.bashke.dialogue.process.ManageProcesses;
import org.bashke.shared.NotFoundException;
import org.bashke.shared.text.LocalizedText;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The secretariat keeps the list of partnership principles. A principle is retired rather than deleted,
 * so the assessments already given against it keep their meaning.
 */
@Service
public class ManagePrinciples {

    private final DialoguePrincipleRepository principles;
    private final DialogueAccess access;
    private final AuditLog audit;

    ManagePrinciples(DialoguePrincipleRepository principles, DialogueAccess access, AuditLog audit) {
        this.principles = principles;
        this.access = access;
        this.audit = audit;
    }

    @Transactional(readOnly = true)
    public List<Principle> all() {
        return principles.findAllByOrderByPositionAsc();
    }

    @Transactional
    public long add(String sq, String sr, String en) {
        requireSecretariat();
        LocalizedText name = name(sq, sr, en);
        int position = principles.findAllByOrderByPositionAsc().stream().mapToInt(Principle::getPosition).max().orElse(0) + 1;
        String code = "P" + position;
        while (principles.existsByCode(code)) {
            code = code + "X";
        }
        Principle p = principles.save(new Principle(code, position, name));
        audit.record("dialogue.principle.added", "dialogue-principle", p.getId(), null, p.auditValues());
        return p.getId();
    }

    @Transactional
    public void change(long id, String sq, String sr, String en, boolean active) {
        requireSecretariat();
        Principle p = principles.findById(id).orElseThrow(() -> new NotFoundException("principle", id));
        Map<String, Object> before = p.auditValues();
        p.rename(name(sq, sr, en));
        p.setActive(active);
        audit.record("dialogue.principle.changed", "dialogue-principle", id, before, p.auditValues());
    }

    private static LocalizedText name(String sq, String sr, String en) {
        if ((sq == null || sq.isBlank()) && (sr == null || sr.isBlank())) {
            throw new DialogueRuleException("dialogue.rule.principle.name", "nameSq");
        }
        return ManageProcesses.text(sq, sr, en);
    }

    private void requireSecretariat() {
        if (!access.actor().secretariat()) {
            throw new AccessDeniedException("the principles are the secretariat's");
        }
    }
}
