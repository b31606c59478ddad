package org.bashke.network.bulletin;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import org.bashke.network.MemberStatus;
import org.bashke.network.MemberSummary;
import org.junit.jupiter.api.Test;

class BulletinAudienceTest {

    static MemberSummary member(String region) {
        return new MemberSummary(1, 2, MemberStatus.ACTIVE, LocalDate.of(2014, 4, 1), region);
    }

    @Test
    void a_regional_bulletin_reaches_the_members_of_that_region_only() {
        BulletinAudience prizren = BulletinAudience.of("REGION", "PRZ");
        assertThat(prizren.includes(member("PRZ"))).isTrue();
        assertThat(prizren.includes(member("PEJ"))).isFalse();
        assertThat(prizren.includes(member(null))).isFalse();
        assertThat(BulletinAudience.of("ALL_MEMBERS", null).includes(member(null))).isTrue();
    }

    @Test
    void an_audience_must_be_complete() {
        assertThatThrownBy(() -> BulletinAudience.of("REGION", " ")).extracting("messageKey").isEqualTo("network.bulletin.rule.audience");
        assertThatThrownBy(() -> BulletinAudience.of("", null)).extracting("messageKey").isEqualTo("network.bulletin.rule.audience");
    }
}
