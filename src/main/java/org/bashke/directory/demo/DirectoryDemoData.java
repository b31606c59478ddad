package org.bashke.directory.demo;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.geography.EditHub;
import org.bashke.directory.geography.HubDetails;
import org.bashke.directory.organisation.AreaOfWork;
import org.bashke.directory.organisation.OrganisationDetails;
import org.bashke.directory.organisation.OrganisationRules;
import org.bashke.directory.organisation.Problem;
import org.bashke.directory.organisation.SaveOrganisation;
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
 * Demo organisations (CSOs in every region, ministries and institutions, donors) and hub hosts, loaded
 * once when {@code bashke.demo.enabled} is true. Runs before identity's demo accounts (order 100),
 * which look some of these up by name. The names and numbers are invented; the e-mail addresses use
 * the reserved {@code .example} domain so no demo mail can reach a real organisation.
 */
@Component
@Order(50)
@ConditionalOnProperty(name = "bashke.demo.enabled", havingValue = "true")
class DirectoryDemoData implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DirectoryDemoData.class);
    static final String MARKER = "demo-organisations";
    private static final String ACTOR = "system:demo";

    private final SaveOrganisation save;
    private final OrganisationRules rules;
    private final EditHub editHub;
    private final JdbcTemplate jdbc;
    private final TransactionTemplate transaction;

    DirectoryDemoData(SaveOrganisation save, OrganisationRules rules, EditHub editHub, JdbcTemplate jdbc,
                      TransactionTemplate transaction) {
        this.save = save;
        this.rules = rules;
        this.editHub = editHub;
        this.jdbc = jdbc;
        this.transaction = transaction;
    }

    @Override
    public void run(ApplicationArguments args) {
        transaction.executeWithoutResult(status -> {
            // the marker row is claimed first: a second instance starting at the same time skips instead of duplicating
            int claimed = jdbc.update("INSERT INTO directory_seed (name, loaded_at) VALUES (?, ?) ON CONFLICT DO NOTHING",
                    MARKER, Timestamp.from(Instant.now()));
            if (claimed == 0) {
                return;
            }
            Map<String, Long> ids = new java.util.HashMap<>();
            for (Demo d : organisations()) {
                OrganisationDetails details = d.details();
                List<Problem> problems = rules.check(details, null);
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("demo organisation " + d.nameSq() + " is invalid: " + problems);
                }
                ids.put(d.nameSq(), save.createChecked(details, ACTOR));
            }
            hosts().forEach((hub, host) -> {
                List<Problem> problems = editHub.changeAs(ACTOR, hub, host.details(ids.get(host.organisation())));
                if (!problems.isEmpty()) {
                    throw new IllegalStateException("demo hub " + hub + " is invalid: " + problems);
                }
            });
            log.info("Loaded {} demo organisations and the hosts of {} hubs", ids.size(), hosts().size());
        });
    }

    record Demo(OrganisationType type, String nameSq, String nameSr, String nameEn, String acronym, String registration,
                String municipality, Areas areas, boolean member, String email, String descriptionSq, String descriptionEn) {

        OrganisationDetails details() {
            OrganisationDetails d = new OrganisationDetails();
            d.setType(type);
            d.setNameSq(nameSq);
            d.setNameSr(nameSr);
            d.setNameEn(nameEn);
            d.setAcronym(acronym);
            d.setRegistrationNumber(registration);
            d.setMunicipalityCode(municipality);
            d.setAreas(areas.value());
            d.setCivikosMember(member);
            d.setEmail(email);
            d.setDescriptionSq(descriptionSq);
            d.setDescriptionEn(descriptionEn);
            return d;
        }
    }

    /** Areas of work, short to write. */
    record Areas(EnumSet<AreaOfWork> value) {
        static Areas of(AreaOfWork first, AreaOfWork... rest) {
            return new Areas(EnumSet.of(first, rest));
        }
    }

    record Host(String organisation, String coordinator, String email, String phone, String address, String hoursSq,
                String hoursSr, String hoursEn) {
        HubDetails details(Long organisationId) {
            return new HubDetails(organisationId, coordinator, email, phone, hoursSq, hoursSr, hoursEn, address, null);
        }
    }

    private static Demo cso(String sq, String sr, String en, String acronym, String registration, String municipality,
                            Areas areas, boolean member) {
        String slug = acronym.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]", "");
        return new Demo(OrganisationType.CSO, sq, sr, en, acronym, registration, municipality, areas, member,
                "info@" + slug + ".example", null, null);
    }

    private static Demo institution(String sq, String sr, String en, String acronym) {
        return new Demo(OrganisationType.PUBLIC_INSTITUTION, sq, sr, en, acronym, null, "PRI",
                Areas.of(AreaOfWork.DEMOCRACY_GOVERNANCE), false, null, null, null);
    }

    static List<Demo> organisations() {
        AreaOfWork dem = AreaOfWork.DEMOCRACY_GOVERNANCE, hr = AreaOfWork.HUMAN_RIGHTS, edu = AreaOfWork.EDUCATION,
                env = AreaOfWork.ENVIRONMENT, health = AreaOfWork.HEALTH, youth = AreaOfWork.YOUTH, women = AreaOfWork.WOMEN_GENDER,
                min = AreaOfWork.MINORITIES, social = AreaOfWork.SOCIAL_SERVICES, cult = AreaOfWork.CULTURE,
                econ = AreaOfWork.ECONOMIC_DEVELOPMENT, media = AreaOfWork.MEDIA, vol = AreaOfWork.VOLUNTEERING, law = AreaOfWork.RULE_OF_LAW;
        Demo civikos = new Demo(OrganisationType.CSO, "Platforma CiviKos", "Platforma CiviKos", "CiviKos Platform", "CiviKos",
                "51000001", "PRI", Areas.of(dem, vol), true, "info@civikos.example",
                "Rrjeti i organizatave të shoqërisë civile për bashkëpunim me Qeverinë e Kosovës; Sekretariati i tij është qendra kombëtare.",
                "The network of civil society organisations for cooperation with the Government of Kosovo; its Secretariat is the national hub.");
        Demo cci = new Demo(OrganisationType.CSO, "Qendra për Iniciativa Qytetare", "Centar za građanske inicijative",
                "Centre for Civic Initiatives", "QIQ", "51000002", "PRI", Areas.of(dem, vol, youth), true, "info@qiq.example",
                "Nxit pjesëmarrjen e qytetarëve në vendimmarrje në nivel qendror dhe lokal.",
                "Encourages citizens to take part in decisions at central and local level.");
        return List.of(civikos, cci,
                cso("Qendra për Zhvillimin e Shoqërisë Civile", "Centar za razvoj civilnog društva", "Centre for Civil Society Development", "QZHSHC", "51000003", "PRI", Areas.of(dem, edu), true),
                cso("Instituti për Politika Publike", "Institut za javne politike", "Institute for Public Policy", "IPP", "51000004", "PRI", Areas.of(law, dem), true),
                cso("Rrjeti i Grave për Barazi", "Mreža žena za ravnopravnost", "Women's Network for Equality", "RGB", "51000005", "PRI", Areas.of(women, hr), true),
                cso("Forumi Rinor i Podujevës", "Omladinski forum Podujeva", "Podujeva Youth Forum", "FRP", "51000006", "POD", Areas.of(youth, vol), false),
                cso("Shoqata e Personave me Aftësi të Kufizuara Hapi", "Udruženje osoba sa invaliditetom Korak", "Step Association of Persons with Disabilities", "HAPI", "51000007", "LIP", Areas.of(social, hr), true),
                cso("Qendra për Paqe dhe Tolerancë", "Centar za mir i toleranciju", "Centre for Peace and Tolerance", "CPT", "51000008", "GRA", Areas.of(min, hr), true),
                cso("Iniciativa Qytetare e Mitrovicës", "Građanska inicijativa Mitrovice", "Mitrovica Civic Initiative", "IQM", "51000009", "MIT", Areas.of(dem, youth), true),
                cso("Organizata Aktiv", "NVO Aktiv", "NGO Aktiv", "AKTIV", "51000010", "MIV", Areas.of(min, dem), true),
                cso("Qendra për Mjedis të Shëndetshëm Vushtrri", "Centar za zdravu životnu sredinu Vučitrn", "Vushtrri Healthy Environment Centre", "QMSH", "51000011", "VUS", Areas.of(env, health), false),
                cso("Shoqata e Grave Fermere të Skenderajt", "Udruženje žena farmera Srbice", "Skenderaj Women Farmers' Association", "SHGFS", "51000012", "SKE", Areas.of(women, econ), true),
                cso("Qendra Rinore Leposaviq", "Omladinski centar Leposavić", "Leposavić Youth Centre", "QRL", "51000013", "LEP", Areas.of(youth, cult), false),
                cso("Rrjeti i Iniciativave Rajonale Pejë", "Mreža regionalnih inicijativa Peć", "Peja Regional Initiatives Network", "RIRP", "51000014", "PEJ", Areas.of(dem, vol), true),
                cso("Qendra për Trashëgimi Kulturore Istog", "Centar za kulturno nasleđe Istok", "Istog Cultural Heritage Centre", "QTKI", "51000015", "IST", Areas.of(cult), false),
                cso("Shoqata e Bujqve të Klinës", "Udruženje poljoprivrednika Kline", "Klina Farmers' Association", "SHBK", "51000016", "KLI", Areas.of(econ), false),
                cso("Forumi për Arsim Gjithëpërfshirës", "Forum za inkluzivno obrazovanje", "Forum for Inclusive Education", "FAGJ", "51000017", "PEJ", Areas.of(edu, min), true),
                cso("Qendra për Dialog Ndërkulturor Prizren", "Centar za interkulturni dijalog Prizren", "Prizren Centre for Intercultural Dialogue", "QDNP", "51000018", "PRZ", Areas.of(cult, min), true),
                cso("Rinia Aktive Dragash", "Aktivna omladina Dragaš", "Active Youth Dragash", "RAD", "51000019", "DRA", Areas.of(youth, vol), false),
                cso("Shoqata e Gazetarëve të Pavarur Prizren", "Udruženje nezavisnih novinara Prizren", "Prizren Independent Journalists' Association", "SHGPP", "51000020", "PRZ", Areas.of(media, hr), true),
                cso("Qendra për Zhvillim Ekonomik Lokal Suharekë", "Centar za lokalni ekonomski razvoj Suva Reka", "Suhareka Local Economic Development Centre", "QZHEL", "51000021", "SUH", Areas.of(econ), false),
                cso("Shoqata e Grave Turke të Mamushës", "Udruženje turskih žena Mamuše", "Mamusha Turkish Women's Association", "SHGTM", "51000022", "MAM", Areas.of(women, min), true),
                cso("Qendra Rajonale për Zhvillim Ferizaj", "Regionalni centar za razvoj Uroševac", "Ferizaj Regional Development Centre", "QRZHF", "51000023", "FER", Areas.of(dem, econ), true),
                cso("Vullnetarët e Kaçanikut", "Volonteri Kačanika", "Kaçanik Volunteers", "VK", "51000024", "KAC", Areas.of(vol, youth), false),
                cso("Shoqata për Mjedisin Sharri", "Udruženje za životnu sredinu Šar", "Sharr Environmental Association", "SHMSH", "51000025", "SHP", Areas.of(env), true),
                cso("Iniciativa për Qeverisje të Mirë Lokale Gjilan", "Inicijativa za dobro lokalno upravljanje Gnjilane", "Gjilan Initiative for Good Local Governance", "IQMLG", "51000026", "GJI", Areas.of(dem, law), true),
                cso("Qendra për Shërbime Sociale Kamenicë", "Centar za socijalne usluge Kamenica", "Kamenica Social Services Centre", "QSSK", "51000027", "KAM", Areas.of(social, health), false),
                cso("Rrjeti Rinor Viti", "Omladinska mreža Vitina", "Viti Youth Network", "RRV", "51000028", "VIT", Areas.of(youth), false),
                cso("Qendra për të Drejtat e Njeriut Gjakovë", "Centar za ljudska prava Đakovica", "Gjakova Human Rights Centre", "QDNGJ", "51000029", "GJA", Areas.of(hr, law), true),
                cso("Shoqata e Artizanëve të Rahovecit", "Udruženje zanatlija Orahovca", "Rahovec Artisans' Association", "SHAR", "51000030", "RAH", Areas.of(econ, cult), false),
                cso("Gratë e Deçanit për Zhvillim", "Žene Dečana za razvoj", "Women of Deçan for Development", "GDZH", "51000031", "DEC", Areas.of(women, econ), true),
                cso("Qendra Rinore Junik", "Omladinski centar Junik", "Junik Youth Centre", "QRJ", "51000032", "JUN", Areas.of(youth, edu), false),
                institution("Zyra e Kryeministrit", "Kancelarija premijera", "Office of the Prime Minister", "ZKM"),
                institution("Zyra për Qeverisje të Mirë", "Kancelarija za dobro upravljanje", "Office for Good Governance", "ZQM"),
                institution("Ministria e Financave", "Ministarstvo finansija", "Ministry of Finance", "MF"),
                institution("Ministria e Drejtësisë", "Ministarstvo pravde", "Ministry of Justice", "MD"),
                institution("Ministria e Administrimit të Pushtetit Lokal", "Ministarstvo administracije lokalne samouprave", "Ministry of Local Government Administration", "MAPL"),
                institution("Ministria e Arsimit, Shkencës, Teknologjisë dhe Inovacionit", "Ministarstvo obrazovanja, nauke, tehnologije i inovacija", "Ministry of Education, Science, Technology and Innovation", "MASHTI"),
                institution("Ministria e Shëndetësisë", "Ministarstvo zdravlja", "Ministry of Health", "MSH"),
                institution("Ministria e Punëve të Brendshme", "Ministarstvo unutrašnjih poslova", "Ministry of Internal Affairs", "MPB"),
                institution("Ministria e Kulturës, Rinisë dhe Sportit", "Ministarstvo kulture, omladine i sporta", "Ministry of Culture, Youth and Sport", "MKRS"),
                institution("Ministria e Mjedisit, Planifikimit Hapësinor dhe Infrastrukturës", "Ministarstvo životne sredine, prostornog planiranja i infrastrukture", "Ministry of Environment, Spatial Planning and Infrastructure", "MMPHI"),
                institution("Agjencia për Barazi Gjinore", "Agencija za ravnopravnost polova", "Agency for Gender Equality", "ABGJ"),
                new Demo(OrganisationType.DONOR, "Fondi Evropian për Shoqërinë Civile", "Evropski fond za civilno društvo", "European Civil Society Fund",
                        "FESHC", null, null, Areas.of(dem, vol), false, "grants@ecsf.example", null, null),
                new Demo(OrganisationType.DONOR, "Fondi Nordik për Demokraci", "Nordijski fond za demokratiju", "Nordic Democracy Fund",
                        "FND", null, null, Areas.of(dem, hr, women), false, "kosovo@ndf.example", null, null),
                new Demo(OrganisationType.OTHER, "Oda Ekonomike e Kosovës", "Privredna komora Kosova", "Kosovo Chamber of Commerce",
                        "OEK", null, "PRI", Areas.of(econ), false, null, null, null));
    }

    static Map<String, Host> hosts() {
        String hoursSq = "E hënë – e premte, 09:00 – 17:00";
        String hoursSr = "Ponedeljak – petak, 09:00 – 17:00";
        String hoursEn = "Monday – Friday, 09:00 – 17:00";
        return Map.of(
                "PRI", new Host("Platforma CiviKos", "Arta Krasniqi", "sekretariati@civikos.example", "+383 38 000 100", "Rr. Agim Ramadani, Prishtinë", hoursSq, hoursSr, hoursEn),
                "FER", new Host("Qendra Rajonale për Zhvillim Ferizaj", "Blerim Gashi", "ferizaj@civikos.example", "+383 290 000 200", "Rr. Dëshmorët e Kombit, Ferizaj", hoursSq, hoursSr, hoursEn),
                "GJI", new Host("Iniciativa për Qeverisje të Mirë Lokale Gjilan", "Drita Hoxha", "gjilan@civikos.example", "+383 280 000 300", "Rr. Adem Jashari, Gjilan", hoursSq, hoursSr, hoursEn),
                "MIT", new Host("Iniciativa Qytetare e Mitrovicës", "Milica Jovanović", "mitrovica@civikos.example", "+383 28 000 400", "Rr. Mbretëresha Teuta, Mitrovicë", hoursSq, hoursSr, hoursEn),
                "PEJ", new Host("Rrjeti i Iniciativave Rajonale Pejë", "Fatmir Berisha", "peja@civikos.example", "+383 39 000 500", "Rr. Mbretëresha Teuta, Pejë", hoursSq, hoursSr, hoursEn),
                "PRZ", new Host("Qendra për Dialog Ndërkulturor Prizren", "Selin Aydın", "prizren@civikos.example", "+383 29 000 600", "Sheshi i Shadërvanit, Prizren", hoursSq, hoursSr, hoursEn));
    }
}
