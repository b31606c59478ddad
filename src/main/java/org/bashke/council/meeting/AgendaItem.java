package org.bashke.council.meeting;

import jakarta.persistence.AttributeOverride;
import jakarta.persistence.AttributeOverrides;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.util.LinkedHashMap;
import java.util.Map;
import org.bashke.shared.text.LocalizedText;

/** One point of a meeting's agenda, in order; items proposed by other modules keep where they came from. */
@Entity(name = "CouncilAgendaItem")
@Table(name = "council_agenda_item")
public class AgendaItem {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    private Long id;
    @Column(name = "meeting_id")
    private long meetingId;
    private int position;
    @Embedded
    @AttributeOverrides({
            @AttributeOverride(name = "sq", column = @Column(name = "title_sq")),
            @AttributeOverride(name = "sr", column = @Column(name = "title_sr")),
            @AttributeOverride(name = "en", column = @Column(name = "title_en")),
            @AttributeOverride(name = "sqStatus", column = @Column(name = "title_sq_status")),
            @AttributeOverride(name = "srStatus", column = @Column(name = "title_sr_status")),
            @AttributeOverride(name = "enStatus", column = @Column(name = "title_en_status"))})
    private LocalizedText title;
    private String presenter;
    @Column(name = "decision_expected")
    private boolean decisionExpected;
    @Column(name = "source_url")
    private String sourceUrl;

    protected AgendaItem() {
    }

    public AgendaItem(long meetingId, int position, LocalizedText title, String presenter, boolean decisionExpected,
                      String sourceUrl) {
        this.meetingId = meetingId;
        this.position = position;
        change(title, presenter, decisionExpected);
        this.sourceUrl = sourceUrl;
    }

    public void change(LocalizedText title, String presenter, boolean decisionExpected) {
        this.title = title;
        this.presenter = presenter;
        this.decisionExpected = decisionExpected;
    }

    void moveTo(int position) {
        this.position = position;
    }

    public AgendaItemInfo info() {
        return new AgendaItemInfo(id, meetingId, position, title, decisionExpected);
    }

    public Map<String, Object> auditView() {
        Map<String, Object> m = new LinkedHashMap<>();
        m.put("meetingId", meetingId);
        m.put("position", position);
        m.put("title", String.valueOf(title));
        m.put("presenter", presenter);
        m.put("decisionExpected", decisionExpected);
        m.put("sourceUrl", sourceUrl);
        return m;
    }

    public Long getId() { return id; }
    public long getMeetingId() { return meetingId; }
    public int getPosition() { return position; }
    public LocalizedText getTitle() { return title; }
    public String getPresenter() { return presenter; }
    public boolean isDecisionExpected() { return decisionExpected; }
    public String getSourceUrl() { return sourceUrl; }
}
