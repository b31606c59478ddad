package org.bashke.portal.demo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Optional;
import java.util.Set;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.HubSummary;
import org.bashke.portal.content.Article;
import org.bashke.portal.content.ArticleContent;
import org.bashke.portal.content.ArticleIndexing;
import org.bashke.portal.content.ArticleKind;
import org.bashke.portal.content.ArticleVersions;
import org.bashke.portal.content.Articles;
import org.bashke.portal.content.Topic;
import org.bashke.portal.events.EditEvent;
import org.bashke.portal.events.EventDetails;
import org.bashke.portal.events.PortalEvent;
import org.bashke.portal.events.PortalEvents;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Demo news (national and per hub), three upcoming events and the pages "about" and "how to take
 * part", loaded once when {@code bashke.demo.enabled}. Runs after the directory's demo data (order 50)
 * and identity's (100). Written as the system, published directly: demo content needs no review.
 */
@Component
@Order(300)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class PortalDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(PortalDemoData.class);
    private static final String ACTOR = "system:demo";

    private final Articles articles;
    private final ArticleVersions versions;
    private final ArticleIndexing indexing;
    private final PortalEvents events;
    private final EditEvent editEvent;
    private final Directory directory;
    private final AuditLog audit;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;
    private final Clock clock;

    PortalDemoData(Articles articles, ArticleVersions versions, ArticleIndexing indexing, PortalEvents events, EditEvent editEvent,
                   Directory directory, AuditLog audit, JdbcTemplate jdbc, TransactionTemplate transaction, Optional<Clock> clock) {
        this.articles = articles;
        this.versions = versions;
        this.indexing = indexing;
        this.events = events;
        this.editEvent = editEvent;
        this.directory = directory;
        this.audit = audit;
        this.jdbc = jdbc;
        this.transaction = transaction;
        this.clock = clock.orElse(Clock.systemUTC());
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            // claim the marker first: a second instance starting at the same time skips instead of duplicating
            if (jdbc.update("INSERT INTO portal_seed (name, loaded_at) VALUES ('demo-content', now()) ON CONFLICT DO NOTHING") == 0) {
                return;
            }
            load();
            log.info("Portal demo content loaded");
        });
    }

    private void load() {
        Instant now = clock.instant();
        page("about", text("Rreth Bashkë", "O platformi Bashkë", "About Bashkë"),
                text("Platforma e dialogut mes shoqërisë civile dhe institucioneve në Kosovë.",
                        "Platforma za dijalog između civilnog društva i institucija na Kosovu.",
                        "The platform for dialogue between civil society and institutions in Kosovo."),
                text("""
                        **Bashkë** bashkon organizatat e shoqërisë civile, Këshillin dhe institucionet publike.

                        Qendrat rajonale në Ferizaj, Gjilan, Mitrovicë, Pejë dhe Prizren e sjellin dialogun afër qytetarëve.""",
                        """
                        **Bashkë** okuplja organizacije civilnog društva, Savet i javne institucije.

                        Regionalni centri u Uroševcu, Gnjilanu, Mitrovici, Peći i Prizrenu približavaju dijalog građanima.""",
                        """
                        **Bashkë** brings together civil society organisations, the Council and public institutions.

                        Regional hubs in Ferizaj, Gjilan, Mitrovicë, Pejë and Prizren bring the dialogue close to citizens."""), now);
        page("how-to-take-part", text("Si të merrni pjesë", "Kako učestvovati", "How to take part"),
                text("Regjistrohuni, ndiqni konsultimet dhe ejani në ngjarjet e qendrës suaj.",
                        "Registrujte se, pratite konsultacije i dođite na događaje svog centra.",
                        "Register, follow consultations and come to your hub's events."),
                text("""
                        1. Krijoni një llogari.
                        2. Komentoni në konsultimet publike.
                        3. Regjistrohuni në ngjarjet e qendrave rajonale.""",
                        """
                        1. Napravite nalog.
                        2. Komentarišite javne konsultacije.
                        3. Prijavite se na događaje regionalnih centara.""",
                        """
                        1. Create an account.
                        2. Comment on public consultations.
                        3. Register for the regional hubs' events."""), now);
        news(null, Set.of(Topic.COUNCIL), text("Këshilli mblidhet për strategjinë e bashkëpunimit",
                        "Savet se sastaje povodom strategije saradnje", "The Council meets on the cooperation strategy"),
                text("Mbledhja e radhës e Këshillit në Prishtinë shqyrton planin e veprimit.",
                        "Redovna sednica Saveta u Prištini razmatra akcioni plan.",
                        "The Council's regular meeting in Prishtinë reviews the action plan."), now.minus(Duration.ofDays(3)));
        news(hubId("PRZ"), Set.of(Topic.HUBS, Topic.LOCAL_DEMOCRACY), text("Qendra e Prizrenit hap dyert për organizatat lokale",
                        "Centar u Prizrenu otvara vrata lokalnim organizacijama", "The Prizren hub opens its doors to local organisations"),
                text("Takime javore për organizatat e rajonit të Prizrenit.", "Nedeljni sastanci za organizacije regiona Prizrena.",
                        "Weekly meetings for the organisations of the Prizren region."), now.minus(Duration.ofDays(2)));
        news(hubId("MIT"), Set.of(Topic.CONSULTATIONS), text("Konsultimi për buxhetin komunal në Mitrovicë",
                        "Konsultacije o opštinskom budžetu u Mitrovici", "Consultation on the municipal budget in Mitrovicë"),
                text("Qytetarët ftohen të japin mendimin e tyre.", "Građani su pozvani da daju svoje mišljenje.",
                        "Citizens are invited to give their views."), now.minus(Duration.ofDays(1)));
        event(hubId("PRZ"), text("Punëtori për konsultimet publike", "Radionica o javnim konsultacijama", "Workshop on public consultations"),
                10, "Prizren, Qendra rajonale", 20);
        event(hubId("PEJ"), text("Takim me organizatat e rajonit të Pejës", "Sastanak sa organizacijama regiona Peći", "Meeting with the organisations of the Pejë region"),
                17, "Pejë", null);
        event(null, text("Konferenca vjetore e dialogut", "Godišnja konferencija o dijalogu", "Annual dialogue conference"),
                30, "Prishtinë", 150);
    }

    private Long hubId(String code) {
        return directory.hub(code).map(HubSummary::id).orElse(null);
    }

    private static LocalizedText text(String sq, String sr, String en) {
        return LocalizedText.of(Language.SQ, sq, sr, en);
    }

    private void page(String slug, LocalizedText title, LocalizedText summary, LocalizedText body, Instant now) {
        publish(new Article(ArticleKind.PAGE, slug, null, new ArticleContent(title, summary, body, Set.of()), ACTOR, now), now);
    }

    private void news(Long hubId, Set<Topic> topics, LocalizedText title, LocalizedText summary, Instant when) {
        publish(new Article(ArticleKind.NEWS, null, hubId, new ArticleContent(title, summary, summary, topics), ACTOR, when), when);
    }

    private void publish(Article a, Instant now) {
        a.submit(ACTOR, now);
        a.publish(ACTOR, now);
        Article saved = articles.saveAndFlush(a);
        versions.keep(saved, ACTOR, now);
        audit.recordAs(ACTOR, "portal." + saved.getKind().name().toLowerCase() + ".published", "article", saved.getId(), null, saved.auditView());
        indexing.refresh(saved);
    }

    private void event(Long hubId, LocalizedText title, int inDays, String place, Integer capacity) {
        LocalDate day = LocalDate.now(clock.withZone(PortalEvent.ZONE)).plusDays(inDays);
        Instant start = day.atTime(LocalTime.of(10, 0)).atZone(PortalEvent.ZONE).toInstant();
        PortalEvent e = new PortalEvent(new EventDetails(hubId, title, title, start, start.plus(Duration.ofHours(3)), place, null, capacity),
                ACTOR, clock.instant());
        e.publish(true, ACTOR, clock.instant());
        e = events.saveAndFlush(e);
        audit.recordAs(ACTOR, "portal.event.published", "event", e.getId(), null, e.auditView());
        editEvent.refreshIndex(e);
    }
}
