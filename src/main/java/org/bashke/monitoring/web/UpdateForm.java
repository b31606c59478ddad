package org.bashke.monitoring.web;

import java.math.BigDecimal;
import java.net.URI;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.bashke.monitoring.ObligationStatus;
import org.bashke.monitoring.obligation.Indicator;
import org.bashke.monitoring.obligation.MonitoringRuleException;
import org.bashke.monitoring.obligation.ProgressConsistency;
import org.bashke.monitoring.obligation.ProgressUpdate;
import org.bashke.monitoring.obligation.ReportProgress;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.format.annotation.DateTimeFormat;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** A progress update as typed: status, percent, narrative in up to three languages, evidence, actuals. */
public class UpdateForm {

    private ObligationStatus status;
    private Integer percent;
    private String cancelReason;
    private String narrativeSq;
    private String narrativeSr;
    private String narrativeEn;
    private String links;
    private List<MultipartFile> files = new ArrayList<>();
    private Map<Long, String> actuals = new HashMap<>();
    @DateTimeFormat(iso = DateTimeFormat.ISO.DATE)
    private LocalDate measuredOn;

    static UpdateForm of(ProgressUpdate u) {
        UpdateForm f = new UpdateForm();
        f.status = u.getStatus();
        f.percent = u.getPercent();
        f.cancelReason = u.getCancelReason();
        f.narrativeSq = u.getNarrative().get(Language.SQ);
        f.narrativeSr = u.getNarrative().get(Language.SR);
        f.narrativeEn = u.getNarrative().get(Language.EN);
        return f;
    }

    /** The values, or null with every problem bound to its field. */
    ReportProgress.UpdateValues validate(BindingResult errors, List<Indicator> indicators) {
        if (status == null) {
            errors.rejectValue("status", "monitoring.rule.status.required");
        }
        if (percent == null && !errors.hasFieldErrors("percent")) {
            errors.rejectValue("percent", "monitoring.rule.percent.range");
        }
        if (status != null && percent != null) {
            try {
                ProgressConsistency.check(status, percent, cancelReason);
            } catch (MonitoringRuleException e) {
                errors.rejectValue(e.field(), e.messageKey());
            }
        }
        LocalizedText narrative = narrative(narrativeSq, narrativeSr, narrativeEn);
        if (narrative.isEmpty()) {
            errors.rejectValue("narrativeSq", "monitoring.form.narrative.required");
        }
        List<String> linkList = links(links, errors, "links");
        Map<Long, BigDecimal> values = new LinkedHashMap<>();
        for (Indicator i : indicators) {
            String raw = actuals.get(i.getId());
            if (raw == null || raw.isBlank()) {
                continue;
            }
            try {
                BigDecimal v = new BigDecimal(raw.strip().replace(',', '.'));
                String violation = i.getUnit().violation(v);
                if (violation != null) {
                    errors.reject(violation);
                } else {
                    values.put(i.getId(), v);
                }
            } catch (NumberFormatException e) {
                errors.reject("monitoring.form.actual.number");
            }
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ReportProgress.UpdateValues(status, percent, cancelReason, narrative, values, measuredOn, linkList,
                files == null ? List.of() : files);
    }

    static LocalizedText narrative(String sq, String sr, String en) {
        Language original = sq != null && !sq.isBlank() ? Language.SQ : sr != null && !sr.isBlank() ? Language.SR : Language.EN;
        return LocalizedText.of(original, sq, sr, en);
    }

    /** One link a line; only http and https, so evidence never runs script. */
    static List<String> links(String text, BindingResult errors, String field) {
        List<String> out = new ArrayList<>();
        if (text == null) {
            return out;
        }
        for (String line : text.split("\\R")) {
            String l = line.strip();
            if (l.isEmpty()) {
                continue;
            }
            try {
                URI uri = URI.create(l);
                if (uri.getHost() == null || !("http".equalsIgnoreCase(uri.getScheme()) || "https".equalsIgnoreCase(uri.getScheme()))
                        || l.length() > 1000) {
                    throw new IllegalArgumentException(l);
                }
                out.add(l);
            } catch (IllegalArgumentException e) {
                errors.rejectValue(field, "monitoring.form.links.invalid");
                return out;
            }
        }
        return out;
    }

    public ObligationStatus getStatus() { return status; }
    public void setStatus(ObligationStatus status) { this.status = status; }
    public Integer getPercent() { return percent; }
    public void setPercent(Integer percent) { this.percent = percent; }
    public String getCancelReason() { return cancelReason; }
    public void setCancelReason(String cancelReason) { this.cancelReason = cancelReason; }
    public String getNarrativeSq() { return narrativeSq; }
    public void setNarrativeSq(String narrativeSq) { this.narrativeSq = narrativeSq; }
    public String getNarrativeSr() { return narrativeSr; }
    public void setNarrativeSr(String narrativeSr) { this.narrativeSr = narrativeSr; }
    public String getNarrativeEn() { return narrativeEn; }
    public void setNarrativeEn(String narrativeEn) { this.narrativeEn = narrativeEn; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files; }
    public Map<Long, String> getActuals() { return actuals; }
    public void setActuals(Map<Long, String> actuals) { this.actuals = actuals; }
    public LocalDate getMeasuredOn() { return measuredOn; }
    public void setMeasuredOn(LocalDate measuredOn) { this.measuredOn = measuredOn; }
}
