package gov.qinghai.followup.common.limits;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithName;
import java.util.Optional;

/** Request limits (service-common defaults in microprofile-config.properties; MAX_* environment variables). */
@ConfigMapping(prefix = "limits")
public interface LimitsConfig {
    /** Characters of a request URI; longer is 414 problem+json (RequestHeadLimit). */
    int maxUriLength();

    /** Bytes of all request headers together; more is 431 problem+json (RequestHeadLimit). */
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxHeaderSize();

    /** Bytes of a request body on every path but the import paths; more is 413 problem+json (PayloadLimit). */
    @WithConverter(MemorySizeConverter.class)
    MemorySize maxBodySize();

    @WithName("import")
    Import imports();

    interface Import {
        /** Bytes of a table upload on the import paths. */
        @WithConverter(MemorySizeConverter.class)
        MemorySize maxBodySize();

        /** Regular expression of the paths that take table uploads (a service sets it), none by default. */
        Optional<String> paths();
    }
}
