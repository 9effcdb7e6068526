package gov.qinghai.followup.projects.api;

import gov.qinghai.followup.projects.report.Exports;
import gov.qinghai.followup.projects.report.Reconciliation;
import gov.qinghai.followup.projects.report.ReconciliationReport;
import gov.qinghai.followup.projects.report.ReconciliationTable;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/reconciliation")
@Tag(name = "Reconciliation", description = "Where the notice's figures and its table disagree")
public class ReconciliationResource {
    @Inject
    Reconciliation reconciliation;
    @Inject
    Exports exports;

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

    @GET
    @Path("export")
    @Authenticated
    @Operation(operationId = "exportReconciliation", summary = "导出通报数字核对（CSV 或 XLSX） · The reconciliation as CSV or XLSX", description = "One table with Chinese headings (部分, 项目, "
            + "通报数, 计算数, 差额, 是否相符, 说明): the table's rows and total, each unit's declared 项数 and 小计 against "
            + "the rows, each headline figure of the fair's notice against the table (with, for a share, the total it "
            + "implies) and each statistical outlier's effect on each headline figure.")
    @APIResponse(responseCode = "200", description = "the file", content = @Content(mediaType = "text/csv",
            example = "部分,项目,通报数,计算数,差额,是否相符,说明\r\n通报数字,西宁、海东、海西、海南和海北五个重点地区签约金额共计597亿元,"
                    + "597,774.45,177.45,不相符,重点地区签约金额；青政办〔2017〕134号 开头"))
    public Response export(@QueryParam("fairId") @DefaultValue("1") @Parameter(example = "1") long fairId,
                           @QueryParam("format") @DefaultValue("csv") @Parameter(example = "xlsx") String format) {
        FairResource.find(fairId);
        return exports.table("reconciliation-" + fairId, ReconciliationTable.COLUMNS,
                ReconciliationTable.rows(reconciliation.of(fairId)), format);
    }
}
