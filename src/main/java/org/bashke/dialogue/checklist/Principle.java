package org.bashke.dialogue.checklist;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.Map;
import org.bashke.shared.text.LocalizedText;

/** A partnership principle of the checklist; the secretariat keeps the list (retired ones keep their assessments). */
@Entity(name = "DialoguePrinciple")
@Table(name = "dialogue_principle")
public class Principle {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    private String code;
    private int position;
    private boolean active;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "name_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "name_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "name_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "name_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "name_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "name_en_status"))})
    private LocalizedText name;

    protected Principle() {
    }

    public Principle(String code, int position, LocalizedText name) {
        this.code = code;
        this.position = position;
        this.name = name;
        this.active = true;
    }

    public void rename(LocalizedText name) {
        this.name = name;
    }

    public void setActive(boolean active) {
        this.active = active;
    }

    public Map<String, Object> auditValues() {
        return Map.of("code", code, "position", position, "active", active, "name", name.toString());
    }

    public Long getId() { return id; }
    public String getCode() { return code; }
    public int getPosition() { return position; }
    public boolean isActive() { return active; }
    public LocalizedText getName() { return name; }
}
