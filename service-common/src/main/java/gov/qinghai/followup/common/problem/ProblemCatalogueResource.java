package gov.qinghai.followup.common.problem;

import gov.qinghai.followup.common.privacy.ControlChars;
import io.quarkus.security.Authenticated;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import java.util.Collection;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.jboss.resteasy.reactive.RestResponse;

/**
 * Where a problem's {@code type} leads: {@link Problems#BASE} is this path, so every type a service answers with
 * resolves on that service (relative to the answer's own URI, RFC 9457 §3.1.1), for any caller with a token of one of
 * the four roles (RoleGate: the API has no anonymous operation).
 */
@Path("/problems")
@Authenticated
@Tag(name = "Problems", description = "The problem types of application/problem+json answers")
public class ProblemCatalogueResource {

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "listProblemTypes", summary = "问题类型目录 · The problem types and what to do about each",
            description = "Every problem type with its own entry: its status, meaning and what a client should do, in "
                    + "Chinese, or in English with Accept-Language: en. "
                    + "A type http-<status> (a refusal with no more specific type) is explained by GET /problems/http-<status>.")
    @APIResponse(responseCode = "200", description = "every type with its own entry", content = @Content(
            mediaType = "application/json", schema = @Schema(type = SchemaType.ARRAY, implementation = ProblemCatalogue.Entry.class)))
    public RestResponse<Collection<ProblemCatalogue.Entry>> list(@Context HttpHeaders headers) {
        ProblemLanguage language = language(headers);
        return inLanguage(ProblemCatalogue.entries(language).values(), language);
    }

    @GET
    @Path("{type}")
    @Produces(MediaType.APPLICATION_JSON)
    @Operation(operationId = "getProblemType", summary = "问题类型说明 · What a problem type means and what a client should do",
            description = "The `type` of a problem+json answer, e.g. /problems/stale-version, opened on the service that "
                    + "answered; any of the four roles may read it. Chinese, or English with Accept-Language: en.")
    @APIResponse(responseCode = "200", description = "the type's entry", content = @Content(
            mediaType = "application/json", schema = @Schema(implementation = ProblemCatalogue.Entry.class)))
    @APIResponse(responseCode = "404", description = "no such problem type")
    public RestResponse<ProblemCatalogue.Entry> get(@PathParam("type") String type, @Context HttpHeaders headers) {
        ProblemLanguage language = language(headers);
        return inLanguage(ProblemCatalogue.find(type, language)
                .orElseThrow(() -> Problems.notFound("problem type", ControlChars.safe(type))), language);
    }

    private static ProblemLanguage language(HttpHeaders headers) {
        return ProblemLanguage.negotiate(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
    }

    private static <T> RestResponse<T> inLanguage(T entity, ProblemLanguage language) {
        return RestResponse.ResponseBuilder.ok(entity)
                .header(HttpHeaders.CONTENT_LANGUAGE, language.tag)
                .header(HttpHeaders.VARY, HttpHeaders.ACCEPT_LANGUAGE)
                .build();
    }
}
