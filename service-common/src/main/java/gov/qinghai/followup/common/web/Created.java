package gov.qinghai.followup.common.web;

import jakarta.ws.rs.core.Response;
import java.net.URI;

/**
 * The answer to a create: 201 with the created record and {@code Location}. The location is the record's own URI,
 * or, for a record that has none of its own, the list it appears in (ContractOpenApiFilter documents the header on
 * every 201). A path is resolved against the request's base URI, so clients get an absolute URI.
 */
public final class Created {
    private Created() {
    }

    public static Response at(String location, Object body) {
        return builder(location, body).build();
    }

    public static Response.ResponseBuilder builder(String location, Object body) {
        return Response.created(URI.create(location)).entity(body);
    }
}
