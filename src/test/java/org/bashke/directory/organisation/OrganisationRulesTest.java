package org.bashke.directory.organisation;

import static org.assertj.core.api.Assertions.assertThat;

import jakarta.validation.Validation;
import jakarta.validation.Validator;
import java.util.List;
import org.bashke.directory.OrganisationType;
import org.junit.jupiter.api.Test;

/** The field rules of an organisation, without the database. */
class OrganisationRulesTest {

    static final Validator VALIDATOR = Validation.buildDefaultValidatorFactory().getValidator();

    static List<String> problems(OrganisationDetails d) {
        d.normalise();
        return VALIDATOR.validate(d).stream().map(v -> v.getPropertyPath() + ":" + v.getMessageTemplate()).sorted().toList();
    }

    static OrganisationDetails valid() {
        OrganisationDetails d = new OrganisationDetails();
        d.setType(OrganisationType.CSO);
        d.setNameSq("Shoqata");
        return d;
    }

    @Test
    void an_organisation_needs_a_type_and_an_albanian_name() {
        assertThat(problems(new OrganisationDetails())).containsExactly(
                "nameSq:{directory.organisation.nameSq.required}", "type:{directory.organisation.type.required}");
        assertThat(problems(valid())).isEmpty();
    }

    @Test
    void a_website_typed_without_https_is_completed_and_accepted() {
        OrganisationDetails d = valid();
        d.setWebsite("  www.shembull.org ");
        assertThat(problems(d)).isEmpty();
        assertThat(d.getWebsite()).isEqualTo("https://www.shembull.org");
    }

    @Test
    void a_website_that_is_not_a_web_address_is_refused() {
        for (String bad : List.of("ftp://files.example.org", "https://localhost", "not a site", "http://.org")) {
            OrganisationDetails d = valid();
            d.setWebsite(bad);
            assertThat(problems(d)).as(bad).containsExactly("website:{directory.organisation.website.invalid}");
        }
    }

    @Test
    void an_email_needs_a_domain_with_a_dot() {
        OrganisationDetails d = valid();
        d.setEmail("info@localhost");
        assertThat(problems(d)).containsExactly("email:{directory.organisation.email.invalid}");
        d.setEmail("info@shembull.org");
        assertThat(problems(d)).isEmpty();
    }

    @Test
    void codes_are_read_in_any_case_and_blank_text_counts_as_empty() {
        OrganisationDetails d = valid();
        d.setRegionCode(" prz ");
        d.setMunicipalityCode("mam");
        d.setAcronym("   ");
        d.normalise();
        assertThat(d.getRegionCode()).isEqualTo("PRZ");
        assertThat(d.getMunicipalityCode()).isEqualTo("MAM");
        assertThat(d.getAcronym()).isNull();
    }

    @Test
    void an_area_of_work_is_recognised_the_way_people_type_it() {
        assertThat(AreaOfWork.fromCode("women-gender")).contains(AreaOfWork.WOMEN_GENDER);
        assertThat(AreaOfWork.fromCode(" Rule of law ")).contains(AreaOfWork.RULE_OF_LAW);
        assertThat(AreaOfWork.fromCode("sports")).isEmpty();
    }

    @Test
    void search_words_fold_cyrillic_to_latin_and_escape_like_wildcards() {
        assertThat(OrganisationSearch.words("  Приштина  centar ")).containsExactly("Priština", "centar");
        assertThat(OrganisationSearch.escapeLike("50%_a\\b")).isEqualTo("50\\%\\_a\\\\b");
        assertThat(OrganisationSearch.fold("Qendra për Iniciativa")).isEqualTo(OrganisationSearch.fold("QENDRA PER INICIATIVA"));
        assertThat(OrganisationSearch.fold("Đakovica")).isEqualTo("dakovica");
    }
}
