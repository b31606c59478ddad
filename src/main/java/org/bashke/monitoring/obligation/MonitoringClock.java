package org.bashke.monitoring.obligation;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/** Today in Kosovo (deadlines are Kosovo dates) and now, from the application's clock when there is one. */
@Component("monitoringMonitoringClock")
public class MonitoringClock {

    public static final ZoneId KOSOVO = ZoneId.of("Europe/Belgrade");

    private final Clock clock;

    MonitoringClock(ObjectProvider<Clock> clock) {
        this.clock = clock.getIfAvailable(Clock::systemUTC);
    }

    public LocalDate today() {
        return LocalDate.now(clock.withZone(KOSOVO));
    }

    public Instant now() {
        return clock.instant();
    }
}
