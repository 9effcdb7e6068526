package gov.qinghai.followup.common.time;

import io.quarkus.arc.DefaultBean;
import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;
import java.time.Clock;
import java.time.ZoneId;

/**
 * The one clock of every service: the notices count days, months and quarters in 北京时间, so "today" is the date in
 * Asia/Shanghai whatever the host's zone (on a UTC host a 07:30 scan would otherwise process yesterday). Main code
 * takes time only from this Clock ({@code LocalDate.now(clock)}, {@code Instant.now(clock)}); the ArchUnit rule
 * {@code PlatformRules.NO_NOW_WITHOUT_CLOCK} enforces it. A test replaces the bean to run "on" a given day.
 */
@Singleton
public class ClockProducer {
    /** The zone of every business date. */
    public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.system(ZONE);
    }
}
