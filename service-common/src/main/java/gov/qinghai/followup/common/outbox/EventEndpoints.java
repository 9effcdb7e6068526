package gov.qinghai.followup.common.outbox;

import java.time.Instant;
import java.util.List;

/**
 * Where a message of the {@link Channel#EVENT} channel goes and how it is signed, looked up when it is sent (a
 * subscription's secret may have been rotated since the message was queued). Implemented by common.events; the
 * outbox knows nothing else of events.
 */
public interface EventEndpoints {
    /** The URL and the secrets ({@code whsec_…}) to sign with at {@code now}: the current one first. */
    record Endpoint(String url, List<String> secrets) {
    }

    Endpoint endpoint(String address, Instant now);

    /** Called in the dispatcher's transaction after a delivery to an EVENT recipient was taken (2xx). */
    void delivered(String address, Instant at);

    /** Called in the dispatcher's transaction after a delivery to an EVENT recipient failed. */
    void failed(String address, String error, Instant at);
}
