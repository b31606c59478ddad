package org.bashke.identity.security;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.HexFormat;
import java.util.Locale;
import javax.sql.DataSource;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Token buckets in PostgreSQL (table {@code identity_throttle_bucket}), shared by every instance.
 * Each attempt takes a token up front, so parallel attempts cannot slip past the limit; an attempt
 * that succeeds gives its token back where only failures should count (login, second factor).
 *
 * <p>Buckets are keyed by the e-mail address typed (hashed), not by account, so an address that has
 * no account is throttled exactly like one that has: the answer never tells them apart.
 */
@Component
@EnableConfigurationProperties(ThrottleSettings.class)
public class Throttle {

    /** What is being counted. */
    public enum Door { LOGIN, SECOND_FACTOR, MAIL }

    private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;
    private final ThrottleSettings settings;

    Throttle(DataSource dataSource, ThrottleSettings settings) {
        this.settings = settings;
        this.buckets = Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
                .primaryKeyMapper(PrimaryKeyMapper.STRING)
                .table("identity_throttle_bucket")
                .idColumn("id")
                .stateColumn("state")
                .expiresAtColumn("expires_at")
                .expirationAfterWrite(ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofMinutes(1)))
                .build();
    }

    /** A held pair of tokens: give them back with {@link #refund()} when the attempt should not count. */
    public static final class Attempt {
        private final Bucket subject;
        private final Bucket ip;
        private final boolean allowed;

        /** @param ip null when only the subject is counted */
        Attempt(Bucket subject, Bucket ip) {
            boolean subjectOk = subject.tryConsume(1);
            boolean ipOk = ip == null || ip.tryConsume(1);
            // a refused attempt must not eat the other counter's budget: the owner of an address
            // should not be locked out by someone else's address-guessing from another IP
            if (subjectOk && !ipOk) {
                subject.addTokens(1);
            }
            if (ipOk && !subjectOk && ip != null) {
                ip.addTokens(1);
            }
            this.subject = subject;
            this.ip = ip;
            this.allowed = subjectOk && ipOk;
        }

        public boolean allowed() {
            return allowed;
        }

        public void refund() {
            if (allowed) {
                subject.addTokens(1);
                if (ip != null) {
                    ip.addTokens(1);
                }
            }
        }
    }

    /**
     * Takes one attempt of {@code door} for this subject (an e-mail address or an account id) and,
     * when given, this client address.
     */
    public Attempt attempt(Door door, String subject, String ip) {
        String who = door.name().toLowerCase(Locale.ROOT) + ":s:" + sha256(subject == null ? "" : subject.strip().toLowerCase(Locale.ROOT));
        BucketProxy subjectBucket = buckets.getProxy(who, () -> config(perSubject(door), window(door)));
        BucketProxy ipBucket = ip == null || door == Door.SECOND_FACTOR ? null
                : buckets.getProxy(door.name().toLowerCase(Locale.ROOT) + ":ip:" + ip, () -> config(perIp(door), window(door)));
        return new Attempt(subjectBucket, ipBucket);
    }

    private int perSubject(Door door) {
        return switch (door) {
            case LOGIN -> settings.loginPerAccount();
            case SECOND_FACTOR -> settings.secondFactorPerAccount();
            case MAIL -> settings.mailPerAccount();
        };
    }

    private int perIp(Door door) {
        return door == Door.MAIL ? settings.mailPerIp() : settings.loginPerIp();
    }

    private Duration window(Door door) {
        return switch (door) {
            case LOGIN -> settings.loginWindow();
            case SECOND_FACTOR -> settings.secondFactorWindow();
            case MAIL -> settings.mailWindow();
        };
    }

    static BucketConfiguration config(int capacity, Duration window) {
        return BucketConfiguration.builder()
                .addLimit(Bandwidth.builder().capacity(capacity).refillIntervally(capacity, window).build())
                .build();
    }

    /** Buckets that have refilled completely hold no information: drop them. */
    @Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT5M")
    void removeFullBuckets() {
        while (buckets.removeExpired(1000) == 1000) {
            // keep going until a batch comes back short
        }
    }

    private static String sha256(String value) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
