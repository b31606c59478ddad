package org.bashke.portal.demo;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.directory.OrganisationSummary;
import org.bashke.files.FileStore;
import org.bashke.portal.content.Topic;
import org.bashke.portal.publications.Publication;
import org.bashke.portal.publications.PublicationContent;
import org.bashke.portal.publications.PublicationIndexing;
import org.bashke.portal.publications.PublicationType;
import org.bashke.portal.publications.Publications;
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
 * Demo publications (a national report with files in Albanian and Serbian, a Prizren guide), loaded
 * once after the portal's other demo content. Published directly, as the system: demo needs no review.
 */
@Component
@Order(310)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class PublicationDemoData implements ApplicationRunner {

    private static final String ACTOR = "system:demo";

    private final Publications publications;
    private final PublicationIndexing indexing;
    private final FileStore files;
    private final Directory directory;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PublicationDemoData(Publications publications, PublicationIndexing indexing, FileStore files, Directory directory,
                        AuditLog audit, JdbcTemplate jdbc, TransactionTemplate transaction, Optional<Clock> clock) {
        this.publications = publications;
        this.indexing = indexing;
        this.files = files;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (jdbc.update("INSERT INTO portal_seed (name, loaded_at) VALUES ('demo-publications', now()) ON CONFLICT DO NOTHING") == 0) {
                return;
            }
            load();
        });
    }

    private void load() {
        List<OrganisationSummary> orgs = directory.activeOrganisations(null);
        if (orgs.isEmpty()) {
            return;
        }
        Instant now = clock.instant();
        LocalDate today = LocalDate.now(clock);
        Publication report = publish(new PublicationContent(PublicationType.REPORT, today.minusMonths(2), null,
                LocalizedText.of(Language.SQ, "Raporti vjetor i zbatimit të strategjisë", "Godišnji izveštaj o sprovođenju strategije",
                        "Annual report on the implementation of the strategy"),
                LocalizedText.of(Language.SQ, "Sa nga masat e planit të veprimit u zbatuan dhe çfarë mbetet.",
                        "Koliko mera akcionog plana je sprovedeno i šta ostaje.",
                        "How many measures of the action plan were carried out and what remains."),
                Set.of(Topic.COUNCIL), Set.of(orgs.get(0).id())), now);
        attach(report, Language.SQ, "raporti-vjetor.txt", "Raporti vjetor i zbatimit të strategjisë (demo).");
        attach(report, Language.SR, "godisnji-izvestaj.txt", "Godišnji izveštaj o sprovođenju strategije (demo).");
        Long prizren = directory.hub("PRZ").map(HubSummary::id).orElse(null);
        publish(new PublicationContent(PublicationType.GUIDE, today.minusMonths(5), prizren,
                LocalizedText.of(Language.SQ, "Udhëzues për konsultimet komunale", "Vodič za opštinske konsultacije",
                        "Guide to municipal consultations"),
                LocalizedText.of(Language.SQ, "Si të merrni pjesë në konsultimet e komunës suaj.",
                        "Kako učestvovati u konsultacijama vaše opštine.", "How to take part in your municipality's consultations."),
                Set.of(Topic.CONSULTATIONS, Topic.LOCAL_DEMOCRACY), Set.of(orgs.get(orgs.size() > 1 ? 1 : 0).id())), now);
    }

    private Publication publish(PublicationContent content, Instant now) {
        Publication p = new Publication(content, ACTOR, now);
        p.submit(ACTOR, now);
        p.publish(ACTOR, now);
        p = publications.saveAndFlush(p);
        audit.recordAs(ACTOR, "portal.publication.published", "publication", p.getId(), null, p.auditView());
        indexing.refresh(p);
        return p;
    }

    private void attach(Publication p, Language language, String filename, String text) {
        long fileId = files.store("portal", filename, text.getBytes(StandardCharsets.UTF_8)).id();
        var before = p.auditView();
        p.attach(language, fileId, ACTOR, clock.instant());
        publications.saveAndFlush(p);
        audit.recordAs(ACTOR, "portal.publication.file.attached", "publication", p.getId(), before, p.auditView());
    }
}
