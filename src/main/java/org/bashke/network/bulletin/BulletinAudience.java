package org.bashke.network.bulletin;

import org.bashke.network.MemberSummary;

/**
 * Who a bulletin goes to, as a kind and a value so that new kinds (working groups) can be added without changing
 * the bulletins: all members, or the members of one region.
 */
public sealed interface BulletinAudience permits BulletinAudience.AllMembers, BulletinAudience.Region {

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

    static BulletinAudience of(String kind, String value) {
        if ("REGION".equals(kind) && value != null && !value.isBlank()) {
            return new Region(value);
        }
        if ("ALL_MEMBERS".equals(kind)) {
            return new AllMembers();
        }
        throw new BulletinRuleBroken("network.bulletin.rule.audience");
    }
}
