package org.bashke.identity.security;

import static org.assertj.core.api.Assertions.assertThat;

import io.github.bucket4j.Bucket;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** The counting rule of {@link Throttle}, on in-memory buckets (the real ones live in PostgreSQL). */
class ThrottleAttemptTest {

    private static Bucket bucket(int capacity) {
        return Bucket.builder().addLimit(Throttle.config(capacity, Duration.ofMinutes(15)).getBandwidths()[0]).build();
    }

    @Test
    void five_failures_close_the_door_for_the_sixth_attempt() {
        Bucket account = bucket(5);
        Bucket ip = bucket(20);
        for (int i = 0; i < 5; i++) {
            assertThat(new Throttle.Attempt(account, ip).allowed()).isTrue();
        }
        assertThat(new Throttle.Attempt(account, ip).allowed()).isFalse();
    }

    @Test
    void a_successful_attempt_gives_its_tokens_back() {
        Bucket account = bucket(5);
        Bucket ip = bucket(20);
        for (int i = 0; i < 10; i++) {
            new Throttle.Attempt(account, ip).refund();
        }
        assertThat(account.getAvailableTokens()).isEqualTo(5);
        assertThat(ip.getAvailableTokens()).isEqualTo(20);
    }

    @Test
    void an_attempt_refused_for_the_account_does_not_use_up_the_address() {
        Bucket account = bucket(1);
        Bucket ip = bucket(20);
        new Throttle.Attempt(account, ip);
        Throttle.Attempt refused = new Throttle.Attempt(account, ip);

        assertThat(refused.allowed()).isFalse();
        assertThat(ip.getAvailableTokens()).isEqualTo(19);
    }

    @Test
    void an_attempt_refused_for_the_address_does_not_use_up_the_account() {
        Bucket account = bucket(5);
        Bucket ip = bucket(1);
        new Throttle.Attempt(bucket(5), ip);
        Throttle.Attempt refused = new Throttle.Attempt(account, ip);

        assertThat(refused.allowed()).isFalse();
        assertThat(account.getAvailableTokens()).isEqualTo(5);
    }

    @Test
    void refunding_a_refused_attempt_gives_nothing() {
        Bucket account = bucket(1);
        new Throttle.Attempt(account, null);
        new Throttle.Attempt(account, null).refund();
        assertThat(account.getAvailableTokens()).isZero();
    }
}
