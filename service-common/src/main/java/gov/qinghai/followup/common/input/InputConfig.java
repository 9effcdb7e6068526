package gov.qinghai.followup.common.input;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.LocalDate;

/**
 * The window every date, month, quarter and year a request carries must lie in, set once for the four services
 * (service-common's microprofile-config.properties; a service or the environment may override it).
 */
@ConfigMapping(prefix = "qinghai.input.dates")
public interface InputConfig {
    /**
     * The first day a date of these notices may name: the 2017 notices (119号, 126号, 134号, 140号) start their
     * counting on 2017-01-01. A field whose meaning is older declares its own lower bound with {@link Window#since()}.
     */
    @WithDefault("2017-01-01")
    LocalDate earliest();

    /** The last year a date may name, counted from today's year: today's year + this, up to its 31 December. */
    @WithDefault("5")
    int horizonYears();
}
