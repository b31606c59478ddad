package org.bashke.council.voice;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.council.Council;
import org.bashke.council.DecisionSummary;
import org.bashke.council.MeetingSummary;
import org.bashke.council.body.Membership;
import org.bashke.council.meeting.AgendaItemInfo;
import org.bashke.council.meeting.Agendas;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationType;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The CSO voice around the demo Council meetings: for the meeting held three months ago, a call that was
 * answered, consolidated and reported back on; for the next meeting, a call open now. Runs after the demo
 * meetings (order 160), once: only while there is no call at all.
 */
@Component
@Order(170)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class VoiceDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(VoiceDemoData.class);
    private static final String ACTOR = "system:council";

    private final CallForInputRepository calls;
    private final CsoInputRepository inputs;
    private final Council council;
    private final Agendas agendas;
    private final Membership membership;
    private final Accounts accounts;
    private final Directory directory;
    private final AuditLog audit;
    private final VoiceRecords records;
    private final TransactionTemplate transaction;

    VoiceDemoData(CallForInputRepository calls, CsoInputRepository inputs, Council council, Agendas agendas, Membership membership,
                  Accounts accounts, Directory directory, AuditLog audit, VoiceRecords records, TransactionTemplate transaction) {
        this.calls = calls;
        this.inputs = inputs;
        this.council = council;
        this.agendas = agendas;
        this.membership = membership;
        this.accounts = accounts;
        this.directory = directory;
        this.audit = audit;
        this.records = records;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        Optional<Long> body = membership.body("KQ").map(b -> b.id());
        Optional<AccountSummary> coChair = accounts.accountByEmail("keshilli@bashke.demo");
        Optional<AccountSummary> rep = accounts.accountByEmail("oshc@bashke.demo");
        Optional<Long> cci = cso("Qendra për Iniciativa Qytetare");
        Optional<Long> civikos = cso("Platforma CiviKos");
        if (body.isEmpty() || coChair.isEmpty() || rep.isEmpty() || cci.isEmpty() || civikos.isEmpty()) {
            log.warn("No demo calls for input: the demo Council, its people or their organisations are missing");
            return;
        }
        transaction.executeWithoutResult(status -> {
            if (calls.count() > 0) {
                return;
            }
            Optional<MeetingSummary> held = council.latestDecisions(50).stream().filter(d -> d.bodyId() == body.get())
                    .map(DecisionSummary::meetingId).findFirst().flatMap(agendas::meeting);
            held.ifPresent(m -> reportedCall(m, coChair.get(), rep.get(), cci.get(), civikos.get()));
            council.upcomingMeetings(20).stream().filter(m -> m.bodyId() == body.get()).findFirst()
                    .ifPresent(m -> openCall(m, coChair.get(), rep.get(), cci.get()));
        });
    }

    private Optional<Long> cso(String name) {
        return directory.findOrganisations(name, OrganisationType.CSO, 1).stream().findFirst().map(o -> o.id());
    }

    private void reportedCall(MeetingSummary meeting, AccountSummary coChair, AccountSummary rep, long cci, long civikos) {
        List<AgendaItemInfo> agenda = agendas.agenda(meeting.id());
        if (agenda.isEmpty() || meeting.startsAt() == null) {
            return;
        }
        Instant start = meeting.startsAt().toInstant();
        Instant opened = start.minus(Duration.ofDays(21));
        Instant deadline = start.minus(Duration.ofDays(7));
        MeetingSummary planned = new MeetingSummary(meeting.id(), meeting.bodyId(), meeting.title(), meeting.startsAt(),
                meeting.endsAt(), meeting.place(), meeting.municipalityCode(), "PLANNED", meeting.url());
        CallForInput call = CallForInput.open(planned, agenda, LocalizedText.of(Language.SQ,
                        "Kontribute për raportin vjetor të zbatimit të Strategjisë",
                        "Doprinosi za godišnji izveštaj o sprovođenju Strategije",
                        "CsoInput on the annual implementation report of the Strategy"),
                LocalizedText.of(Language.SQ,
                        "Anëtarët nga OSHC-të në Këshill kërkojnë mendimin tuaj për raportin vjetor para se ta diskutojë Këshilli.",
                        "Članovi Saveta iz OCD traže vaše mišljenje o godišnjem izveštaju pre nego što ga Savet razmotri.",
                        "The CSO members of the Council ask for your view on the annual report before the Council discusses it."),
                Audience.PUBLIC, deadline, coChair.id(), opened);
        call = calls.saveAndFlush(call);
        CallItem item = call.getItems().get(0);
        CsoInput first = inputs.save(OneInputPerOrganisationPerItem.apply(Optional.empty(), call.getId(), item.getId(), cci,
                rep.id(), rep.displayName(), "sq",
                "Raporti duhet të tregojë sa konsultime publike i plotësuan të gjitha standardet minimale, jo vetëm sa u mbajtën.",
                true, List.of(), opened.plus(Duration.ofDays(3))));
        CsoInput second = inputs.save(OneInputPerOrganisationPerItem.apply(Optional.empty(), call.getId(), item.getId(), civikos,
                coChair.id(), coChair.displayName(), "sr",
                "Predlažemo da izveštaj uključi rokove za ministarstva koja kasne sa izveštavanjem.",
                true, List.of(), opened.plus(Duration.ofDays(5))));
        inputs.flush();
        Instant consolidated = deadline.plus(Duration.ofDays(1));
        item.writePosition(LocalizedText.of(Language.SQ,
                        "OSHC-të mbështesin raportin me dy kushte: të tregohet sa konsultime i plotësuan standardet minimale dhe të caktohen afate për ministritë që vonojnë raportimin.",
                        "OCD podržavaju izveštaj pod dva uslova: da se pokaže koliko konsultacija je ispunilo minimalne standarde i da se odrede rokovi za ministarstva koja kasne sa izveštavanjem.",
                        "CSOs support the report on two conditions: it shows how many consultations met the minimum standards, and it sets deadlines for ministries that report late."),
                Set.of(first.getId(), second.getId()), Set.of(first.getId(), second.getId()), consolidated);
        item.publishPosition(consolidated);
        Instant reported = start.plus(Duration.ofDays(2));
        call.draftReport(reported, meeting, LocalizedText.of(Language.SQ,
                        "Këshilli miratoi raportin vjetor; kërkesa për afate për ministritë u pranua.",
                        "Savet je usvojio godišnji izveštaj; zahtev za rokove za ministarstva je prihvaćen.",
                        "The Council approved the annual report; the request for deadlines for the ministries was accepted."),
                Map.of(item.getId(), new CallForInput.ItemOutcome(PositionOutcome.PARTLY_ADOPTED, LocalizedText.of(Language.SQ,
                        "Afatet për ministritë u përfshinë në vendim; numërimi i standardeve minimale mbetet për raportin e ardhshëm.",
                        "Rokovi za ministarstva su uključeni u odluku; brojanje minimalnih standarda ostaje za sledeći izveštaj.",
                        "Deadlines for the ministries were included in the decision; counting the minimum standards is left for the next report."))));
        call.publishReport(reported, meeting);
        call = calls.saveAndFlush(call);
        audit.recordAs(ACTOR, "council-voice.call.opened", "council-call", call.getId(), null, call.auditValues());
        records.callChanged(call);
        records.positionPublished(item);
    }

    private void openCall(MeetingSummary meeting, AccountSummary coChair, AccountSummary rep, long cci) {
        List<AgendaItemInfo> agenda = agendas.agenda(meeting.id());
        Instant now = Instant.now();
        if (agenda.isEmpty() || meeting.startsAt() == null) {
            return;
        }
        Instant deadline = meeting.startsAt().toInstant().minus(Duration.ofDays(5));
        if (!deadline.isAfter(now.plus(Duration.ofDays(1)))) {
            return;
        }
        CallForInput call = calls.saveAndFlush(CallForInput.open(meeting, agenda, LocalizedText.of(Language.SQ,
                        "Kontribute për ecurinë e zbatimit të vendimeve të Këshillit",
                        "Doprinosi o napretku u sprovođenju odluka Saveta",
                        "CsoInput on progress in implementing the Council's decisions"),
                LocalizedText.of(Language.SQ,
                        "Cilat vendime të Këshillit nuk po zbatohen në praktikë? Na tregoni me shembuj nga puna juaj.",
                        "Koje odluke Saveta se ne sprovode u praksi? Recite nam, uz primere iz vašeg rada.",
                        "Which Council decisions are not being implemented in practice? Tell us, with examples from your work."),
                Audience.PUBLIC, deadline, coChair.id(), now));
        inputs.save(OneInputPerOrganisationPerItem.apply(Optional.empty(), call.getId(), call.getItems().get(0).getId(), cci,
                rep.id(), rep.displayName(), "sq",
                "Ministritë ende nuk raportojnë për konsultimet publike brenda afatit të vendosur nga Këshilli.", true, List.of(), now));
        audit.recordAs(ACTOR, "council-voice.call.opened", "council-call", call.getId(), null, call.auditValues());
        records.callChanged(call);
    }
}
