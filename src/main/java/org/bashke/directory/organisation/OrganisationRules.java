package org.bashke.directory.organisation;

import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.bashke.directory.geography.Geography;
import org.bashke.directory.geography.Municipality;
import org.springframework.stereotype.Component;

/**
 * Every rule an organisation's details must meet, for the form and the import alike: the field
 * formats (bean validation on {@link OrganisationDetails}) and the rules that need the database
 * (known region and municipality, the municipality inside the region, a registration number
 * nobody else holds).
 */
@Component
public class OrganisationRules {

    private final Validator validator;
    private final Geography geography;
    private final Organisations organisations;

    OrganisationRules(Validator validator, Geography geography, Organisations organisations) {
        this.validator = validator;
        this.geography = geography;
        this.organisations = organisations;
    }

    /**
     * Normalises {@code details} (and fills the region from the municipality when it is left out),
     * then returns what is wrong, in field order; empty when all is well.
     *
     * @param self the organisation being edited, or null for a new one
     */
    public List<Problem> check(OrganisationDetails details, Long self) {
        details.normalise();
        List<Problem> problems = new ArrayList<>(formatProblems(details));
        problems.addAll(placeProblems(details));
        if (details.getRegistrationNumber() != null) {
            organisations.findByRegistrationNumber(details.getRegistrationNumber())
                    .filter(other -> !other.getId().equals(self))
                    .ifPresent(other -> problems.add(new Problem("registrationNumber",
                            "directory.organisation.registrationNumber.taken", List.of(other.getName().get(org.bashke.shared.text.Language.SQ)))));
        }
        return problems;
    }

    List<Problem> formatProblems(OrganisationDetails details) {
        return validator.validate(details).stream()
                .sorted(Comparator.comparing((ConstraintViolation<OrganisationDetails> v) -> v.getPropertyPath().toString()))
                .map(v -> new Problem(v.getPropertyPath().toString(), key(v.getMessageTemplate())))
                .distinct()
                .toList();
    }

    private List<Problem> placeProblems(OrganisationDetails details) {
        List<Problem> problems = new ArrayList<>();
        if (details.getRegionCode() != null && geography.region(details.getRegionCode()).isEmpty()) {
            problems.add(new Problem("regionCode", "directory.organisation.region.unknown"));
        }
        if (details.getMunicipalityCode() != null) {
            Optional<Municipality> municipality = geography.municipality(details.getMunicipalityCode());
            if (municipality.isEmpty()) {
                problems.add(new Problem("municipalityCode", "directory.organisation.municipality.unknown"));
            } else if (details.getRegionCode() == null) {
                details.setRegionCode(municipality.get().getRegionCode());
            } else if (!municipality.get().getRegionCode().equals(details.getRegionCode())) {
                problems.add(new Problem("municipalityCode", "directory.organisation.municipality.notInRegion"));
            }
        }
        return problems;
    }

    /** Annotation messages are written as {@code {key}}: the key is what the reader's language resolves. */
    private static String key(String template) {
        return template.startsWith("{") && template.endsWith("}") ? template.substring(1, template.length() - 1) : template;
    }
}
