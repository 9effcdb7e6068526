package gov.qinghai.followup.actionplan.service;

import com.fasterxml.jackson.databind.JsonNode;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;

/** A peer's JSON figure at its configured URL + path; null query parameters are left out. */
@Path("")
public interface PeerApi {
    @GET
    @Produces(MediaType.APPLICATION_JSON)
    JsonNode get(@HeaderParam("Authorization") String authorization, @QueryParam("year") Integer year,
                 @QueryParam("asOf") String asOf);
}
