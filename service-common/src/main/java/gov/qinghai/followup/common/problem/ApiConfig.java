package gov.qinghai.followup.common.problem;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** How strictly requests are read (service-common default; a deployment may override). */
@ConfigMapping(prefix = "api")
public interface ApiConfig {
    /** A query parameter the operation does not declare is 400 naming it ({@link UnknownQueryParameters}). */
    @WithDefault("true")
    boolean strictQueryParameters();
}
