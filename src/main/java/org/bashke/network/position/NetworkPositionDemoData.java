package org.bashke.network.position;

import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import org.bashke.audit.AuditLog;
import org.bashke.network.representation.NetworkRepresentationReportRepository;
import org.bashke.network.representation.NetworkRepresentationRepository;
import org.bashke.network.representation.PlaceKind;
import org.bashke.network.representation.Representation;
import org.bashke.network.representation.RepresentationReport;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo positions and representation: one position adopted by the Board (public), one with the members for comment,
 * CiviKos's seat in the Council with a report-back ahead and a forum whose report is overdue.
 */
@Component
@Order(500)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class NetworkPositionDemoData implements ApplicationRunner {

    private static final String ACTOR = "system:network";

    private final NetworkPositionRepository positions;
    private final NetworkPositionVersionRepository versions;
    private final NetworkRepresentationRepository representations;
    private final NetworkRepresentationReportRepository reports;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    NetworkPositionDemoData(NetworkPositionRepository positions, NetworkPositionVersionRepository versions,
                            NetworkRepresentationRepository representations, NetworkRepresentationReportRepository reports,
                            AuditLog audit, JdbcTemplate jdbc, TransactionTemplate transaction) {
        this.positions = positions;
        this.versions = versions;
        this.representations = representations;
        this.reports = reports;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.update("INSERT INTO network_position_demo_seed (name, loaded_at) VALUES ('demo', ?) ON CONFLICT DO NOTHING",
                    Timestamp.from(Instant.now())) == 0) {
                return;
            }
            load();
        });
    }

    private void load() {
        Instant now = Instant.now();
        LocalDate today = LocalDate.now(ManagePositions.KOSOVO);

        NetworkPosition adopted = positions.saveAndFlush(new NetworkPosition(SubjectKind.LAW, null, null, AdoptingBody.BOARD, 0L, now));
        PositionVersion text = versions.save(new PositionVersion(adopted.getId(), 1,
                LocalizedText.of(Language.SQ, "Qëndrimi i CiviKos për Projektligjin për lirinë e asociimit",
                        "Stav CiviKos-a o Nacrtu zakona o slobodi udruživanja", "CiviKos position on the draft Law on Freedom of Association"),
                LocalizedText.of(Language.SQ,
                        "CiviKos kërkon që regjistrimi i organizatave të mbetet i thjeshtë, pa tarifa, dhe që pezullimi të vendoset vetëm nga gjykata.",
                        "CiviKos traži da registracija organizacija ostane jednostavna, bez taksi, i da o suspenziji odlučuje samo sud.",
                        "CiviKos asks that registering an organisation stay simple and free, and that only a court may suspend one."),
                null, 0L, now));
        adopted.openMemberConsultation(today.minusDays(30), today.minusDays(45), now);
        adopted.adopt(AdoptingBody.BOARD, "Mbledhja e Bordit nr. 11, vendimi 2", today.minusDays(20), text, today.minusDays(20), now);
        versions.save(text);
        audit.recordAs(ACTOR, "network.position.adopted", "network-position", adopted.getId(), null, adopted.audit());

        NetworkPosition consulted = positions.saveAndFlush(new NetworkPosition(SubjectKind.POLICY, null, null, AdoptingBody.ASSEMBLY, 0L, now));
        versions.save(new PositionVersion(consulted.getId(), 1,
                LocalizedText.of(Language.SQ, "Qëndrimi për Strategjinë e re për bashkëpunim me shoqërinë civile",
                        "Stav o novoj Strategiji za saradnju sa civilnim društvom", "Position on the new Strategy for Cooperation with Civil Society"),
                LocalizedText.of(Language.SQ, "Draft për komente të anëtarëve: objektivat, financimi publik dhe vullnetarizmi.",
                        "Nacrt za komentare članica: ciljevi, javno finansiranje i volonterizam.",
                        "Draft for members' comments: objectives, public funding and volunteering."),
                null, 0L, now));
        consulted.openMemberConsultation(today.plusDays(14), today, now);
        audit.recordAs(ACTOR, "network.position.consultation-opened", "network-position", consulted.getId(), null, consulted.audit());

        Representation council = representations.save(new Representation(PlaceKind.COUNCIL,
                LocalizedText.of(Language.SQ, "Këshilli për bashkëpunim me shoqërinë civile", "Savet za saradnju sa civilnim društvom",
                        "Council for Cooperation with Civil Society"),
                "Drejtori ekzekutiv i CiviKos", null, null, "Vendimi i Bordit nr. 9/2025", today.minusMonths(10), today.plusMonths(14),
                LocalizedText.of(Language.SQ, "Bashkëkryeson Këshillin; flet për qëndrimet e miratuara të CiviKos.",
                        "Kopredsedava Savetom; govori o usvojenim stavovima CiviKos-a.",
                        "Co-chairs the Council; speaks to CiviKos's adopted positions."), now));
        reports.save(new RepresentationReport(council.getId(), today.plusDays(10)));
        Representation forum = representations.save(new Representation(PlaceKind.INTERNATIONAL_FORUM,
                LocalizedText.of(Language.SQ, "Forumi rajonal i shoqërisë civile", "Regionalni forum civilnog društva", "Regional civil society forum"),
                "Anëtare e Bordit", null, null, "Vendimi i Bordit nr. 10/2026", today.minusMonths(3), today.plusMonths(9),
                LocalizedText.of(Language.SQ, "Paraqet përvojën e Këshillit; nuk merr zotime në emër të CiviKos.",
                        "Predstavlja iskustvo Saveta; ne preuzima obaveze u ime CiviKos-a.",
                        "Presents the Council's experience; makes no commitments on CiviKos's behalf."), now));
        reports.save(new RepresentationReport(forum.getId(), today.minusDays(5)));
        audit.recordAs(ACTOR, "network.representation.registered", "network-representation", council.getId(), null, council.audit());
        audit.recordAs(ACTOR, "network.representation.registered", "network-representation", forum.getId(), null, forum.audit());
    }
}
