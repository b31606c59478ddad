package org.bashke.dialogue.web.admin;

import org.bashke.dialogue.initiative.InitiativeAnswer;

/** The institution's answer to an initiative; the reason rule is the initiative's own. */
public class AnswerForm {

    private InitiativeAnswer answer;
    private String reason;

    public InitiativeAnswer getAnswer() { return answer; }
    public void setAnswer(InitiativeAnswer answer) { this.answer = answer; }
    public String getReason() { return reason; }
    public void setReason(String reason) { this.reason = reason; }
}
