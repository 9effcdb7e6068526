package gov.qinghai.followup.transparency.api;

import jakarta.inject.Inject;
import gov.qinghai.followup.transparency.service.Listings;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import io.quarkus.security.Authenticated;
import jakarta.validation.Valid;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/grade-bands")
@Tag(name = "Grade bands", description = "优秀/良好/合格/不合格 of 青政办〔2017〕137号 第十一条")
public class GradeBandResource {
    @Inject
    Listings listings;

    @GET
    @Authenticated
    @Operation(operationId = "listGradeBands", summary = "等次划分 · List the grade bands", description = "Best grade first. Each band carries the rounding rule:"
            + " grades on the exact total, totals shown cut to one decimal (89.99 → 89.9 良好), entered scores at most"
            + " one decimal (more is 422).")
    public Page<GradeBandView> list(@Valid @BeanParam PageQuery page) {
        return Page.of(listings.gradeBands(), page, GradeBandView::of);
    }
}
