package org.bashke.network.bulletin;

import org.bashke.network.MemberSummary;

/**
 * Who a bulletin goes to, as a kind and a value so that new kinds (working groups) can be added without changing
 * the bulletins: all members, the members of one region, or the members of one working group (objective 1–4).
 */
public sealed interface BulletinAudience permits BulletinAudience.AllMembers, BulletinAudience.Region,
        BulletinAudience.WorkingGroup {

    String kind();

    String value();

    boolean includes(MemberSummary member);

    record AllMembers() implements BulletinAudience {
        public String kind() {
            return "ALL_MEMBERS";
        }

        public String value() {
            return null;
        }

        public boolean includes(MemberSummary member) {
            return true;
        }
    }

    record Region(String code) implements BulletinAudience {
        public String kind() {
            return "REGION";
        }

        public String value() {
            return code;
        }

        public boolean includes(MemberSummary member) {
            return code.equalsIgnoreCase(member.regionCode() == null ? "" : member.regionCode());
        }
    }

    /**
     * The members of one of the four working groups; {@code organisations} is filled from the group's
     * membership when the bulletin is sent (empty when only read back from a stored bulletin).
     */
    record WorkingGroup(int objective, java.util.Set<Long> organisations) implements BulletinAudience {
        public WorkingGroup {
            if (objective < 1 || objective > 4) {
                throw new BulletinRuleBroken("network.bulletin.rule.audience");
            }
            organisations = organisations == null ? java.util.Set.of() : java.util.Set.copyOf(organisations);
        }

        public String kind() {
            return "WORKING_GROUP";
        }

        public String value() {
            return String.valueOf(objective);
        }

        public boolean includes(MemberSummary member) {
            return organisations.contains(member.organisationId());
        }

        public WorkingGroup with(java.util.Collection<Long> members) {
            return new WorkingGroup(objective, new java.util.HashSet<>(members));
        }
    }

    static BulletinAudience of(String kind, String value) {
        if ("WORKING_GROUP".equals(kind) && value != null && value.strip().matches("[1-4]")) {
            return new WorkingGroup(Integer.parseInt(value.strip()), java.util.Set.of());
        }
        if ("REGION".equals(kind) && value != null && !value.isBlank()) {
            return new Region(value);
        }
        if ("ALL_MEMBERS".equals(kind)) {
            return new AllMembers();
        }
        throw new BulletinRuleBroken("network.bulletin.rule.audience");
    }
}
