package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.service.ResponsibilityListService;
import gov.qinghai.followup.common.problem.Detail;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.tables.Csv;
import gov.qinghai.followup.common.tables.TableExport;
import io.quarkus.security.Authenticated;
import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Response;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.ExampleObject;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1/responsibility-list")
@Tag(name = "Tasks")
public class ResponsibilityListResource {
    @Inject
    ResponsibilityListService list;

    @GET
    @Authenticated
    @Produces({TableExport.CSV, TableExport.XLSX})
    @Operation(operationId = "getResponsibilityList", summary = "责任清单和完成时限表 · Responsibility list and completion deadlines (135号 四、保障措施(一))", description = "Every task with its number, group, "
            + "text, lead and responsible units as the notice words them, deadline (the offensive's end, 2017-09-30, "
            + "where the text gives none) and quantified targets, with Chinese headings. format=csv (UTF-8 with BOM) "
            + "or xlsx (numbers and dates typed). 50 rows: no export limit applies.")
    @APIResponse(responseCode = "200", description = "The table", content = @Content(mediaType = TableExport.CSV,
            examples = @ExampleObject(name = "csv", value = "序号,任务类别,任务内容,牵头单位,责任单位,完成时限,量化指标\r\n"
                    + "21,三、…,…,省经济和信息化委,…,2017-09-30,煤炭去产能 ≥ 303万吨（2017-09-30前）\r\n")))
    public Response get(@Parameter(example = "xlsx", schema = @Schema(type = SchemaType.STRING, pattern = "csv|xlsx",
                                defaultValue = "csv")) @QueryParam("format") @DefaultValue("csv") String format) {
        if (!"csv".equals(format) && !"xlsx".equals(format)) {
            throw Problems.badRequest("format", Detail.of("ap.responsibility-list.format", "format is csv or xlsx"));
        }
        List<String> headings = ResponsibilityListService.headings();
        List<List<Object>> rows = list.lines().stream().map(ResponsibilityListService::cells).toList();
        if ("xlsx".equals(format)) {
            return TableExport.download(TableExport.xlsx("责任清单和完成时限表", headings, rows), TableExport.XLSX,
                    "责任清单和完成时限表.xlsx");
        }
        return TableExport.download(Csv.write(headings, rows), TableExport.CSV, "责任清单和完成时限表.csv");
    }
}
