package gov.qinghai.followup.common.limits;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Map;

/** Writes per client (token subject, else remote address) per minute; 0 turns the limit off. */
@ConfigMapping(prefix = "rate-limit")
public interface RateLimitConfig {
    @WithDefault("600")
    int writesPerMinute();

    /** Per-subject limits that differ from the default, e.g. a batch importer's account. */
    Map<String, Integer> overrides();
}
