package org.bashke.fund.web.admin;

import java.math.BigDecimal;
import java.util.EnumSet;
import java.util.Set;
import org.bashke.council.BodyKind;

/** A budget line as the secretariat enters it. */
public class BudgetForm {

    private Integer year;
    private String name;
    private String donor;
    private BigDecimal amount;
    private Set<BodyKind> bodyKinds = EnumSet.noneOf(BodyKind.class);

    public Integer getYear() {
        return year;
    }

    public void setYear(Integer year) {
        this.year = year;
    }

    public String getName() {
        return name;
    }

    public void setName(String name) {
        this.name = name;
    }

    public String getDonor() {
        return donor;
    }

    public void setDonor(String donor) {
        this.donor = donor;
    }

    public BigDecimal getAmount() {
        return amount;
    }

    public void setAmount(BigDecimal amount) {
        this.amount = amount;
    }

    public Set<BodyKind> getBodyKinds() {
        return bodyKinds;
    }

    public void setBodyKinds(Set<BodyKind> bodyKinds) {
        this.bodyKinds = bodyKinds == null ? EnumSet.noneOf(BodyKind.class) : bodyKinds;
    }
}
