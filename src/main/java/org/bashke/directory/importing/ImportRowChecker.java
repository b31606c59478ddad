package org.bashke.directory.importing;

import java.util.ArrayList;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.organisation.AreaOfWork;
import org.bashke.directory.organisation.Organisation;
import org.bashke.directory.organisation.OrganisationDetails;
import org.bashke.directory.organisation.OrganisationRules;
import org.bashke.directory.organisation.Organisations;
import org.bashke.directory.organisation.Problem;
import org.springframework.stereotype.Component;

/**
 * Turns each row into an organisation's details and checks it with the same rules as the form.
 * A row whose registration number is already in the directory updates that organisation: columns
 * the file does not have keep their values, an empty cell clears one.
 */
@Component
class ImportRowChecker {

    /** One row after checking: its details, the organisation it updates (or null: a new one), its problems. */
    record CheckedRow(int number, OrganisationDetails details, Long updates, List<RowProblem> problems) {
        boolean valid() {
            return problems.isEmpty();
        }
    }

    private static final Set<String> YES = Set.of("yes", "y", "true", "1", "po", "p", "da", "x", "да");
    private static final Set<String> NO = Set.of("no", "n", "false", "0", "jo", "j", "ne", "не");

    private final OrganisationRules rules;
    private final Organisations organisations;

    ImportRowChecker(OrganisationRules rules, Organisations organisations) {
        this.rules = rules;
        this.organisations = organisations;
    }

    List<CheckedRow> check(ImportFile file) {
        List<CheckedRow> checked = new ArrayList<>();
        Map<String, Integer> firstRowOfNumber = new HashMap<>();
        for (ImportFile.Row row : file.rows()) {
            CheckedRow c = check(row, file.columns());
            String number = c.details().getRegistrationNumber();
            if (number != null) {
                Integer first = firstRowOfNumber.putIfAbsent(number.strip().toLowerCase(Locale.ROOT), row.number());
                if (first != null) {
                    List<RowProblem> problems = new ArrayList<>(c.problems());
                    problems.add(new RowProblem(row.number(), ImportColumn.REGISTRATION_NUMBER.header(),
                            "directory.import.row.registrationNumber.duplicate", List.of(first)));
                    c = new CheckedRow(c.number(), c.details(), c.updates(), problems);
                }
            }
            checked.add(c);
        }
        return checked;
    }

    private CheckedRow check(ImportFile.Row row, Set<ImportColumn> columns) {
        List<RowProblem> problems = new ArrayList<>();
        String registration = row.get(ImportColumn.REGISTRATION_NUMBER);
        Optional<Organisation> existing = registration == null ? Optional.empty() : organisations.findByRegistrationNumber(registration);
        OrganisationDetails d = existing.map(Organisation::details).orElseGet(OrganisationDetails::new);
        for (ImportColumn column : columns) {
            String value = row.get(column);
            switch (column) {
                case TYPE -> d.setType(type(value, row.number(), problems));
                case AREAS_OF_WORK -> d.setAreas(areas(value, row.number(), problems));
                case CIVIKOS_MEMBER -> d.setCivikosMember(yesNo(value, row.number(), problems));
                case REGISTRATION_NUMBER -> d.setRegistrationNumber(value);
                case NAME_SQ -> d.setNameSq(value);
                case NAME_SR -> d.setNameSr(value);
                case NAME_EN -> d.setNameEn(value);
                case ACRONYM -> d.setAcronym(value);
                case REGION -> d.setRegionCode(value);
                case MUNICIPALITY -> d.setMunicipalityCode(value);
                case EMAIL -> d.setEmail(value);
                case PHONE -> d.setPhone(value);
                case ADDRESS -> d.setAddress(value);
                case WEBSITE -> d.setWebsite(value);
                case DESCRIPTION_SQ -> d.setDescriptionSq(value);
                case DESCRIPTION_SR -> d.setDescriptionSr(value);
                case DESCRIPTION_EN -> d.setDescriptionEn(value);
            }
        }
        Long updates = existing.map(Organisation::getId).orElse(null);
        for (Problem p : rules.check(d, updates)) {
            String column = ImportColumn.ofProperty(p.field()).map(ImportColumn::header).orElse(p.field());
            // a type we could not read is already reported; "type is required" on top would only confuse
            boolean alreadyReported = problems.stream().anyMatch(r -> r.column().equals(column));
            if (!alreadyReported) {
                problems.add(new RowProblem(row.number(), column, p.key(), p.args()));
            }
        }
        if (updates == null && d.getType() != null && d.getNameSq() != null
                && problems.stream().noneMatch(p -> p.column().equals(ImportColumn.NAME_SQ.header()))) {
            // without a registration number a second import of the same list would duplicate every row
            organisations.findSameName(d.getType(), d.getNameSq()).stream().findFirst().ifPresent(same ->
                    problems.add(new RowProblem(row.number(), ImportColumn.NAME_SQ.header(),
                            "directory.import.row.name.exists", List.of(same.getId()))));
        }
        return new CheckedRow(row.number(), d, updates, List.copyOf(problems));
    }

    private static OrganisationType type(String value, int row, List<RowProblem> problems) {
        if (value == null) {
            return null;
        }
        String v = value.strip().toUpperCase(Locale.ROOT).replace(' ', '_').replace('-', '_');
        for (OrganisationType t : OrganisationType.values()) {
            if (t.name().equals(v)) {
                return t;
            }
        }
        problems.add(new RowProblem(row, ImportColumn.TYPE.header(), "directory.import.row.type.invalid", List.of(value.strip())));
        return null;
    }

    private static Set<AreaOfWork> areas(String value, int row, List<RowProblem> problems) {
        Set<AreaOfWork> areas = EnumSet.noneOf(AreaOfWork.class);
        if (value == null) {
            return areas;
        }
        for (String code : value.split("[;,|]")) {
            if (code.isBlank()) {
                continue;
            }
            Optional<AreaOfWork> area = AreaOfWork.fromCode(code);
            if (area.isPresent()) {
                areas.add(area.get());
            } else {
                problems.add(new RowProblem(row, ImportColumn.AREAS_OF_WORK.header(), "directory.import.row.area.invalid",
                        List.of(code.strip())));
            }
        }
        return areas;
    }

    private static boolean yesNo(String value, int row, List<RowProblem> problems) {
        if (value == null) {
            return false;
        }
        String v = value.strip().toLowerCase(Locale.ROOT);
        if (YES.contains(v)) {
            return true;
        }
        if (!NO.contains(v)) {
            problems.add(new RowProblem(row, ImportColumn.CIVIKOS_MEMBER.header(), "directory.import.row.yesNo.invalid", List.of(value.strip())));
        }
        return false;
    }
}
