package org.bashke.council.voice.web.admin;

import java.util.ArrayList;
import java.util.List;
import org.bashke.council.voice.PositionOutcome;

/** The report-back: a general text in sq / sr / en and, per item, how the position fared. */
public class ReportForm {

    private String textSq;
    private String textSr;
    private String textEn;
    private List<ItemOutcome> items = new ArrayList<>();

    public static class ItemOutcome {
        private Long callItemId;
        private PositionOutcome outcome;
        private String textSq;
        private String textSr;
        private String textEn;

        public Long getCallItemId() { return callItemId; }
        public void setCallItemId(Long callItemId) { this.callItemId = callItemId; }
        public PositionOutcome getOutcome() { return outcome; }
        public void setOutcome(PositionOutcome outcome) { this.outcome = outcome; }
        public String getTextSq() { return textSq; }
        public void setTextSq(String textSq) { this.textSq = textSq; }
        public String getTextSr() { return textSr; }
        public void setTextSr(String textSr) { this.textSr = textSr; }
        public String getTextEn() { return textEn; }
        public void setTextEn(String textEn) { this.textEn = textEn; }
    }

    public String getTextSq() { return textSq; }
    public void setTextSq(String textSq) { this.textSq = textSq; }
    public String getTextSr() { return textSr; }
    public void setTextSr(String textSr) { this.textSr = textSr; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public List<ItemOutcome> getItems() { return items; }
    public void setItems(List<ItemOutcome> items) { this.items = items; }
}
