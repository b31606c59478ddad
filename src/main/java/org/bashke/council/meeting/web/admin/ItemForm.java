package org.bashke.council.meeting.web.admin;

import jakarta.validation.constraints.Size;
import org.bashke.council.meeting.AgendaItem;
import org.bashke.council.meeting.EditAgenda;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;

/** An agenda item. */
public class ItemForm {

    @Size(max = 500, message = "{council-meeting.item.title.tooLong}") private String titleSq;
    @Size(max = 500, message = "{council-meeting.item.title.tooLong}") private String titleSr;
    @Size(max = 500, message = "{council-meeting.item.title.tooLong}") private String titleEn;
    @Size(max = 300, message = "{council-meeting.item.presenter.tooLong}") private String presenter;
    private boolean decisionExpected;

    static ItemForm of(AgendaItem i) {
        ItemForm f = new ItemForm();
        f.titleSq = i.getTitle().get(Language.SQ);
        f.titleSr = i.getTitle().get(Language.SR);
        f.titleEn = i.getTitle().get(Language.EN);
        f.presenter = i.getPresenter();
        f.decisionExpected = i.isDecisionExpected();
        return f;
    }

    EditAgenda.ItemDetails details() {
        return new EditAgenda.ItemDetails(LocalizedText.of(Language.SQ, titleSq, titleSr, titleEn), presenter, decisionExpected);
    }

    public String getTitleSq() { return titleSq; }
    public void setTitleSq(String v) { this.titleSq = v; }
    public String getTitleSr() { return titleSr; }
    public void setTitleSr(String v) { this.titleSr = v; }
    public String getTitleEn() { return titleEn; }
    public void setTitleEn(String v) { this.titleEn = v; }
    public String getPresenter() { return presenter; }
    public void setPresenter(String v) { this.presenter = v; }
    public boolean isDecisionExpected() { return decisionExpected; }
    public void setDecisionExpected(boolean v) { this.decisionExpected = v; }
}
