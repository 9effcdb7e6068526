package gov.qinghai.followup.common.idempotency;

import jakarta.ws.rs.core.Response;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/**
 * The answer a first request with the same key stored: carried out of the resource method as an exception (the
 * method's own return type may not be a Response) and turned back into that answer, marked as a replay.
 */
public class IdempotentReplay extends RuntimeException {
    private final int status;
    private final String contentType;
    private final byte[] body;
    private final String location;

    IdempotentReplay(int status, String contentType, byte[] body, String location) {
        super("replay of a stored answer", null, false, false);
        this.status = status;
        this.contentType = contentType;
        this.body = body;
        this.location = location;
    }

    /**
     * Maps the replay to the stored status, type, body and {@code Location} (a replayed 201 names the same record)
     * with {@code Idempotent-Replayed: true}.
     */
    public static class Mapper {
        @ServerExceptionMapper
        public Response replay(IdempotentReplay r) {
            Response.ResponseBuilder b = Response.status(r.status).header(Idempotent.REPLAYED_HEADER, "true");
            if (r.location != null) {
                b.header(jakarta.ws.rs.core.HttpHeaders.LOCATION, r.location);
            }
            return r.body == null ? b.build() : b.entity(r.body).type(r.contentType).build();
        }
    }
}
