package org.bashke.council.body.web.admin;

import org.bashke.council.BodyKind;
import org.bashke.council.body.Body;
import org.bashke.council.body.BodyValues;
import org.bashke.council.body.QuorumRule;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.validation.Errors;

/** The secretariat's body form: names and mandate in the three languages (Albanian required). */
public class BodyForm {

    private String code;
    private String nameSq;
    private String nameSr;
    private String nameEn;
    private String mandateSq;
    private String mandateSr;
    private String mandateEn;
    private BodyKind kind = BodyKind.OTHER;
    private Long parentId;
    private Integer objective;
    private QuorumRule quorumRule = QuorumRule.MAJORITY_OF_FILLED_SEATS;

    static BodyForm of(Body b) {
        BodyForm f = new BodyForm();
        f.code = b.getCode();
        f.nameSq = b.getName().get(Language.SQ);
        f.nameSr = b.getName().get(Language.SR);
        f.nameEn = b.getName().get(Language.EN);
        f.mandateSq = b.getMandate().get(Language.SQ);
        f.mandateSr = b.getMandate().get(Language.SR);
        f.mandateEn = b.getMandate().get(Language.EN);
        f.kind = b.getKind();
        f.parentId = b.getParentId();
        f.objective = b.getObjective();
        f.quorumRule = b.getQuorumRule();
        return f;
    }

    /** The values, or null with the errors bound to their fields. */
    BodyValues validate(Errors errors) {
        if (code == null || !code.strip().matches("[A-Za-z0-9][A-Za-z0-9-]{0,39}")) {
            errors.rejectValue("code", "council.rule.body.code");
        }
        if (nameSq == null || nameSq.isBlank()) {
            errors.rejectValue("nameSq", "council.rule.body.nameRequired");
        }
        if (kind == null) {
            errors.rejectValue("kind", "council.rule.body.kind");
        }
        if (objective != null && (objective < 1 || objective > 4)) {
            errors.rejectValue("objective", "council.rule.body.objective");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new BodyValues(code, LocalizedText.of(Language.SQ, nameSq, nameSr, nameEn),
                LocalizedText.of(Language.SQ, mandateSq, mandateSr, mandateEn), kind, parentId, objective, quorumRule);
    }

    public String getCode() { return code; }
    public void setCode(String code) { this.code = code; }
    public String getNameSq() { return nameSq; }
    public void setNameSq(String nameSq) { this.nameSq = nameSq; }
    public String getNameSr() { return nameSr; }
    public void setNameSr(String nameSr) { this.nameSr = nameSr; }
    public String getNameEn() { return nameEn; }
    public void setNameEn(String nameEn) { this.nameEn = nameEn; }
    public String getMandateSq() { return mandateSq; }
    public void setMandateSq(String mandateSq) { this.mandateSq = mandateSq; }
    public String getMandateSr() { return mandateSr; }
    public void setMandateSr(String mandateSr) { this.mandateSr = mandateSr; }
    public String getMandateEn() { return mandateEn; }
    public void setMandateEn(String mandateEn) { this.mandateEn = mandateEn; }
    public BodyKind getKind() { return kind; }
    public void setKind(BodyKind kind) { this.kind = kind; }
    public Long getParentId() { return parentId; }
    public void setParentId(Long parentId) { this.parentId = parentId; }
    public Integer getObjective() { return objective; }
    public void setObjective(Integer objective) { this.objective = objective; }
    public QuorumRule getQuorumRule() { return quorumRule; }
    public void setQuorumRule(QuorumRule quorumRule) { this.quorumRule = quorumRule; }
}
