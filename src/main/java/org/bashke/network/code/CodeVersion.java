package org.bashke.network.code;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.network.member.MembershipRuleBroken;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.bashke.shared.text.TranslationStatus;

/**
 * One version of the code of conduct or of the rules of work, in three languages with the authoritative one
 * marked. A draft may change; once adopted its words never change again (the database refuses it too).
 */
@Entity(name = "NetworkCodeVersion")
@Table(name = "network_code_version")
public class CodeVersion {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;

    @Enumerated(EnumType.STRING)
    private CodeKind kind;
    private int number;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;

    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "text_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "text_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "text_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "text_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "text_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "text_en_status"))})
    private LocalizedText text;

    private String status;
    @Column(name = "adopted_on")
    private LocalDate adoptedOn;
    @Column(name = "adopted_by")
    private String adoptedBy;
    @Column(name = "created_at")
    private Instant createdAt;
    @Column(name = "updated_at")
    private Instant updatedAt;
    @Version
    private long version;

    protected CodeVersion() {
    }

    public CodeVersion(CodeKind kind, int number, LocalizedText title, LocalizedText text, Instant now) {
        this.kind = kind;
        this.number = number;
        this.title = title;
        this.text = text;
        this.status = "DRAFT";
        this.createdAt = now;
        this.updatedAt = now;
    }

    /** Adopted versions are immutable. */
    public void edit(LocalizedText title, LocalizedText text, Instant now) {
        if (isAdopted()) {
            throw new MembershipRuleBroken("network-code.rule.adopted.immutable");
        }
        this.title = title;
        this.text = text;
        this.updatedAt = now;
    }

    public void adopt(LocalDate on, String by, Instant now) {
        if (isAdopted()) {
            throw new MembershipRuleBroken("network-code.rule.adopted.already");
        }
        if (on == null) {
            throw new MembershipRuleBroken("adoptedOn", "network-code.rule.adoptedOn.required");
        }
        this.status = "ADOPTED";
        this.adoptedOn = on;
        this.adoptedBy = by;
        this.updatedAt = now;
    }

    public boolean isAdopted() {
        return "ADOPTED".equals(status);
    }

    /** The language whose text is authoritative, if one is marked. */
    public Language authoritativeLanguage() {
        for (Language l : Language.values()) {
            if (text.status(l) == TranslationStatus.AUTHORITATIVE) {
                return l;
            }
        }
        return null;
    }

    /** The title in one language, by its tag in any case (sq, Sr, EN), for the editing form. */
    public String titleIn(String tag) {
        return title.get(Language.valueOf(tag.toUpperCase(java.util.Locale.ROOT)));
    }

    public String textIn(String tag) {
        return text.get(Language.valueOf(tag.toUpperCase(java.util.Locale.ROOT)));
    }

    public Map<String, Object> audit() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("kind", kind.name());
        m.put("number", number);
        m.put("title", title.get(Language.SQ));
        m.put("status", status);
        m.put("adoptedOn", adoptedOn == null ? null : adoptedOn.toString());
        m.put("authoritative", authoritativeLanguage() == null ? null : authoritativeLanguage().name());
        return m;
    }

    public Long getId() { return id; }
    public CodeKind getKind() { return kind; }
    public int getNumber() { return number; }
    public LocalizedText getTitle() { return title; }
    public LocalizedText getText() { return text; }
    public String getStatus() { return status; }
    public LocalDate getAdoptedOn() { return adoptedOn; }
    public String getAdoptedBy() { return adoptedBy; }
}
