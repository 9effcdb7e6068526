package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.projects.report.Reconciliation;
import gov.qinghai.followup.projects.report.ReconciliationReport;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reconciliation")
@Tag(name = "Reconciliation", description = "Where the notice's figures and its table disagree")
public class ReconciliationResource {
    @Inject
    Reconciliation reconciliation;

    @GET
    @Authenticated
    @Operation(operationId = "reconcileFairTable", summary = "核对项目表 · Reconcile a fair's table", description = "Declared 'N项' and subtotals per unit versus the "
            + "rows; the headline figures entered for the fair's notice (GET /api/v1/fairs/{id}/headline-figures; for "
            + "the 18th: 300余项, 超过1800亿元, 597亿元 = 40 %, 683亿元 = 46 %) versus the table, each with the "
            + "difference and, for a share, the total it implies (597亿元 at 40 % ≈ 1492.50亿元); whether the notice's "
            + "figures agree with each other (noticeConsistency); statistical outliers and, for each, every headline "
            + "figure without its row (outlierEffects). A fair without headline figures has no headline section. "
            + "Every disagreement is named, nothing is corrected.")
    public ReconciliationReport get(@QueryParam("fairId") @DefaultValue("1") @Parameter(example = "1") long fairId) {
        FairResource.find(fairId);
        return reconciliation.of(fairId);
    }
}
