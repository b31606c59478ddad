package org.bashke.network.demo;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import org.bashke.audit.AuditLog;
import org.bashke.directory.Directory;
import org.bashke.directory.OrganisationSummary;
import org.bashke.directory.OrganisationType;
import org.bashke.files.FileStore;
import org.bashke.identity.AccountSummary;
import org.bashke.identity.Accounts;
import org.bashke.network.code.CodeAcceptance;
import org.bashke.network.code.CodeAcceptanceRepository;
import org.bashke.network.code.CodeKind;
import org.bashke.network.code.CodeVersion;
import org.bashke.network.code.CodeVersionRepository;
import org.bashke.network.member.MemberArea;
import org.bashke.network.member.MembershipApplication;
import org.bashke.network.member.MembershipApplicationRepository;
import org.bashke.network.member.NetworkMember;
import org.bashke.network.member.NetworkMemberRepository;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.LocalizedText;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The code of conduct and the rules of work adopted in April 2014; the directory's CSOs marked as CiviKos
 * members made members (having accepted the code), except the demo representative's organisation, whose
 * application is complete and waits for the Board. Does nothing when any code version exists.
 */
@Component
@Order(420)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class NetworkMemberDemoData implements ApplicationRunner {

    static final String APPLICANT = "Qendra për Iniciativa Qytetare";
    static final LocalDate ADOPTED = LocalDate.of(2014, 4, 26);

    private final CodeVersionRepository versions;
    private final CodeAcceptanceRepository acceptances;
    private final NetworkMemberRepository members;
    private final MembershipApplicationRepository applications;
    private final Directory directory;
    private final Accounts accounts;
    private final FileStore files;
    private final AuditLog audit;
    private final TransactionTemplate transaction;

    NetworkMemberDemoData(CodeVersionRepository versions, CodeAcceptanceRepository acceptances, NetworkMemberRepository members,
                          MembershipApplicationRepository applications, Directory directory, Accounts accounts,
                          FileStore files, AuditLog audit, TransactionTemplate transaction) {
        this.versions = versions;
        this.acceptances = acceptances;
        this.members = members;
        this.applications = applications;
        this.directory = directory;
        this.accounts = accounts;
        this.files = files;
        this.audit = audit;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            if (versions.count() > 0) {
                return;
            }
            Instant now = Instant.now();
            CodeVersion conduct = new CodeVersion(CodeKind.CODE_OF_CONDUCT, 1,
                    LocalizedText.of(Language.SQ, "Kodi i sjelljes i CiviKos-it", "Kodeks ponašanja CiviKos-a", "CiviKos code of conduct"),
                    LocalizedText.of(Language.SQ,
                            "1. Anëtarët veprojnë me ndershmëri, transparencë dhe pavarësi nga interesat politike.\n\n2. Anëtarët respektojnë vendimet e organeve të platformës dhe përfaqësojnë qëndrimet e saj vetëm kur janë autorizuar.\n\n3. Konflikti i interesit deklarohet para çdo vendimi.",
                            "1. Članovi deluju pošteno, transparentno i nezavisno od političkih interesa.\n\n2. Članovi poštuju odluke tela platforme i predstavljaju njene stavove samo kada su ovlašćeni.\n\n3. Sukob interesa se prijavljuje pre svake odluke.",
                            "1. Members act with honesty, transparency and independence from political interests.\n\n2. Members respect the decisions of the platform's bodies and speak for its positions only when authorised.\n\n3. A conflict of interest is declared before any decision."),
                    now);
            conduct.adopt(ADOPTED, "demo", now);
            conduct = versions.save(conduct);
            CodeVersion rules = new CodeVersion(CodeKind.RULES_OF_WORK, 1,
                    LocalizedText.of(Language.SQ, "Rregullorja e punës e CiviKos-it", "Poslovnik CiviKos-a", "CiviKos rules of procedure"),
                    LocalizedText.of(Language.SQ,
                            "1. Asambleja përbëhet nga një përfaqësues për secilën organizatë anëtare.\n\n2. Bordi ka nëntë anëtarë; askush nuk shërben më shumë se dy mandate radhazi.\n\n3. Qëndrimet e CiviKos-it miratohen nga Bordi pas konsultimit me anëtarët.",
                            "1. Skupštinu čini po jedan predstavnik svake organizacije članice.\n\n2. Upravni odbor ima devet članova; niko ne služi više od dva uzastopna mandata.\n\n3. Stavove CiviKos-a usvaja Upravni odbor posle konsultacija sa članovima.",
                            "1. The Assembly is one representative of each member organisation.\n\n2. The Board has nine members; no one serves more than two consecutive terms.\n\n3. CiviKos positions are adopted by the Board after consulting the members."),
                    now);
            rules.adopt(ADOPTED, "demo", now);
            rules = versions.save(rules);
            audit.recordAs("demo", "network.code.adopted", "network-code-version", conduct.getId(), null, conduct.audit());
            audit.recordAs("demo", "network.code.adopted", "network-code-version", rules.getId(), null, rules.audit());

            List<OrganisationSummary> csos = directory.activeOrganisations(OrganisationType.CSO);
            int i = 0;
            for (OrganisationSummary o : csos) {
                if (!o.civikosMember() || o.name().get(Language.SQ).equals(APPLICANT)
                        || members.findByOrganisationId(o.id()).isPresent()) {
                    continue;
                }
                LocalDate since = ADOPTED.plusMonths(3L * i++);
                NetworkMember m = members.save(new NetworkMember(o.id(), since, o.regionCode(),
                        EnumSet.of(i % 2 == 0 ? MemberArea.DEMOCRACY_GOVERNANCE : MemberArea.HUMAN_RIGHTS, MemberArea.VOLUNTEERING),
                        null, now));
                acceptances.save(new CodeAcceptance(conduct.getId(), o.id(), null, now));
                acceptances.save(new CodeAcceptance(rules.getId(), o.id(), null, now));
                audit.recordAs("demo", "network.member.admitted", "network-member", m.getId(), null, m.audit());
            }

            Optional<OrganisationSummary> applicant = csos.stream()
                    .filter(o -> o.name().get(Language.SQ).equals(APPLICANT)).findFirst();
            Optional<AccountSummary> rep = accounts.accountByEmail("oshc@bashke.demo");
            if (applicant.isPresent() && rep.isPresent() && members.findByOrganisationId(applicant.get().id()).isEmpty()) {
                long statute = files.store("network", "statuti.txt",
                        "Statuti i Qendrës për Iniciativa Qytetare (demo)".getBytes(StandardCharsets.UTF_8)).id();
                long registration = files.store("network", "certifikata.txt",
                        "Certifikata e regjistrimit nr. 51000002 (demo)".getBytes(StandardCharsets.UTF_8)).id();
                MembershipApplication a = new MembershipApplication(applicant.get().id(), rep.get().id(),
                        applicant.get().regionCode() == null ? "PRI" : applicant.get().regionCode(),
                        EnumSet.of(MemberArea.DEMOCRACY_GOVERNANCE, MemberArea.YOUTH), statute, registration, conduct.getId(),
                        "Duam të bashkojmë zërin tonë me rrjetin.", now);
                a.markComplete(null, now);
                a = applications.save(a);
                audit.recordAs("demo", "network.application.submitted", "network-application", a.getId(), null, a.audit());
            }
        });
    }
}
