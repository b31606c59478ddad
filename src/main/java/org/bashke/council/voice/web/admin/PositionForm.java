package org.bashke.council.voice.web.admin;

import java.util.LinkedHashSet;
import java.util.Set;

/** The CSO position on one item in sq / sr / en and the inputs it drew on. */
public class PositionForm {

    private String textSq;
    private String textSr;
    private String textEn;
    private Set<Long> drawnOn = new LinkedHashSet<>();

    public String getTextSq() { return textSq; }
    public void setTextSq(String textSq) { this.textSq = textSq; }
    public String getTextSr() { return textSr; }
    public void setTextSr(String textSr) { this.textSr = textSr; }
    public String getTextEn() { return textEn; }
    public void setTextEn(String textEn) { this.textEn = textEn; }
    public Set<Long> getDrawnOn() { return drawnOn; }
    public void setDrawnOn(Set<Long> drawnOn) { this.drawnOn = drawnOn; }
}
