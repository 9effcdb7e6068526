package gov.qinghai.followup.projects.service;

import io.quarkus.runtime.configuration.MemorySize;
import io.quarkus.runtime.configuration.MemorySizeConverter;
import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithConverter;
import io.smallrye.config.WithDefault;

/** A fair's table import (POST /api/v1/fairs/{id}/projects). */
@ConfigMapping(prefix = "import")
public interface ImportConfig {
    /** Rows per COPY round trip (ProjectBulkWriter): one chunk is also one step of a tracked import's progress. */
    @WithDefault("10000")
    int copyChunkRows();

    /** A table file larger than this is imported as a tracked operation (202); a smaller one answers at once. */
    @WithDefault("2M")
    @WithConverter(MemorySizeConverter.class)
    MemorySize asyncAbove();
}
