package org.bashke.monitoring.web;

import java.util.ArrayList;
import java.util.List;
import org.bashke.monitoring.obligation.AssessUpdate;
import org.bashke.monitoring.obligation.Verdict;
import org.bashke.shared.text.LocalizedText;
import org.springframework.validation.BindingResult;
import org.springframework.web.multipart.MultipartFile;

/** The CSO assessment of one update as typed. */
public class AssessmentForm {

    private Verdict verdict;
    private String narrativeSq;
    private String narrativeSr;
    private String narrativeEn;
    private String onBehalfOf;
    private String links;
    private List<MultipartFile> files = new ArrayList<>();

    AssessUpdate.AssessmentValues validate(BindingResult errors) {
        if (verdict == null) {
            errors.rejectValue("verdict", "monitoring.rule.verdict.required");
        }
        LocalizedText narrative = UpdateForm.narrative(narrativeSq, narrativeSr, narrativeEn);
        if (verdict != null && verdict != Verdict.AGREE && narrative.isEmpty()) {
            errors.rejectValue("narrativeSq", "monitoring.rule.assessment.needsNarrative");
        }
        if (onBehalfOf != null && onBehalfOf.length() > 200) {
            errors.rejectValue("onBehalfOf", "monitoring.form.tooLong");
        }
        List<String> linkList = UpdateForm.links(links, errors, "links");
        if (errors.hasErrors()) {
            return null;
        }
        return new AssessUpdate.AssessmentValues(verdict, narrative, onBehalfOf, linkList, files == null ? List.of() : files);
    }

    public Verdict getVerdict() { return verdict; }
    public void setVerdict(Verdict verdict) { this.verdict = verdict; }
    public String getNarrativeSq() { return narrativeSq; }
    public void setNarrativeSq(String narrativeSq) { this.narrativeSq = narrativeSq; }
    public String getNarrativeSr() { return narrativeSr; }
    public void setNarrativeSr(String narrativeSr) { this.narrativeSr = narrativeSr; }
    public String getNarrativeEn() { return narrativeEn; }
    public void setNarrativeEn(String narrativeEn) { this.narrativeEn = narrativeEn; }
    public String getOnBehalfOf() { return onBehalfOf; }
    public void setOnBehalfOf(String onBehalfOf) { this.onBehalfOf = onBehalfOf; }
    public String getLinks() { return links; }
    public void setLinks(String links) { this.links = links; }
    public List<MultipartFile> getFiles() { return files; }
    public void setFiles(List<MultipartFile> files) { this.files = files; }
}
