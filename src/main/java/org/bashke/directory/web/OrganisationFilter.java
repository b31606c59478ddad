package org.bashke.directory.web;

import java.util.Locale;
import org.bashke.directory.OrganisationType;
import org.bashke.directory.organisation.AreaOfWork;
import org.bashke.directory.organisation.OrganisationSearch;

/**
 * The filters of the organisations list, as the GET form sends them. Values that are not ours
 * (an edited address) are ignored rather than refused: a reader should still get a list.
 */
public class OrganisationFilter {

    private String q;
    private String type;
    private String region;
    private String municipality;
    private String area;
    private String member;
    private String sort;
    private int page = 1;

    public OrganisationType typeValue() {
        try {
            return type == null || type.isBlank() ? null : OrganisationType.valueOf(type.strip().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    public AreaOfWork areaValue() {
        return AreaOfWork.fromCode(area).orElse(null);
    }

    public Boolean memberValue() {
        return "yes".equals(member) ? Boolean.TRUE : "no".equals(member) ? Boolean.FALSE : null;
    }

    public OrganisationSearch.Sort sortValue() {
        return "newest".equals(sort) ? OrganisationSearch.Sort.NEWEST : OrganisationSearch.Sort.NAME;
    }

    public String regionValue() {
        return blankToNull(region);
    }

    public String municipalityValue() {
        return blankToNull(municipality);
    }

    private static String blankToNull(String s) {
        return s == null || s.isBlank() ? null : s.strip().toUpperCase(Locale.ROOT);
    }

    public String getQ() {
        return q;
    }

    public void setQ(String q) {
        this.q = q;
    }

    public String getType() {
        return type;
    }

    public void setType(String type) {
        this.type = type;
    }

    public String getRegion() {
        return region;
    }

    public void setRegion(String region) {
        this.region = region;
    }

    public String getMunicipality() {
        return municipality;
    }

    public void setMunicipality(String municipality) {
        this.municipality = municipality;
    }

    public String getArea() {
        return area;
    }

    public void setArea(String area) {
        this.area = area;
    }

    public String getMember() {
        return member;
    }

    public void setMember(String member) {
        this.member = member;
    }

    public String getSort() {
        return sort;
    }

    public void setSort(String sort) {
        this.sort = sort;
    }

    public int getPage() {
        return page;
    }

    public void setPage(int page) {
        this.page = page;
    }
}
