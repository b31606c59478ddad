package org.bashke.dialogue.web;

import org.bashke.dialogue.initiative.ProposeInitiative;
import org.springframework.validation.Errors;

/** A CSO's initiative to an institution. */
public class InitiativeForm {

    private Long organisationId;
    private Long targetOrganisationId;
    private String title;
    private String problem;
    private String ask;
    private String language;

    ProposeInitiative.Values validate(Errors errors) {
        if (organisationId == null) {
            errors.rejectValue("organisationId", "dialogue.form.organisation.required");
        }
        if (targetOrganisationId == null) {
            errors.rejectValue("targetOrganisationId", "dialogue.form.institution.required");
        }
        if (blank(title)) {
            errors.rejectValue("title", "dialogue.form.title.required");
        } else if (title.strip().length() > 300) {
            errors.rejectValue("title", "dialogue.form.title.long");
        }
        if (blank(problem)) {
            errors.rejectValue("problem", "dialogue.form.problem.required");
        }
        if (blank(ask)) {
            errors.rejectValue("ask", "dialogue.form.ask.required");
        }
        if (!"sq".equals(language) && !"sr".equals(language) && !"en".equals(language)) {
            errors.rejectValue("language", "dialogue.form.language.required");
        }
        if (errors.hasErrors()) {
            return null;
        }
        return new ProposeInitiative.Values(organisationId, targetOrganisationId, title, problem, ask, language);
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }

    /** Uploads arrive as a request part, not through binding; this only gives a refused file a place on the form. */
    public String getFiles() { return null; }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Long getTargetOrganisationId() { return targetOrganisationId; }
    public void setTargetOrganisationId(Long targetOrganisationId) { this.targetOrganisationId = targetOrganisationId; }
    public String getTitle() { return title; }
    public void setTitle(String title) { this.title = title; }
    public String getProblem() { return problem; }
    public void setProblem(String problem) { this.problem = problem; }
    public String getAsk() { return ask; }
    public void setAsk(String ask) { this.ask = ask; }
    public String getLanguage() { return language; }
    public void setLanguage(String language) { this.language = language; }
}
