package gov.qinghai.followup.common.operations;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** Tracked operations: the executor's size and how a stopped replica's operations are recognised. */
@ConfigMapping(prefix = "operations")
public interface OperationsConfig {
    /** Operations running at once on one replica; more wait as "queued" (request threads are never used). */
    @WithDefault("2")
    int threads();

    /** How often a replica writes the heartbeat of the operations it holds. */
    @WithDefault("15s")
    Duration heartbeat();

    /** An unfinished operation whose heartbeat is older than this lost its replica: failed, "interrupted". */
    @WithDefault("2m")
    Duration staleAfter();
}
