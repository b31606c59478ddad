package org.bashke.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;

import jakarta.servlet.http.Cookie;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.bashke.shared.text.Language;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.UserRequestPostProcessor;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;

@IntegrationTest
class OrganisationAdministrationIntegrationTest {

    @Autowired MockMvc mvc;
    @Autowired Directory directory;
    @Autowired JdbcTemplate jdbc;

    static UserRequestPostProcessor secretariat() {
        return user("secretariat-directory@bashke.test").roles("SECRETARIAT");
    }

    static final Cookie ENGLISH = new Cookie("bashke_lang", "en");

    int countNamed(String word) {
        return jdbc.queryForObject("SELECT count(*) FROM directory_organisation WHERE name_sq LIKE ?", Integer.class, "%" + word + "%");
    }

    int auditEntries(String action, long id) {
        return jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = ? AND record_type = 'organisation' AND record_id = ?",
                Integer.class, action, String.valueOf(id));
    }

    long idNamed(String nameSq) {
        return jdbc.queryForObject("SELECT id FROM directory_organisation WHERE name_sq = ?", Long.class, nameSq);
    }

    @Test
    void a_member_is_refused_the_administration_of_organisations() throws Exception {
        for (String page : List.of("/admin/organisations", "/admin/organisations/new", "/admin/organisations/import", "/admin/hubs")) {
            mvc.perform(get(page).with(user("member-directory@bashke.test").roles("MEMBER"))).andExpect(status().isForbidden());
            mvc.perform(get(page).with(user("officer-directory@bashke.test").roles("GOVERNMENT_OFFICER"))).andExpect(status().isForbidden());
        }
        mvc.perform(post("/admin/organisations").with(user("member-directory@bashke.test").roles("MEMBER")).with(csrf())
                .param("type", "CSO").param("nameSq", "Nuk duhet")).andExpect(status().isForbidden());
        mvc.perform(get("/admin/organisations")).andExpect(status().is3xxRedirection());
        mvc.perform(get("/admin/organisations").with(secretariat())).andExpect(status().isOk());
        mvc.perform(get("/admin/organisations").with(user("admin-directory@bashke.test").roles("ADMIN"))).andExpect(status().isOk());
    }

    @Test
    void the_secretariat_creates_edits_archives_and_brings_back_an_organisation_each_step_audited() throws Exception {
        String word = DirectoryPagesIntegrationTest.uniqueWord();
        String name = "Shoqata " + word;
        mvc.perform(post("/admin/organisations").with(secretariat()).with(csrf())
                        .param("type", "CSO").param("nameSq", name).param("nameSr", "Удружење " + word)
                        .param("municipalityCode", "IST").param("areas", "YOUTH", "CULTURE")
                        .param("email", "info@" + word.toLowerCase() + ".example").param("website", "www." + word.toLowerCase() + ".example")
                        .param("civikosMember", "true").param("registrationNumber", word.toUpperCase()))
                .andExpect(status().is3xxRedirection());
        long id = idNamed(name);
        OrganisationSummary created = directory.organisation(id).orElseThrow();
        assertThat(created.regionCode()).as("region filled from the municipality").isEqualTo("PEJ");
        assertThat(created.civikosMember()).isTrue();
        assertThat(created.name().get(Language.SR)).as("kept in Latin").isEqualTo("Udruženje " + word);
        assertThat(auditEntries("directory.organisation.created", id)).isEqualTo(1);

        mvc.perform(post("/admin/organisations/" + id).with(secretariat()).with(csrf())
                        .param("type", "CSO").param("nameSq", name + " e Re").param("municipalityCode", "IST"))
                .andExpect(status().is3xxRedirection());
        assertThat(directory.organisation(id).orElseThrow().name().get(Language.SQ)).isEqualTo(name + " e Re");
        assertThat(auditEntries("directory.organisation.updated", id)).isEqualTo(1);

        mvc.perform(post("/admin/organisations/" + id + "/archive").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(directory.organisation(id).orElseThrow().archived()).isTrue();
        assertThat(auditEntries("directory.organisation.archived", id)).isEqualTo(1);
        mvc.perform(get("/admin/organisations").param("q", word).with(secretariat()))
                .andExpect(content().string(containsString(name + " e Re")));

        mvc.perform(post("/admin/organisations/" + id + "/unarchive").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(directory.organisation(id).orElseThrow().archived()).isFalse();
        assertThat(auditEntries("directory.organisation.unarchived", id)).isEqualTo(1);
    }

    @Test
    void a_form_with_mistakes_shows_each_message_next_to_its_field_in_the_readers_language_and_saves_nothing() throws Exception {
        String word = DirectoryPagesIntegrationTest.uniqueWord();
        mvc.perform(post("/admin/organisations").with(secretariat()).with(csrf()).cookie(ENGLISH)
                        .param("type", "CSO").param("nameSq", " ").param("nameEn", "Association " + word)
                        .param("regionCode", "PRZ").param("municipalityCode", "GJI")
                        .param("email", "not-an-address").param("website", "ftp://files.example.org"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("error-summary")))
                .andExpect(content().string(containsString("id=\"nameSq-error\"")))
                .andExpect(content().string(containsString("Enter the name in Albanian.")))
                .andExpect(content().string(containsString("This municipality is not in the chosen region.")))
                .andExpect(content().string(containsString("Enter an e-mail address like name@example.org.")))
                .andExpect(content().string(containsString("Enter a website address like https://www.example.org.")));
        mvc.perform(post("/admin/organisations").with(secretariat()).with(csrf()).cookie(new Cookie("bashke_lang", "sq"))
                        .param("type", "CSO").param("nameSq", ""))
                .andExpect(content().string(containsString("Shkruani emrin në shqip.")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM directory_organisation WHERE name_en LIKE ?", Integer.class, "%" + word))
                .isZero();
    }

    @Test
    void a_registration_number_belongs_to_one_organisation_only() throws Exception {
        String word = DirectoryPagesIntegrationTest.uniqueWord();
        mvc.perform(post("/admin/organisations").with(secretariat()).with(csrf())
                .param("type", "CSO").param("nameSq", "Parë " + word).param("registrationNumber", "R-" + word))
                .andExpect(status().is3xxRedirection());
        mvc.perform(post("/admin/organisations").with(secretariat()).with(csrf()).cookie(ENGLISH)
                        .param("type", "CSO").param("nameSq", "Dytë " + word).param("registrationNumber", " r-" + word.toLowerCase() + " "))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("This registration number already belongs to another organisation")));
        assertThat(countNamed(word)).isEqualTo(1);
    }

    @Test
    void an_import_with_invalid_rows_writes_nothing_lists_the_problems_and_imports_the_valid_rows_when_asked() throws Exception {
        String w = DirectoryPagesIntegrationTest.uniqueWord();
        String csv = "registration_number,type,name_sq,region,municipality,email,areas_of_work,civikos_member\n"
                + "A-" + w + ",CSO,Një " + w + ",PRZ,PRZ,info@nje.example,youth;culture,po\n"
                + "B-" + w + ",DONOR,Dy " + w + ",,,,,\n"
                + ",KLUB,Tre " + w + ",,,,,\n"
                + "C-" + w + ",CSO,Katër " + w + ",,FER,,,jo\n"
                + "D-" + w + ",CSO,Pesë " + w + ",,,not-an-email,,\n";
        String report = upload("orgs.csv", csv.getBytes(StandardCharsets.UTF_8));
        assertThat(countNamed(w)).as("nothing written while a row is wrong").isZero();
        mvc.perform(get(report).with(secretariat()).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("<td>4</td>")))
                .andExpect(content().string(containsString("<code>type</code>")))
                .andExpect(content().string(containsString("Unknown type &quot;KLUB&quot;")))
                .andExpect(content().string(containsString("<td>6</td>")))
                .andExpect(content().string(containsString("<code>email</code>")))
                .andExpect(content().string(not(containsString("<td>2</td>"))))
                .andExpect(content().string(containsString("Import the 3 valid rows and skip the 2 invalid ones")));
        mvc.perform(post(report + "/confirm").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(countNamed(w)).isEqualTo(3);
        assertThat(directory.organisation(idNamed("Katër " + w)).orElseThrow().regionCode()).isEqualTo("FER");
        mvc.perform(get(report).with(secretariat()).cookie(ENGLISH))
                .andExpect(content().string(containsString("3 organisations added and 0 updated")));
        // confirming twice (a double click, a reload) does not import twice
        mvc.perform(post(report + "/confirm").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(countNamed(w)).isEqualTo(3);
    }

    @Test
    void a_row_whose_registration_number_exists_updates_that_organisation() throws Exception {
        String w = DirectoryPagesIntegrationTest.uniqueWord();
        upload("first.csv", ("registration_number,type,name_sq,phone\nU-" + w + ",CSO,Emri " + w + ",+383 44 000 000\n").getBytes(StandardCharsets.UTF_8));
        long id = idNamed("Emri " + w);
        String report = upload("second.csv", ("registration_number,type,name_sq\nu-" + w.toLowerCase() + ",CSO,Emri i Ri " + w + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(countNamed(w)).isEqualTo(1);
        assertThat(directory.organisation(id).orElseThrow().name().get(Language.SQ)).isEqualTo("Emri i Ri " + w);
        assertThat(jdbc.queryForObject("SELECT phone FROM directory_organisation WHERE id = ?", String.class, id))
                .as("a column the file does not have keeps its value").isEqualTo("+383 44 000 000");
        assertThat(auditEntries("directory.organisation.updated", id)).isEqualTo(1);
        mvc.perform(get(report).with(secretariat()).cookie(ENGLISH))
                .andExpect(content().string(containsString("0 organisations added and 1 updated")));
    }

    @Test
    void the_same_registration_number_twice_in_one_file_is_reported() throws Exception {
        String w = DirectoryPagesIntegrationTest.uniqueWord();
        String report = upload("dup.csv", ("registration_number,type,name_sq\nX-" + w + ",CSO,Një " + w + "\nX-" + w + ",CSO,Dy " + w + "\n")
                .getBytes(StandardCharsets.UTF_8));
        assertThat(countNamed(w)).isZero();
        mvc.perform(get(report).with(secretariat()).cookie(ENGLISH))
                .andExpect(content().string(containsString("The same registration number is already on row 2 of this file.")));
        mvc.perform(post(report + "/discard").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        mvc.perform(post(report + "/confirm").with(secretariat()).with(csrf())).andExpect(status().is3xxRedirection());
        assertThat(countNamed(w)).as("a discarded upload cannot be imported").isZero();
    }

    @Test
    void an_excel_file_is_imported_like_a_csv() throws Exception {
        String w = DirectoryPagesIntegrationTest.uniqueWord();
        byte[] xlsx;
        try (XSSFWorkbook workbook = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            XSSFSheet sheet = workbook.createSheet("Organizatat");
            String[][] rows = {{"name_sq", "type", "municipality", "civikos_member", "registration_number"},
                    {"Excel Një " + w, "cso", "GJA", "yes", null}, {"Excel Dy " + w, "PUBLIC_INSTITUTION", "PRI", "no", null}};
            for (int r = 0; r < rows.length; r++) {
                Row row = sheet.createRow(r);
                for (int c = 0; c < rows[r].length; c++) {
                    if (rows[r][c] != null) {
                        row.createCell(c).setCellValue(rows[r][c]);
                    }
                }
            }
            sheet.getRow(1).createCell(4).setCellValue(88000000d + Math.abs(w.hashCode() % 1000000));
            workbook.write(out);
            xlsx = out.toByteArray();
        }
        upload("orgs.xlsx", xlsx);
        assertThat(countNamed(w)).isEqualTo(2);
        OrganisationSummary first = directory.organisation(idNamed("Excel Një " + w)).orElseThrow();
        assertThat(first.regionCode()).isEqualTo("GJA");
        assertThat(first.civikosMember()).isTrue();
        assertThat(jdbc.queryForObject("SELECT registration_number FROM directory_organisation WHERE id = ?", String.class, first.id()))
                .doesNotContain("E").doesNotContain(".");
    }

    @Test
    void an_unreadable_file_is_refused_with_a_message_and_someone_elses_upload_stays_theirs() throws Exception {
        mvc.perform(multipart("/admin/organisations/import").file(new MockMultipartFile("file", "x.csv", "text/csv",
                        "name,kind\nA,B\n".getBytes(StandardCharsets.UTF_8))).with(secretariat()).with(csrf()).cookie(ENGLISH))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("these required columns are missing: type, name_sq")));
        String w = DirectoryPagesIntegrationTest.uniqueWord();
        String report = upload("mine.csv", ("type,name_sq\nKLUB,Imja " + w + "\n").getBytes(StandardCharsets.UTF_8));
        mvc.perform(get(report).with(user("another-secretary@bashke.test").roles("SECRETARIAT"))).andExpect(status().isNotFound());
        mvc.perform(get("/admin/organisations/import/template.csv").with(secretariat()))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("registration_number,type,name_sq")));
    }

    @Test
    void the_secretariat_chooses_which_hub_serves_the_gjakove_region_and_edits_a_hub() throws Exception {
        mvc.perform(get("/admin/hubs").with(secretariat())).andExpect(status().isOk());
        String before = directory.regions().stream().filter(r -> r.code().equals("GJA")).findFirst().orElseThrow().servingHubCode();
        String other = before.equals("PEJ") ? "PRZ" : "PEJ";
        try {
            mvc.perform(post("/admin/hubs/serving").with(secretariat()).with(csrf()).param("regionCode", "GJA").param("hubCode", other))
                    .andExpect(status().is3xxRedirection());
            assertThat(directory.regions().stream().filter(r -> r.code().equals("GJA")).findFirst().orElseThrow().servingHubCode())
                    .isEqualTo(other);
            mvc.perform(get("/hubs/" + other)).andExpect(content().string(containsString("Gjakovë")));
            mvc.perform(post("/admin/hubs/serving").with(secretariat()).with(csrf()).param("regionCode", "PRZ").param("hubCode", "PEJ"))
                    .andExpect(status().isOk());
            assertThat(directory.regions().stream().filter(r -> r.code().equals("PRZ")).findFirst().orElseThrow().servingHubCode())
                    .as("a region with its own hub keeps it").isEqualTo("PRZ");
        } finally {
            mvc.perform(post("/admin/hubs/serving").with(secretariat()).with(csrf()).param("regionCode", "GJA").param("hubCode", before));
        }
        mvc.perform(post("/admin/hubs/FER").with(secretariat()).with(csrf()).cookie(ENGLISH)
                        .param("coordinatorEmail", "not-an-address"))
                .andExpect(status().isOk())
                .andExpect(content().string(containsString("Enter an e-mail address like name@example.org.")));
        long host = directory.hub("FER").orElseThrow().hostOrganisationId();
        mvc.perform(post("/admin/hubs/FER").with(secretariat()).with(csrf())
                        .param("hostOrganisationId", String.valueOf(host)).param("coordinatorName", "Koordinatori i Ri")
                        .param("officeHoursSq", "E hënë – e enjte").param("mapUrl", "https://www.openstreetmap.org/#map=15/42.37/21.15"))
                .andExpect(status().is3xxRedirection());
        mvc.perform(get("/hubs/FER")).andExpect(content().string(containsString("Koordinatori i Ri")));
        assertThat(jdbc.queryForObject("SELECT count(*) FROM audit_entry WHERE action = 'directory.hub.updated' AND after_json LIKE '%Koordinatori i Ri%'",
                Integer.class)).isEqualTo(1);
    }

    /** Uploads a file as the secretariat and returns the address of its report page. */
    private String upload(String fileName, byte[] content) throws Exception {
        MvcResult result = mvc.perform(multipart("/admin/organisations/import")
                        .file(new MockMultipartFile("file", fileName, "application/octet-stream", content))
                        .with(secretariat()).with(csrf()))
                .andExpect(status().is3xxRedirection()).andReturn();
        String location = result.getResponse().getRedirectedUrl();
        assertThat(location).startsWith("/admin/organisations/import/");
        return location;
    }
}
