package org.bashke.monitoring.web.admin;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.bashke.monitoring.obligation.IndicatorUnit;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;

/** The secretariat's forms for the plan: strategy, objective, measure, activity, indicator. */
final class PlanForms {

    private PlanForms() {
    }

    static LocalizedText text(String sq, String sr, String en, BindingResult errors, String field) {
        if ((sq == null || sq.isBlank()) && (sr == null || sr.isBlank()) && (en == null || en.isBlank())) {
            errors.rejectValue(field, "monitoring.admin.form.titleRequired");
            return null;
        }
        Language original = sq != null && !sq.isBlank() ? Language.SQ : sr != null && !sr.isBlank() ? Language.SR : Language.EN;
        return LocalizedText.of(original, sq, sr, en);
    }

    static String code(String code, BindingResult errors, String field) {
        if (code == null || !code.strip().matches("[A-Za-z0-9._-]{1,40}")) {
            errors.rejectValue(field, "monitoring.admin.form.codeInvalid");
            return null;
        }
        return code.strip();
    }

    public static class StrategyForm {
        private String code;
        private String titleSq;
        private String titleSr;
        private String titleEn;
        private Integer startsYear;
        private Integer endsYear;

        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getTitleSq() { return titleSq; }
        public void setTitleSq(String titleSq) { this.titleSq = titleSq; }
        public String getTitleSr() { return titleSr; }
        public void setTitleSr(String titleSr) { this.titleSr = titleSr; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public Integer getStartsYear() { return startsYear; }
        public void setStartsYear(Integer startsYear) { this.startsYear = startsYear; }
        public Integer getEndsYear() { return endsYear; }
        public void setEndsYear(Integer endsYear) { this.endsYear = endsYear; }
    }

    /** An objective or a measure: a code and a title (a measure also names its objective). */
    public static class PartForm {
        private Long parentId;
        private String code;
        private String titleSq;
        private String titleSr;
        private String titleEn;

        public Long getParentId() { return parentId; }
        public void setParentId(Long parentId) { this.parentId = parentId; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getTitleSq() { return titleSq; }
        public void setTitleSq(String titleSq) { this.titleSq = titleSq; }
        public String getTitleSr() { return titleSr; }
        public void setTitleSr(String titleSr) { this.titleSr = titleSr; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
    }

    public static class ActivityForm {
        private String objectiveCode;
        private String measureCode;
        private String code;
        private String titleSq;
        private String titleSr;
        private String titleEn;
        private Long institutionId;
        private List<Long> supporterIds = new ArrayList<>();
        @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
        private LocalDate deadline;
        private BigDecimal budgetEur;
        private String budgetSource;
        private String deadlineReason;

        public String getObjectiveCode() { return objectiveCode; }
        public void setObjectiveCode(String objectiveCode) { this.objectiveCode = objectiveCode; }
        public String getMeasureCode() { return measureCode; }
        public void setMeasureCode(String measureCode) { this.measureCode = measureCode; }
        public String getCode() { return code; }
        public void setCode(String code) { this.code = code; }
        public String getTitleSq() { return titleSq; }
        public void setTitleSq(String titleSq) { this.titleSq = titleSq; }
        public String getTitleSr() { return titleSr; }
        public void setTitleSr(String titleSr) { this.titleSr = titleSr; }
        public String getTitleEn() { return titleEn; }
        public void setTitleEn(String titleEn) { this.titleEn = titleEn; }
        public Long getInstitutionId() { return institutionId; }
        public void setInstitutionId(Long institutionId) { this.institutionId = institutionId; }
        public List<Long> getSupporterIds() { return supporterIds; }
        public void setSupporterIds(List<Long> supporterIds) { this.supporterIds = supporterIds; }
        public LocalDate getDeadline() { return deadline; }
        public void setDeadline(LocalDate deadline) { this.deadline = deadline; }
        public BigDecimal getBudgetEur() { return budgetEur; }
        public void setBudgetEur(BigDecimal budgetEur) { this.budgetEur = budgetEur; }
        public String getBudgetSource() { return budgetSource; }
        public void setBudgetSource(String budgetSource) { this.budgetSource = budgetSource; }
        public String getDeadlineReason() { return deadlineReason; }
        public void setDeadlineReason(String deadlineReason) { this.deadlineReason = deadlineReason; }
    }

    public static class IndicatorForm {
        private Long obligationId;
        private String nameSq;
        private String nameSr;
        private String nameEn;
        private IndicatorUnit unit;
        private BigDecimal baseline;
        private Integer baselineYear;
        private BigDecimal target;
        private Integer targetYear;

        public Long getObligationId() { return obligationId; }
        public void setObligationId(Long obligationId) { this.obligationId = obligationId; }
        public String getNameSq() { return nameSq; }
        public void setNameSq(String nameSq) { this.nameSq = nameSq; }
        public String getNameSr() { return nameSr; }
        public void setNameSr(String nameSr) { this.nameSr = nameSr; }
        public String getNameEn() { return nameEn; }
        public void setNameEn(String nameEn) { this.nameEn = nameEn; }
        public IndicatorUnit getUnit() { return unit; }
        public void setUnit(IndicatorUnit unit) { this.unit = unit; }
        public BigDecimal getBaseline() { return baseline; }
        public void setBaseline(BigDecimal baseline) { this.baseline = baseline; }
        public Integer getBaselineYear() { return baselineYear; }
        public void setBaselineYear(Integer baselineYear) { this.baselineYear = baselineYear; }
        public BigDecimal getTarget() { return target; }
        public void setTarget(BigDecimal target) { this.target = target; }
        public Integer getTargetYear() { return targetYear; }
        public void setTargetYear(Integer targetYear) { this.targetYear = targetYear; }
    }
}
