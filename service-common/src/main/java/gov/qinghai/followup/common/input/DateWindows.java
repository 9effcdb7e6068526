package gov.qinghai.followup.common.input;

import io.quarkus.arc.Arc;
import io.quarkus.arc.Unremovable;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Instance;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.LocalDate;

/**
 * Today's {@link DateWindow}s: the configured one ({@link InputConfig}) and the one of a field with its own
 * {@link Window#since()}. Today comes from the service's {@link Clock} when it has one, else from the system clock
 * in Asia/Shanghai.
 */
@ApplicationScoped
@Unremovable // looked up by Jackson deserializers and validators, which the container does not see
public class DateWindows {
    @Inject
    InputConfig config;
    @Inject
    Instance<Clock> clock;

    /** The bean, for code the container does not build (Jackson deserializers, validators). */
    public static DateWindows current() {
        return Arc.container().instance(DateWindows.class).get();
    }

    public DateWindow window() {
        Clock c = clock.isResolvable() ? clock.get() : Clock.system(DateWindow.CHINA);
        return DateWindow.of(config.earliest(), config.horizonYears(), LocalDate.now(c.withZone(DateWindow.CHINA)));
    }

    /** The window of a field: the configured one, or from its own {@link Window#since()}. */
    public DateWindow window(Window w) {
        DateWindow d = window();
        return w == null || w.since().isEmpty() ? d : d.since(LocalDate.parse(w.since()));
    }
}
