package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.MultivaluedMap;
import jakarta.ws.rs.ext.Provider;
import java.util.List;
import java.util.Map;

/** A query or path parameter holding the NUL character (%00) is refused with 400 before it reaches SQL. */
@Provider
public class NulParameterFilter implements ContainerRequestFilter {
    @Override
    public void filter(ContainerRequestContext ctx) {
        check(ctx, ctx.getUriInfo().getQueryParameters());
        check(ctx, ctx.getUriInfo().getPathParameters());
    }

    private static void check(ContainerRequestContext ctx, MultivaluedMap<String, String> params) {
        for (Map.Entry<String, List<String>> e : params.entrySet()) {
            for (String v : e.getValue()) {
                if (v != null && v.indexOf('\u0000') >= 0) {
                    ctx.abortWith(Problems.badRequest(e.getKey(), Detail.of("ap.parameter.nul",
                            "{0} must not contain the NUL character", e.getKey()))
                            .toResponse());
                    return;
                }
            }
        }
    }
}
