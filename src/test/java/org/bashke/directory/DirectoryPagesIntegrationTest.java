package org.bashke.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Collectors;
import org.bashke.directory.organisation.AreaOfWork;
import org.bashke.directory.organisation.OrganisationDetails;
import org.bashke.directory.organisation.Outcome;
import org.bashke.directory.organisation.SaveOrganisation;
import org.bashke.directory.organisation.ArchiveOrganisation;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.SerbianScript;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.test.web.servlet.MockMvc;

@IntegrationTest
class DirectoryPagesIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired SaveOrganisation save;
    @Autowired ArchiveOrganisation archive;
    @Autowired JdbcTemplate jdbc;

    /** A word no other test or demo row contains, so searches find exactly what this test made. */
    static String uniqueWord() {
        StringBuilder s = new StringBuilder("Zq");
        ThreadLocalRandom r = ThreadLocalRandom.current();
        for (int i = 0; i < 8; i++) {
            s.append((char) ('a' + r.nextInt(26)));
        }
        return s.toString();
    }

    long create(OrganisationType type, String nameSq, String municipality, AreaOfWork... areas) {
        OrganisationDetails d = new OrganisationDetails();
        d.setType(type);
        d.setNameSq(nameSq);
        d.setMunicipalityCode(municipality);
        d.setAreas(areas.length == 0 ? EnumSet.noneOf(AreaOfWork.class) : EnumSet.of(areas[0], areas));
        Outcome outcome = save.create(d);
        assertThat(outcome.problems()).isEmpty();
        return outcome.id();
    }

    @Test
    void the_seven_regions_and_thirty_eight_municipalities_are_reference_data() {
        assertThat(directory.regions()).extracting(RegionSummary::code)
                .containsExactly("PRI", "MIT", "PEJ", "PRZ", "FER", "GJI", "GJA");
        assertThat(directory.municipalities()).hasSize(38);
        assertThat(directory.regions()).allSatisfy(r -> assertThat(r.servingHubCode()).isNotNull());
        assertThat(directory.hubs()).extracting(HubSummary::code).containsExactly("FER", "GJI", "MIT", "PEJ", "PRZ", "PRI");
        assertThat(directory.hub("prz")).hasValueSatisfying(h -> assertThat(h.national()).isFalse());
        assertThat(directory.hub("PRI")).hasValueSatisfying(h -> assertThat(h.national()).isTrue());
        // every municipality is also an organisation of type MUNICIPALITY
        assertThat(directory.municipalities()).allSatisfy(m -> assertThat(directory.organisation(m.organisationId()))
                .hasValueSatisfying(o -> assertThat(o.type()).isEqualTo(OrganisationType.MUNICIPALITY)));
    }

    @Test
    void the_serbian_names_written_in_latin_become_the_official_cyrillic_names() throws IOException {
        Map<String, String[]> csv = readCsv();
        assertThat(csv).hasSize(38);
        for (MunicipalitySummary m : directory.municipalities()) {
            String[] row = csv.get(m.code());
            assertThat(m.name().get(Language.SQ)).isEqualTo(row[1]);
            assertThat(m.name().get(Language.SR)).isEqualTo(row[2]);
            assertThat(SerbianScript.toCyrillic(m.name().get(Language.SR))).as(m.code()).isEqualTo(row[3]);
        }
    }

    @Test
    void a_reader_of_serbian_in_cyrillic_sees_municipality_names_in_cyrillic() throws Exception {
        mvc.perform(get("/regions/GJI").cookie(new Cookie("bashke_lang", "sr-Cyrl")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Гњилане")))
                .andExpect(content().string(not(containsString(">Gnjilane<"))));
        mvc.perform(get("/regions/GJI").cookie(new Cookie("bashke_lang", "sr-Latn")))
                .andExpect(content().string(containsString("Gnjilane")));
        mvc.perform(get("/municipalities"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Ђаковица")))
                .andExpect(content().string(containsString("Đakovica")))
                .andExpect(content().string(containsString("Gjakovë")));
    }

    @Test
    void the_list_filters_by_region_and_type() throws Exception {
        String word = uniqueWord();
        create(OrganisationType.CSO, "Shoqata " + word + " Mamushë", "MAM");
        create(OrganisationType.DONOR, "Fondi " + word + " Prizren", "PRZ");
        create(OrganisationType.CSO, "Shoqata " + word + " Gjakovë", "GJA");
        mvc.perform(get("/organisations").param("q", word).param("region", "PRZ").param("type", "CSO"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Shoqata " + word + " Mamushë")))
                .andExpect(content().string(not(containsString("Fondi " + word))))
                .andExpect(content().string(not(containsString("Shoqata " + word + " Gjakovë"))));
        mvc.perform(get("/organisations").param("q", word).param("region", "PRZ"))
                .andExpect(content().string(containsString("Fondi " + word + " Prizren")))
                .andExpect(content().string(not(containsString("Shoqata " + word + " Gjakovë"))));
    }

    @Test
    void the_list_filters_by_municipality_and_area_of_work() throws Exception {
        String word = uniqueWord();
        create(OrganisationType.CSO, "Rinia " + word + " Viti", "VIT", AreaOfWork.YOUTH);
        create(OrganisationType.CSO, "Mjedisi " + word + " Viti", "VIT", AreaOfWork.ENVIRONMENT);
        mvc.perform(get("/organisations").param("q", word).param("municipality", "VIT").param("area", "youth"))
                .andExpect(content().string(containsString("Rinia " + word)))
                .andExpect(content().string(not(containsString("Mjedisi " + word))));
    }

    @Test
    void text_search_ignores_case_and_accents_in_any_language() throws Exception {
        String word = uniqueWord();
        create(OrganisationType.CSO, "Qendra " + word + " për Prishtinë", "PRI");
        for (String q : List.of("Qendra " + word, "qendra " + word.toLowerCase(), "QENDRA " + word.toUpperCase(),
                "Prishtine " + word, "per prishtinë " + word)) {
            mvc.perform(get("/organisations").param("q", q))
                    .andExpect(status().isOk())
                    .andExpect(content().string(containsString("Qendra " + word + " për Prishtinë")));
        }
        mvc.perform(get("/organisations").param("q", "Prizren " + word))
                .andExpect(content().string(not(containsString("Qendra " + word))));
        // Serbian typed in Cyrillic finds the Latin name of the municipality
        mvc.perform(get("/organisations").param("q", "Општина Приштина").param("type", "MUNICIPALITY"))
                .andExpect(content().string(containsString("Komuna e Prishtinës")));
    }

    @Test
    void the_results_page_by_twenty_with_page_links_that_keep_the_filters() throws Exception {
        String word = uniqueWord();
        for (int i = 0; i < 21; i++) {
            create(OrganisationType.OTHER, "Grupi " + word + " " + (char) ('a' + i), null);
        }
        // the query in the address, as a browser sends it (page links are built from it)
        mvc.perform(get("/organisations?q=" + word))
                .andExpect(content().string(containsString("Grupi " + word + " t")))
                .andExpect(content().string(not(containsString("Grupi " + word + " u"))))
                .andExpect(content().string(containsString("page=2")))
                .andExpect(content().string(containsString("q=" + word)));
        mvc.perform(get("/organisations?q=" + word + "&page=2"))
                .andExpect(content().string(containsString("Grupi " + word + " u")));
    }

    @Test
    void htmx_gets_only_the_results() throws Exception {
        mvc.perform(get("/organisations").header("HX-Request", "true").param("type", "MUNICIPALITY"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("id=\"results\"")))
                .andExpect(content().string(not(containsString("<html"))));
    }

    @Test
    void an_unknown_organisation_is_a_404_page() throws Exception {
        mvc.perform(get("/organisations/987654321")).andExpect(status().isNotFound());
        mvc.perform(get("/hubs/XYZ")).andExpect(status().isNotFound());
        mvc.perform(get("/regions/XYZ")).andExpect(status().isNotFound());
    }

    @Test
    void an_archived_organisation_leaves_the_list_but_its_page_answers_with_a_notice() throws Exception {
        String word = uniqueWord();
        long id = create(OrganisationType.CSO, "Arkivi " + word, "PEJ");
        archive.archive(id);
        mvc.perform(get("/organisations").param("q", word))
                .andExpect(content().string(not(containsString("Arkivi " + word))));
        mvc.perform(get("/organisations/" + id).cookie(new Cookie("bashke_lang", "en")))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This organisation has been archived")));
        assertThat(directory.findOrganisations(word, null, 10)).isEmpty();
        assertThat(directory.organisation(id)).hasValueSatisfying(o -> assertThat(o.archived()).isTrue());
    }

    @Test
    void the_demo_organisations_other_modules_rely_on_are_there() {
        assertThat(directory.findOrganisations("Zyra për Qeverisje të Mirë", OrganisationType.PUBLIC_INSTITUTION, 1))
                .singleElement().satisfies(o -> assertThat(o.name().get(Language.SQ)).isEqualTo("Zyra për Qeverisje të Mirë"));
        assertThat(directory.findOrganisations("Qendra për Iniciativa Qytetare", OrganisationType.CSO, 1))
                .singleElement().satisfies(o -> {
                    assertThat(o.name().get(Language.SQ)).isEqualTo("Qendra për Iniciativa Qytetare");
                    assertThat(o.regionCode()).isEqualTo("PRI");
                    assertThat(o.civikosMember()).isTrue();
                });
        assertThat(directory.findOrganisations("Ministria e Financave", OrganisationType.PUBLIC_INSTITUTION, 1)).hasSize(1);
    }

    @Test
    void a_hub_page_names_its_host_and_the_municipalities_it_serves() throws Exception {
        mvc.perform(get("/hubs/PRZ"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Qendra për Dialog Ndërkulturor Prizren")))
                .andExpect(content().string(containsString("Mamushë")))
                .andExpect(content().string(not(containsString("Gjilan<"))));
        mvc.perform(get("/hubs")).andExpect(status().isOk());
        mvc.perform(get("/regions")).andExpect(status().isOk()).andExpect(content().string(containsString("Gjakovë")));
    }

    @Test
    void every_public_directory_page_renders_in_each_language() throws Exception {
        long id = directory.findOrganisations("Qendra për Iniciativa Qytetare", OrganisationType.CSO, 1).get(0).id();
        for (String lang : List.of("sq", "sr-Latn", "sr-Cyrl", "en")) {
            for (String page : List.of("/organisations", "/organisations/" + id, "/regions", "/regions/GJA", "/municipalities",
                    "/hubs", "/hubs/PRI")) {
                mvc.perform(get(page).cookie(new Cookie("bashke_lang", lang))).andExpect(status().isOk());
            }
        }
    }

    private static Map<String, String[]> readCsv() throws IOException {
        try (InputStream in = DirectoryPagesIntegrationTest.class.getResourceAsStream("/directory/municipalities.csv")) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().skip(1).map(l -> l.split(",", -1))
                    .collect(Collectors.toMap(r -> r[0], r -> r));
        }
    }
}
