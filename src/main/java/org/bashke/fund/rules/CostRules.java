package org.bashke.fund.rules;

import java.math.BigDecimal;
import java.util.List;

/**
 * How much a claim line and a claim may be paid under one version of the rules. Pure: the same inputs give
 * the same amount and the same computation text, which the claimant and the reviewer both see. Computations
 * are written with numbers and symbols only, so they read the same in every language.
 */
public final class CostRules {

    private static final BigDecimal TWO = BigDecimal.valueOf(2);

    private CostRules() {
    }

    /**
     * Facts of the trip the claim is for.
     *
     * @param distanceKm  one-way road distance from the organisation's municipality to the venue's, from the
     *                    secretariat's table; null when the table has no such pair
     * @param meetingDays how many calendar days the meeting ran
     */
    public record Trip(BigDecimal distanceKm, int meetingDays) {
    }

    /**
     * What the claimant asks for on one line.
     *
     * @param quantity   kilometres (car, only when the table has no distance), tickets, nights or days
     * @param unitAmount the price of one ticket / night / day, or the amount of an other cost
     */
    public record LineInput(CostKind kind, BigDecimal quantity, BigDecimal unitAmount, String justification,
                            boolean hasReceipt) {
    }

    /** What the rules allow for a line, and how that was worked out. */
    public record LineAmount(BigDecimal quantity, BigDecimal unitAmount, BigDecimal allowed, String computation,
                             boolean kmEntered) {
    }

    /** What the rules allow for a whole claim. */
    public record ClaimAmount(BigDecimal linesTotal, BigDecimal allowed, boolean claimCapApplied,
                              boolean organisationCapApplied, String computation) {
    }

    public static LineAmount line(RulesTerms terms, Trip trip, LineInput in) {
        if (in.kind().needsReceipt() && !in.hasReceipt()) {
            throw new FundRuleBroken("support.rule.receipt.required");
        }
        return switch (in.kind()) {
            case CAR -> car(terms, trip, in);
            case TICKET -> ticket(in);
            case ACCOMMODATION -> accommodation(terms, trip, in);
            case MEALS -> meals(terms, trip, in);
            case OTHER -> other(terms, in);
        };
    }

    /**
     * Travel by car is paid there and back at the per-km rate. The distance comes from the table; only when
     * the table has no distance does the claimant enter the kilometres, with a justification the reviewer reads.
     */
    static LineAmount car(RulesTerms terms, Trip trip, LineInput in) {
        if (trip.distanceKm() != null) {
            BigDecimal km = trip.distanceKm().multiply(TWO);
            BigDecimal allowed = Cents.round(km.multiply(terms.perKmRate()));
            return new LineAmount(km, terms.perKmRate(), allowed,
                    "2 × " + trip.distanceKm().toPlainString() + " km × " + terms.perKmRate().stripTrailingZeros().toPlainString()
                            + " €/km = " + Cents.euro(allowed), false);
        }
        if (in.quantity() == null || in.quantity().signum() <= 0) {
            throw new FundRuleBroken("support.rule.car.kmRequired");
        }
        if (blank(in.justification())) {
            throw new FundRuleBroken("support.rule.car.kmJustification");
        }
        BigDecimal allowed = Cents.round(in.quantity().multiply(terms.perKmRate()));
        return new LineAmount(in.quantity(), terms.perKmRate(), allowed, in.quantity().toPlainString() + " km × "
                + terms.perKmRate().stripTrailingZeros().toPlainString() + " €/km = " + Cents.euro(allowed), true);
    }

    /** Tickets are paid at their actual price. */
    static LineAmount ticket(LineInput in) {
        BigDecimal count = positiveWhole(in.quantity(), "support.rule.quantity.positive");
        BigDecimal price = nonNegative(in.unitAmount());
        BigDecimal allowed = Cents.round(count.multiply(price));
        return new LineAmount(count, price, allowed, count.toPlainString() + " × " + Cents.euro(price) + " = " + Cents.euro(allowed), false);
    }

    /**
     * A night is paid up to the cap, when the meeting runs over more than one day or the organisation is at
     * least the threshold distance away; never more nights than meeting days.
     */
    static LineAmount accommodation(RulesTerms terms, Trip trip, LineInput in) {
        boolean far = trip.distanceKm() != null && trip.distanceKm().compareTo(BigDecimal.valueOf(terms.accommodationMinKm())) >= 0;
        if (trip.meetingDays() <= 1 && !far) {
            throw new FundRuleBroken("support.rule.accommodation.notAllowed", terms.accommodationMinKm());
        }
        BigDecimal nights = positiveWhole(in.quantity(), "support.rule.quantity.positive");
        if (nights.intValue() > trip.meetingDays()) {
            throw new FundRuleBroken("support.rule.accommodation.tooManyNights", trip.meetingDays());
        }
        BigDecimal price = nonNegative(in.unitAmount());
        BigDecimal perNight = Cents.min(price, terms.accommodationCap());
        BigDecimal allowed = Cents.round(nights.multiply(perNight));
        return new LineAmount(nights, price, allowed, nights.toPlainString() + " × min(" + Cents.euro(price) + ", "
                + Cents.euro(terms.accommodationCap()) + ") = " + Cents.euro(allowed), false);
    }

    /** Meals are paid per day of the meeting, up to the cap per day. */
    static LineAmount meals(RulesTerms terms, Trip trip, LineInput in) {
        BigDecimal days = positiveWhole(in.quantity(), "support.rule.quantity.positive");
        if (days.intValue() > trip.meetingDays()) {
            throw new FundRuleBroken("support.rule.meals.tooManyDays", trip.meetingDays());
        }
        BigDecimal price = nonNegative(in.unitAmount());
        BigDecimal perDay = Cents.min(price, terms.mealsCapPerDay());
        BigDecimal allowed = Cents.round(days.multiply(perDay));
        return new LineAmount(days, price, allowed, days.toPlainString() + " × min(" + Cents.euro(price) + ", "
                + Cents.euro(terms.mealsCapPerDay()) + ") = " + Cents.euro(allowed), false);
    }

    /** Any other cost needs a justification, and is paid up to the cap for other costs. */
    static LineAmount other(RulesTerms terms, LineInput in) {
        if (blank(in.justification())) {
            throw new FundRuleBroken("support.rule.other.justification");
        }
        BigDecimal price = nonNegative(in.unitAmount());
        BigDecimal allowed = Cents.round(Cents.min(price, terms.otherCap()));
        return new LineAmount(BigDecimal.ONE, price, allowed, "min(" + Cents.euro(price) + ", " + Cents.euro(terms.otherCap())
                + ") = " + Cents.euro(allowed), false);
    }

    /**
     * The claim is the sum of its lines, then no more than the cap per claim, then no more than what is left
     * of the organisation's cap for the year ({@code organisationSoFar}: what it was already approved or paid
     * that year, this claim excluded).
     */
    public static ClaimAmount claim(RulesTerms terms, List<BigDecimal> lines, BigDecimal organisationSoFar) {
        BigDecimal sum = Cents.round(lines.stream().reduce(BigDecimal.ZERO, BigDecimal::add));
        BigDecimal allowed = sum;
        StringBuilder how = new StringBuilder(Cents.euro(sum));
        boolean claimCap = allowed.compareTo(terms.claimCap()) > 0;
        if (claimCap) {
            allowed = terms.claimCap();
            how.append(" → min(").append(Cents.euro(sum)).append(", ").append(Cents.euro(terms.claimCap())).append(')');
        }
        BigDecimal left = terms.organisationYearCap().subtract(organisationSoFar).max(BigDecimal.ZERO);
        boolean orgCap = allowed.compareTo(left) > 0;
        if (orgCap) {
            how.append(" → min(").append(Cents.euro(allowed)).append(", ").append(Cents.euro(terms.organisationYearCap()))
                    .append(" − ").append(Cents.euro(organisationSoFar)).append(')');
            allowed = left;
        }
        allowed = Cents.round(allowed);
        how.append(" = ").append(Cents.euro(allowed));
        return new ClaimAmount(sum, allowed, claimCap, orgCap, how.toString());
    }

    private static BigDecimal positiveWhole(BigDecimal quantity, String key) {
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0) {
            throw new FundRuleBroken(key);
        }
        return quantity.setScale(0);
    }

    private static BigDecimal nonNegative(BigDecimal amount) {
        if (amount == null || amount.signum() < 0) {
            throw new FundRuleBroken("support.rule.amount.invalid");
        }
        return amount;
    }

    private static boolean blank(String s) {
        return s == null || s.isBlank();
    }
}
