package org.bashke.directory.organisation;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.bashke.directory.OrganisationType;
import org.bashke.shared.text.Language;
import org.bashke.shared.text.SerbianScript;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Lists organisations by filters, text and order. Written in SQL because the text match folds
 * accents in the database ({@code directory_fold}: unaccent) over the names in all three languages.
 */
@Component
@Transactional(readOnly = true)
public class OrganisationSearch {

    public static final int PAGE_SIZE = 20;

    public enum Sort { NAME, NEWEST }

    /** What the reader asked for; null fields are not filtered on. {@code page} counts from 1. */
    public record Query(String text, OrganisationType type, String regionCode, String municipalityCode, AreaOfWork area,
                        Boolean civikosMember, boolean includeArchived, Sort sort, Language language, int page, int size) {

        public static Query publicList(String text, OrganisationType type, String region, String municipality, AreaOfWork area,
                                       Boolean member, Sort sort, Language language, int page) {
            return new Query(text, type, region, municipality, area, member, false, sort, language, page, PAGE_SIZE);
        }
    }

    public record Result(List<Organisation> items, long total, int page, int pages) {
    }

    private final NamedParameterJdbcTemplate jdbc;
    private final Organisations organisations;

    OrganisationSearch(NamedParameterJdbcTemplate jdbc, Organisations organisations) {
        this.jdbc = jdbc;
        this.organisations = organisations;
    }

    public Result search(Query q) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        MapSqlParameterSource params = new MapSqlParameterSource();
        if (!q.includeArchived()) {
            where.append(" AND NOT o.archived");
        }
        if (q.type() != null) {
            where.append(" AND o.type = :type");
            params.addValue("type", q.type().name());
        }
        if (q.regionCode() != null) {
            where.append(" AND o.region_code = :region");
            params.addValue("region", q.regionCode());
        }
        if (q.municipalityCode() != null) {
            where.append(" AND o.municipality_code = :municipality");
            params.addValue("municipality", q.municipalityCode());
        }
        if (q.area() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM directory_organisation_area a WHERE a.organisation_id = o.id AND a.area = :area)");
            params.addValue("area", q.area().name());
        }
        if (q.civikosMember() != null) {
            where.append(" AND o.civikos_member = :member");
            params.addValue("member", q.civikosMember());
        }
        List<String> words = words(q.text());
        for (int i = 0; i < words.size(); i++) {
            // every word must appear in some name or the acronym, in any language
            where.append(" AND directory_fold(concat_ws(' ', o.name_sq, o.name_sr, o.name_en, o.acronym)) LIKE '%' || directory_fold(:w")
                    .append(i).append(") || '%' ESCAPE '\\'");
            params.addValue("w" + i, escapeLike(words.get(i)));
        }
        long total = jdbc.queryForObject("SELECT count(*) FROM directory_organisation o" + where, params, Long.class);
        int size = Math.max(1, q.size());
        int pages = (int) Math.max(1, (total + size - 1) / size);
        int page = Math.min(Math.max(1, q.page()), pages);
        String nameColumn = "coalesce(o.name_" + (q.language() == null ? Language.SQ : q.language()).tag() + ", o.name_sq)";
        String order = q.sort() == Sort.NEWEST ? " ORDER BY o.created_at DESC, o.id DESC"
                : " ORDER BY directory_fold(" + nameColumn + "), o.id";
        params.addValue("limit", size).addValue("offset", (long) (page - 1) * size);
        List<Long> ids = jdbc.queryForList("SELECT o.id FROM directory_organisation o" + where + order
                + " LIMIT :limit OFFSET :offset", params, Long.class);
        Map<Long, Organisation> byId = organisations.findAllById(ids).stream()
                .collect(Collectors.toMap(Organisation::getId, Function.identity()));
        List<Organisation> items = new ArrayList<>();
        ids.forEach(id -> items.add(byId.get(id)));
        return new Result(items, total, page, pages);
    }

    /** Words of the query; Cyrillic is turned to Latin first, since names are kept in Latin. */
    static List<String> words(String text) {
        if (text == null || text.isBlank()) {
            return List.of();
        }
        return Arrays.stream(SerbianScript.toLatin(text.strip()).split("\\s+")).filter(w -> !w.isBlank()).limit(8).toList();
    }

    static String escapeLike(String word) {
        return word.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }

    /**
     * Active organisations whose names or acronym contain {@code text}, for pickers and other modules:
     * an exact name (accents and case aside) comes first, so looking up a full name finds that one.
     */
    public List<Organisation> lookup(String text, OrganisationType type, int limit) {
        Result result = search(new Query(text, type, null, null, null, null, false, Sort.NAME, Language.SQ, 1, 500));
        String wanted = fold(text);
        List<Organisation> exactFirst = new ArrayList<>(result.items());
        exactFirst.sort(java.util.Comparator.comparing((Organisation o) -> !isExact(o, wanted)));
        return exactFirst.subList(0, Math.min(Math.max(0, limit), exactFirst.size()));
    }

    private static boolean isExact(Organisation o, String wanted) {
        return Arrays.stream(Language.values()).map(l -> fold(o.getName().get(l))).anyMatch(wanted::equals)
                || wanted.equals(fold(o.getAcronym()));
    }

    /** Java twin of directory_fold for comparing a few names already loaded. */
    static String fold(String s) {
        if (s == null) {
            return "";
        }
        String latin = SerbianScript.toLatin(s.strip()).toLowerCase(java.util.Locale.ROOT).replace('đ', 'd');
        return java.text.Normalizer.normalize(latin, java.text.Normalizer.Form.NFD).replaceAll("\\p{M}", "");
    }
}
