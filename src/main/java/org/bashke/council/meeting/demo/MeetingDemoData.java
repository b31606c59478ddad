package org.bashke.council.meeting.demo;

import java.nio.charset.StandardCharsets;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Map;
import org.bashke.audit.AuditLog;
import org.bashke.council.DecisionAdopted;
import org.bashke.council.body.Membership;
import org.bashke.council.body.SeatHolder;
import org.bashke.council.meeting.AgendaItem;
import org.bashke.council.meeting.AgendaItems;
import org.bashke.council.meeting.AttendanceStatus;
import org.bashke.council.meeting.Decision;
import org.bashke.council.meeting.DecisionDetails;
import org.bashke.council.meeting.Decisions;
import org.bashke.council.meeting.Meeting;
import org.bashke.council.meeting.MeetingDetails;
import org.bashke.council.meeting.Meetings;
import org.bashke.council.meeting.Minutes;
import org.bashke.council.meeting.MinutesVersions;
import org.bashke.council.meeting.Paper;
import org.bashke.council.meeting.PaperVersion;
import org.bashke.council.meeting.PaperVersions;
import org.bashke.council.meeting.Papers;
import org.bashke.files.FileStore;
import org.bashke.portal.PublicRecordChanged;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Three meetings of the Council (KQ): one held three months ago with its agenda, a paper, the register, a decision
 * and minutes approved at the next meeting and published; that next meeting (held a month ago); one planned a
 * month ahead. Written straight to this package's repositories as the system (there is no one logged in at start).
 */
@Component
@Order(160)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class MeetingDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(MeetingDemoData.class);
    private static final String ACTOR = "system:council";

    private final Membership membership;
    private final Meetings meetings;
    private final AgendaItems items;
    private final Papers papers;
    private final PaperVersions versions;
    private final Decisions decisions;
    private final MinutesVersions minutes;
    private final FileStore files;
    private final AuditLog audit;
    private final ApplicationEventPublisher events;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    MeetingDemoData(Membership membership, Meetings meetings, AgendaItems items, Papers papers, PaperVersions versions,
                    Decisions decisions, MinutesVersions minutes, FileStore files, AuditLog audit,
                    ApplicationEventPublisher events, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.membership = membership;
        this.meetings = meetings;
        this.items = items;
        this.papers = papers;
        this.versions = versions;
        this.decisions = decisions;
        this.minutes = minutes;
        this.files = files;
        this.audit = audit;
        this.events = events;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        var council = membership.body("KQ");
        if (council.isEmpty()) {
            log.warn("No demo Council meetings: the demo Council is missing");
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (jdbc.update("INSERT INTO council_seed (name, loaded_at) VALUES ('demo-council-meetings', ?) ON CONFLICT DO NOTHING",
                    Timestamp.from(Instant.now())) == 0) {
                return;
            }
            load(council.get().id());
        });
    }

    private void load(long bodyId) {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(Meeting.ZONE);
        Meeting first = meeting(bodyId, today.minusMonths(3), LocalizedText.of(Language.SQ,
                "Takimi i rregullt tremujor i Këshillit", "Redovni tromesečni sastanak Saveta", "Regular quarterly Council meeting"), now);
        AgendaItem report = items.saveAndFlush(new AgendaItem(first.getId(), 1, LocalizedText.of(Language.SQ,
                "Raporti vjetor i zbatimit të Strategjisë", "Godišnji izveštaj o sprovođenju Strategije",
                "Annual implementation report of the Strategy"), "Zyra për Qeverisje të Mirë", true, null));
        items.saveAndFlush(new AgendaItem(first.getId(), 2, LocalizedText.of(Language.SQ,
                "Plani i punës së grupeve punuese", "Plan rada radnih grupa", "Work plan of the working teams"),
                "Platforma CiviKos", false, null));
        long fileId = files.store("council", "raporti-vjetor.txt",
                "Raporti vjetor i zbatimit - permbledhje / Annual implementation report - summary\n".getBytes(StandardCharsets.UTF_8)).id();
        Paper paper = papers.saveAndFlush(new Paper(first.getId(), report.getId(), "Raporti vjetor (përmbledhje)", false, now));
        versions.saveAndFlush(new PaperVersion(paper.getId(), 1, fileId, ACTOR, now));
        for (SeatHolder seat : membership.members(bodyId, first.getDate())) {
            jdbc.update("INSERT INTO council_attendance (meeting_id, seat_id, holder_account_id, substitute_account_id, organisation_id,"
                            + " status, recorded_at, recorded_by) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    first.getId(), seat.seatId(), seat.accountId(), seat.substituteAccountId(), seat.organisationId(),
                    AttendanceStatus.PRESENT.name(), Timestamp.from(now), ACTOR);
        }
        first.hold(ACTOR, now);
        meetings.saveAndFlush(first);
        Decision decision = decisions.saveAndFlush(new Decision(first, report, first.getDate().getYear() + "/1",
                new DecisionDetails(report.getId(), LocalizedText.of(Language.SQ,
                        "Këshilli miraton raportin vjetor dhe kërkon që ministritë të raportojnë për konsultimet publike deri në fund të vitit.",
                        "Savet usvaja godišnji izveštaj i traži da ministarstva izveste o javnim konsultacijama do kraja godine.",
                        "The Council approves the annual report and asks the ministries to report on public consultations by the end of the year."),
                        null, "Zyra për Qeverisje të Mirë", today.plusMonths(2), new DecisionDetails.Votes(20, 0, 2)), ACTOR, now));

        Meeting second = meeting(bodyId, today.minusMonths(1), LocalizedText.of(Language.SQ,
                "Takimi i dytë i Këshillit", "Drugi sastanak Saveta", "Second Council meeting"), now);
        items.saveAndFlush(new AgendaItem(second.getId(), 1, LocalizedText.of(Language.SQ,
                "Miratimi i procesverbalit të takimit të kaluar", "Usvajanje zapisnika prethodnog sastanka",
                "Approval of the minutes of the last meeting"), null, true, null));
        second.hold(ACTOR, now);
        meetings.saveAndFlush(second);

        Minutes record = Minutes.draft(first, LocalizedText.of(Language.SQ,
                "Takimi u hap nga bashkëkryesuesi.\n\nKëshilli diskutoi raportin vjetor dhe e miratoi me 20 vota për dhe 2 abstenime.",
                "Sastanak je otvorio kopredsedavajući.\n\nSavet je razmotrio godišnji izveštaj i usvojio ga sa 20 glasova za i 2 uzdržana.",
                "The co-chair opened the meeting.\n\nThe Council discussed the annual report and approved it with 20 votes in favour and 2 abstentions."),
                ACTOR, now);
        record.circulate(ACTOR, now);
        record.approveAt(first, second, ACTOR, now);
        record.publish(ACTOR, now);
        record = minutes.saveAndFlush(record);

        Meeting next = meeting(bodyId, today.plusMonths(1), LocalizedText.of(Language.SQ,
                "Takimi i ardhshëm i Këshillit", "Sledeći sastanak Saveta", "Next Council meeting"), now);
        items.saveAndFlush(new AgendaItem(next.getId(), 1, LocalizedText.of(Language.SQ,
                "Ecuria e zbatimit të vendimeve", "Napredak u sprovođenju odluka", "Progress in implementing the decisions"),
                null, false, null));

        for (Meeting m : new Meeting[] {first, second, next}) {
            audit.recordAs(ACTOR, "council.meeting.scheduled", "meeting", m.getId(), null, m.auditView());
            events.publishEvent(PublicRecordChanged.published("council", "meeting", m.getId(), m.getTitle(), null, m.url(), null, m.getStartsAt()));
        }
        audit.recordAs(ACTOR, "council.decision.adopted", "decision", decision.getId(), null, decision.auditView());
        events.publishEvent(new DecisionAdopted(decision.getId(), bodyId, first.getId(), decision.getNumber(), decision.getText(),
                null, decision.getResponsible(), decision.getDeadline(), decision.getAdoptedOn(), decision.url()));
        events.publishEvent(PublicRecordChanged.published("council", "decision", decision.getId(),
                LocalizedText.same(decision.getNumber()), decision.getText(), decision.url(), null, first.getStartsAt()));
        audit.recordAs(ACTOR, "council.minutes.published", "minutes", record.getId(), null, record.auditView());
        events.publishEvent(PublicRecordChanged.published("council", "minutes", record.getId(), first.getTitle(), record.getText(),
                first.url() + "#minutes", null, now));
        audit.recordAs(ACTOR, "council.demo.loaded", "body", bodyId, null, Map.of("meetings", 3));
    }

    private Meeting meeting(long bodyId, LocalDate day, LocalizedText title, Instant now) {
        Instant start = day.atTime(LocalTime.of(10, 0)).atZone(Meeting.ZONE).toInstant();
        return meetings.saveAndFlush(new Meeting(bodyId, new MeetingDetails(title, start, start.plusSeconds(3 * 3600),
                "Zyra e Kryeministrit, Prishtinë", null, null), ACTOR, now));
    }
}
