package org.bashke.dialogue.web;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.bashke.dialogue.checklist.AssessChecklist;
import org.bashke.dialogue.checklist.Assessment;
import org.bashke.dialogue.checklist.Principle;
import org.bashke.dialogue.checklist.Rating;

/** The checklist as a form: a rating and a note per principle ({@code rating[12]=PARTLY}); the CSO says which CSO it speaks for. */
public class ChecklistForm {

    private Long organisationId;
    private Map<Long, Rating> rating = new HashMap<>();
    private Map<Long, String> note = new HashMap<>();

    /** Filled with what this assessor said before, so assessing again starts from it. */
    public static ChecklistForm of(List<AssessChecklist.Row> rows, boolean organiser, Long csoId) {
        ChecklistForm f = new ChecklistForm();
        f.organisationId = csoId;
        for (AssessChecklist.Row row : rows) {
            Assessment a = organiser ? row.organiser()
                    : row.csos().stream().filter(c -> csoId != null && c.getAssessorOrganisationId() == csoId).findFirst().orElse(null);
            if (a != null) {
                f.rating.put(row.principle().getId(), a.getRating());
                f.note.put(row.principle().getId(), a.getNote());
            }
        }
        return f;
    }

    public List<AssessChecklist.Entry> entries(List<Principle> principles) {
        List<AssessChecklist.Entry> entries = new ArrayList<>();
        for (Principle p : principles) {
            entries.add(new AssessChecklist.Entry(p.getId(), rating.get(p.getId()), note.get(p.getId())));
        }
        return entries;
    }

    public Long getOrganisationId() { return organisationId; }
    public void setOrganisationId(Long organisationId) { this.organisationId = organisationId; }
    public Map<Long, Rating> getRating() { return rating; }
    public void setRating(Map<Long, Rating> rating) { this.rating = rating; }
    public Map<Long, String> getNote() { return note; }
    public void setNote(Map<Long, String> note) { this.note = note; }
}
