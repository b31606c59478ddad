package org.bashke.network.internship.web;

/** A selector's score of one applicant. */
public class ScoreForm {

    private Integer score;
    private String reason;
    private boolean selected;

    public Integer getScore() {
        return score;
    }

    public void setScore(Integer score) {
        this.score = score;
    }

    public String getReason() {
        return reason;
    }

    public void setReason(String reason) {
        this.reason = reason;
    }

    public boolean isSelected() {
        return selected;
    }

    public void setSelected(boolean selected) {
        this.selected = selected;
    }
}
