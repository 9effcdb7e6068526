package gov.qinghai.followup.actionplan.api;

import gov.qinghai.followup.actionplan.domain.Task;
import gov.qinghai.followup.actionplan.service.UnitScope;
import gov.qinghai.followup.common.audit.AuditEntry;
import gov.qinghai.followup.common.audit.AuditTrail;
import gov.qinghai.followup.common.paging.Page;
import gov.qinghai.followup.common.paging.PageQuery;
import gov.qinghai.followup.common.problem.Problems;
import gov.qinghai.followup.common.security.Roles;
import io.quarkus.panache.common.Parameters;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.Authenticated;
import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Pattern;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.QueryParam;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

@Path("/api/v1")
@Tag(name = "Tasks", description = "The 50 tasks of 135号 with their 牵头单位, 责任单位 and indicators")
public class TaskResource {
    @Inject
    UnitScope scope;
    @Inject
    AuditTrail audit;

    @GET
    @Path("tasks")
    @Authenticated
    @Operation(summary = "List tasks", description = "Paged, by number; filter by group numeral (一…四).")
    public Page<TaskSummaryView> list(@Valid @BeanParam PageQuery page,
                                      @Parameter(example = "三") @QueryParam("group")
                                      @Pattern(regexp = "[一二三四]", message = "must be one of 一, 二, 三, 四") String group) {
        String q = group == null ? "1 = 1" : "group.numeral = :g";
        Parameters p = group == null ? new Parameters() : Parameters.with("g", group);
        return Page.of(Task.find(q, Sort.by("number"), p.map()), page, TaskSummaryView::of);
    }

    @GET
    @Path("tasks/{number}")
    @Authenticated
    @Operation(summary = "Get one task", description = "Full text, units in the notice's order (collectives with "
            + "the units they reach), indicators and notes on the notice's text.")
    public TaskView get(@PathParam("number") int number) {
        return TaskView.of(find(number), scope);
    }

    @GET
    @Path("tasks/{number}/history")
    @RolesAllowed({Roles.ADMIN, Roles.SUPERVISOR})
    @Operation(summary = "Audit trail of one task", description = "Completions confirmed by the 督查室 and any other "
            + "change, with who, when, before and after.")
    public List<AuditEntry> history(@PathParam("number") int number) {
        return audit.history(Task.class, io.quarkus.narayana.jta.QuarkusTransaction.requiringNew()
                .call(() -> find(number).id));
    }

    public static Task find(int number) {
        return Task.byNumber(number).orElseThrow(() -> Problems.notFound("task", number));
    }
}
