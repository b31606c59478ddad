package org.bashke.council.voice;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Optional;
import java.util.concurrent.atomic.AtomicLong;
import org.bashke.council.DecisionAdopted;
import org.bashke.shared.followup.FollowUps;
import org.bashke.support.IntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.EnableScenarios;
import org.springframework.modulith.test.Scenario;

/**
 * The council's events as other modules see them (Spring Modulith scenarios): a decision adopted at a held
 * meeting is announced once, with what monitoring needs, and monitoring turns it into an obligation whose
 * follow-up the council then shows.
 */
@IntegrationTest
@EnableScenarios
class DecisionEventsScenarioTest {

    final ApplicationContext context;
    final FollowUps followUps;

    @Autowired
    DecisionEventsScenarioTest(ApplicationContext context, FollowUps followUps) {
        this.context = context;
        this.followUps = followUps;
    }

    @Test
    void adopting_a_decision_announces_it_with_its_body_meeting_deadline_and_responsible(Scenario scenario) {
        VoiceFixtures fixtures = VoiceFixtures.of(context);
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(3);

        scenario.stimulate(() -> fixtures.holdWithDecision(meeting))
                .andWaitForEventOfType(DecisionAdopted.class)
                .matching(event -> event.meetingId() == meeting.id())
                .toArriveAndVerify((event, decisionId) -> {
                    assertThat(event.decisionId()).isEqualTo(decisionId);
                    assertThat(event.bodyId()).isEqualTo(meeting.bodyId());
                    assertThat(event.text().display(java.util.Locale.forLanguageTag("sq"))).startsWith("Plani i veprimit miratohet");
                });
    }

    @Test
    void monitoring_follows_up_every_adopted_decision(Scenario scenario) {
        VoiceFixtures fixtures = VoiceFixtures.of(context);
        VoiceFixtures.Meeting meeting = fixtures.councilMeeting(4);
        AtomicLong adopted = new AtomicLong();

        scenario.stimulate(() -> {
                    adopted.set(fixtures.holdWithDecision(meeting));
                    return adopted.get();
                })
                .andWaitForStateChange(() -> followUps.followUp("council", "decision", adopted.get()), Optional::isPresent)
                .andVerify(followUp -> {
                    assertThat(followUp.orElseThrow().status()).isEqualTo("NOT_ASSESSED"); // nobody has reported on it yet
                    assertThat(followUp.orElseThrow().percent()).isZero();
                    assertThat(followUp.orElseThrow().url()).startsWith("/monitoring/obligations/");
                });
    }
}
