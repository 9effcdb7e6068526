package gov.qinghai.followup.projects.config;

import io.quarkus.arc.DefaultBean;
import jakarta.inject.Singleton;
import jakarta.enterprise.inject.Produces;
import java.time.Clock;

/** The system clock; tests replace it to submit reports "on" a given day. */
@Singleton
public class ClockProducer {
    @Produces
    @DefaultBean
    @Singleton
    Clock clock() {
        return Clock.systemUTC();
    }
}
